// The feedback log: who got which feedback, when. A note is recognition when its recognition part is
// answered and growth feedback when its request part is (both when it says both); a note that says
// neither yet can be classified by `feedback: recognition` or `feedback: growth` in its front matter.
// Per person and month: how many of each, and how long since the last of each, so an imbalance —
// months of requests and no recognition, or only praise — is visible on the person page and in the
// review.
import { isoMonth, toEpochDay, type LocalDate } from '../calendar/localDate';
import { readFrontMatter } from '../entries/frontMatter';
import type { PeopleDirectory } from '../reflect/peopleDirectory';
import { bodyLines } from '../reflect/markdownLines';
import { mentionsInLines } from '../reflect/mentions';
import { createDayReader } from '../trends/epochDays';
import { FEEDBACK_KIND } from './sbiCheck';
import { findParts, isFeedbackNote, type FoundPart } from './sbiParts';

export type FeedbackType = 'recognition' | 'growth';

/** What one entry says as feedback; what the index (or the person page) keeps per note. */
export interface FeedbackFacts {
  /** The people it is for, as written: the `people:` front matter of a feedback entry, else @mentions. */
  readonly people: readonly string[];
  /** Recognition, growth, both, or neither yet. */
  readonly types: readonly FeedbackType[];
}

function frontMatterTypes(value: unknown): FeedbackType[] {
  const values = Array.isArray(value) ? value : [value];
  return (['recognition', 'growth'] as const).filter((type) => values.some((item) => typeof item === 'string' && item.trim().toLowerCase() === type));
}

function frontMatterPeople(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
}

/**
 * The note's people in an entry of another kind: the @mentions on the line above its first part (the
 * snippet's `**Feedback for @ana**`), else the @mentions in its parts' lines.
 */
function notePeople(text: string, parts: readonly FoundPart[]): string[] {
  const first = parts[0]?.line ?? 0;
  const last = parts.at(-1)?.line ?? first;
  const lines = bodyLines(text);
  const above = [...lines].reverse().find((line) => line.line < first && line.text.trim() !== '');
  const header = above && /feedback/i.test(above.text) ? mentionsInLines([above]) : [];
  const mentions = header.length > 0 ? header : mentionsInLines(lines.filter((line) => line.line >= first && line.line <= last + 1));
  return [...new Set(mentions.map((mention) => mention.name))];
}

/** The feedback an entry gives, or undefined when it is not a feedback note (feedback kind, or two SBI parts). */
export function readFeedback(text: string): FeedbackFacts | undefined {
  const front = readFrontMatter(text);
  const data = front.ok ? front.data : {};
  const parts = findParts(text);
  const kindNote = data.kind === FEEDBACK_KIND;
  if (!kindNote && !isFeedbackNote(parts)) {
    return undefined;
  }
  const answered = (part: 'recognition' | 'request'): boolean => parts.some((found) => found.part === part && found.answer !== '');
  let types: FeedbackType[] = [...(answered('recognition') ? ['recognition' as const] : []), ...(answered('request') ? ['growth' as const] : [])];
  if (types.length === 0) {
    types = frontMatterTypes(data.feedback);
  }
  let people = kindNote ? frontMatterPeople(data.people) : [];
  if (people.length === 0) {
    people = kindNote ? [...new Set(mentionsInLines(bodyLines(text)).map((mention) => mention.name))] : notePeople(text, parts);
  }
  return { people, types };
}

/** A note as the log reads it: its facts, and the entry's date and path from the index. */
export interface FeedbackNote extends FeedbackFacts {
  readonly date: string;
  readonly path: string;
}

export interface FeedbackMonth {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly recognition: number;
  readonly growth: number;
  /** Notes that say neither yet. */
  readonly unclassified: number;
}

export interface LastFeedback {
  readonly date: string;
  readonly path: string;
  /** Whole days from that note to today. */
  readonly daysAgo: number;
}

export interface FeedbackBalance {
  /** The person's directory key. */
  readonly key: string;
  /** Months with a note, oldest first. */
  readonly months: readonly FeedbackMonth[];
  readonly lastRecognition?: LastFeedback;
  readonly lastGrowth?: LastFeedback;
}

/**
 * Each person's feedback by month, keyed by directory key. Notes dated after today are left out until
 * their day, as every count in the journal does. Does not depend on the order of `notes`.
 */
export function feedbackBalances(notes: readonly FeedbackNote[], directory: PeopleDirectory, today: LocalDate): Map<string, FeedbackBalance> {
  const readDay = createDayReader();
  const todayDay = toEpochDay(today);
  interface Tally {
    readonly months: Map<string, { recognition: number; growth: number; unclassified: number }>;
    readonly last: Partial<Record<FeedbackType, LastFeedback>>;
  }
  const people = new Map<string, Tally>();
  for (const note of notes) {
    const day = readDay(note.date);
    if (day === undefined || day > todayDay) {
      continue;
    }
    for (const key of new Set(note.people.map((name) => directory.resolve(name).key))) {
      if (key === '') {
        continue;
      }
      const person: Tally = people.get(key) ?? { months: new Map(), last: {} };
      people.set(key, person);
      const month = isoMonth(note.date);
      const counts = person.months.get(month) ?? { recognition: 0, growth: 0, unclassified: 0 };
      person.months.set(month, counts);
      if (note.types.length === 0) {
        counts.unclassified++;
      }
      for (const type of new Set(note.types)) {
        counts[type]++;
        const last = person.last[type];
        if (!last || note.date > last.date || (note.date === last.date && note.path > last.path)) {
          person.last[type] = { date: note.date, path: note.path, daysAgo: todayDay - day };
        }
      }
    }
  }
  const balances = new Map<string, FeedbackBalance>();
  for (const [key, person] of people) {
    balances.set(key, {
      key,
      months: [...person.months].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([month, counts]) => ({ month, ...counts })),
      ...(person.last.recognition ? { lastRecognition: person.last.recognition } : {}),
      ...(person.last.growth ? { lastGrowth: person.last.growth } : {}),
    });
  }
  return balances;
}
