// A weekly or monthly review entry, drafted from the journal index without any model or network:
// the why/how balance against the weeks (months) before, Kotter's functions that did not show up,
// traps flagged, people named, the entries that leaned furthest each way, open commitments, and the
// review's own questions with a balancing practice chosen from the period's imbalance.
//
// Contract: the output is a complete entry (front matter the product owns, then the body, ending in
// one newline, LF line endings), and a function of its input only: the same input gives the same
// bytes. Text that came from entries (titles, names) is escaped so it shows as written.
import type { DecisionMonth } from '../decisions/decisionStats';
import type { FeedbackNote } from '../feedback/feedbackLog';
import { DRAFTED_END, DRAFTED_START } from '../entries/drafted';
import { formatIsoDate, WEEKDAY_NAMES, weekday, type LocalDate } from '../calendar/localDate';
import { createFrontMatter } from '../entries/frontMatter';
import type { IndexedEntry } from '../trends/indexEntry';
import type { OpenCommitment } from './commitmentTracking';
import { collectPeople, ONE_ON_ONE_KIND, type PersonSource } from './people';
import { createPeopleDirectory, type PeopleDirectory } from './peopleDirectory';
import { choosePractice, leanOf, type PracticeId, type PracticeReason } from './practices';
import { escapeInline, markdownLink } from './relativeLink';
import { comparisonRange, type ReviewPeriod } from './reviewPeriod';
import { balanceOf, entriesIn, functionCounts, strongest, trapCounts, type Balance } from './reviewStats';
import { TRAP_NAMES } from '../tagger/names';
import { decisionsSection, feedbackSection } from './reviewFollowUps';
import { FUNCTION_WORDS, MONTH_NAMES } from './reviewWords';

/** An index record, with the `@mentions` once the index carries them. */
export type ReviewRecord = IndexedEntry & Pick<PersonSource, 'mentions'>;

export interface ReviewInput {
  readonly period: ReviewPeriod;
  /** The review's own journal-relative path (reviewPath), which links are made relative to. */
  readonly path: string;
  /** The day the review is written: its front matter `date`. */
  readonly date: LocalDate;
  /** The whole index (or at least the period and the one compared with it). */
  readonly entries: readonly ReviewRecord[];
  /** Open commitments as trackCommitments gives them (oldest first). */
  readonly openCommitments: readonly OpenCommitment[];
  /** From people.yml; without it, names are matched by case and accents only. */
  readonly people?: PeopleDirectory;
  /** The journal's feedback notes (feedbackLog.ts); with them the review has a *Feedback given* section. */
  readonly feedback?: readonly FeedbackNote[];
  /** The month's decision counts (decisionStats.ts); with them a monthly review has a *Decisions* section. */
  readonly decisions?: DecisionMonth;
}

export interface GeneratedReview {
  /** The entry's full text. */
  readonly text: string;
  /** No entry in the period: the review says so, and the extension can tell the user. */
  readonly empty: boolean;
  /** Entries counted (reviews themselves are not). */
  readonly entries: number;
  readonly practice: PracticeId;
}

/** Open commitments listed in full; the rest are counted. */
export const MAX_COMMITMENTS_LISTED = 10;

interface Words {
  readonly title: string;
  readonly span: string;
  readonly thisPeriod: string;
  readonly before: string;
  readonly next: string;
}

function wordsFor(period: ReviewPeriod): Words {
  const day = (date: LocalDate): string => `${WEEKDAY_NAMES[weekday(date)] ?? ''} ${formatIsoDate(date)}`;
  if (period.kind === 'weekly-review') {
    return {
      title: `Week ${period.label} review`,
      span: `${day(period.start)} to ${day(period.end)}`,
      thisPeriod: 'this week',
      before: 'the four weeks before',
      next: 'next week',
    };
  }
  return {
    title: `${MONTH_NAMES[period.start.month - 1] ?? period.label} ${period.start.year} review`,
    span: `${formatIsoDate(period.start)} to ${formatIsoDate(period.end)}`,
    thisPeriod: 'this month',
    before: 'the three months before',
    next: 'next month',
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function leanPhrase(whyShare: number): string {
  const lean = leanOf(whyShare);
  return lean === 'balanced' ? 'was balanced between the why and the how' : `leaned towards the ${lean}`;
}

function balanceSection(words: Words, now: Balance, before: Balance): string[] {
  const lines = [
    '## Why and how',
    '',
    '| | Why | How | Tagged entries |',
    '| --- | ---: | ---: | ---: |',
    `| ${capitalise(words.thisPeriod)} | ${percent(now.whyShare)} | ${percent(now.howShare)} | ${now.tagged} of ${now.entries} |`,
    `| ${capitalise(words.before)} | ${percent(before.whyShare)} | ${percent(before.howShare)} | ${before.tagged} of ${before.entries} |`,
    '',
  ];
  if (now.whyShare === null) {
    lines.push(`None of ${words.thisPeriod}'s entries is tagged yet, so there is no balance to show. Saving an entry tags it.`);
    return lines;
  }
  let comparison: string;
  if (before.whyShare === null) {
    comparison = `; nothing in ${words.before} is tagged to compare it with.`;
  } else {
    const points = Math.round(now.whyShare * 100) - Math.round(before.whyShare * 100);
    comparison = Math.abs(points) < 5
      ? `, about the same as ${words.before}.`
      : `, ${plural(Math.abs(points), 'point')} ${points > 0 ? 'more' : 'less'} why than ${words.before}.`;
  }
  lines.push(`${capitalise(words.thisPeriod)} ${leanPhrase(now.whyShare)}${comparison}`);
  return lines;
}

function functionsSection(words: Words, entries: readonly IndexedEntry[], balance: Balance): string[] {
  const lines = ["## Kotter's six functions", ''];
  if (balance.tagged === 0) {
    lines.push(`Nothing ${words.thisPeriod} is tagged, so there are no functions to show.`);
    return lines;
  }
  const counts = functionCounts(entries);
  const shown = counts.filter((fn) => fn.count > 0);
  const missing = counts.filter((fn) => fn.count === 0);
  if (shown.length > 0) {
    lines.push(`Seen ${words.thisPeriod}: ${shown.map((fn, at) => `${FUNCTION_WORDS[fn.id].name} in ${at === 0 ? plural(fn.count, 'entry', 'entries') : fn.count}`).join(', ')}.`, '');
  }
  if (missing.length === 0) {
    lines.push(`All six showed up ${words.thisPeriod}.`);
    return lines;
  }
  lines.push(`Missing ${words.thisPeriod}:`, '');
  for (const fn of missing) {
    const word = FUNCTION_WORDS[fn.id];
    lines.push(`- **${word.name}** (${word.side}): ${word.meaning}`);
  }
  return lines;
}

function trapsSection(words: Words, entries: readonly IndexedEntry[], path: string): string[] {
  const traps = trapCounts(entries);
  if (traps.length === 0) {
    return ['## Traps flagged', '', `No trap was flagged ${words.thisPeriod}.`];
  }
  return [
    '## Traps flagged',
    '',
    ...traps.map((trap) =>
      `- **${TRAP_NAMES[trap.id]}**, ${plural(trap.entries.length, 'entry', 'entries')}: ${trap.entries.map((entry) => markdownLink(entry.title, path, entry.path)).join(', ')}`),
  ];
}

function peopleSection(words: Words, entries: readonly ReviewRecord[], directory: PeopleDirectory): string[] {
  const people = collectPeople(entries, directory);
  if (people.length === 0) {
    return ['## People', '', `No one was named ${words.thisPeriod}.`];
  }
  const lines = ['## People', '', '| Person | Entries | 1:1s |', '| --- | ---: | ---: |'];
  for (const person of people) {
    lines.push(`| ${escapeInline(person.name)} | ${person.entries.length} | ${person.entries.filter((e) => e.kind === ONE_ON_ONE_KIND).length} |`);
  }
  const ambiguous = people.filter((person) => person.ambiguousWith.length > 0);
  if (ambiguous.length > 0) {
    lines.push('');
    for (const person of ambiguous) {
      const candidates = person.ambiguousWith.map(escapeInline);
      const choice = `${candidates.slice(0, -1).join(', ')} or ${candidates.at(-1) ?? ''}`;
      lines.push(`- "${escapeInline(person.name)}" could be ${choice}: a full name, or an alias in people.yml, tells them apart.`);
    }
  }
  return lines;
}

function strongestSection(words: Words, entries: readonly IndexedEntry[], path: string): string[] {
  const lines = ['## Strongest entries', ''];
  for (const side of ['why', 'how'] as const) {
    const entry = strongest(entries, side);
    lines.push(entry
      ? `- Most ${side}: ${markdownLink(entry.title, path, entry.path)}, ${percent(entry[side])} ${side}`
      : `- Most ${side}: no tagged entry ${words.thisPeriod} leaned that way`);
  }
  return lines;
}

function age(days: number): string {
  return days === 0 ? 'open since today' : `open ${plural(days, 'day')}`;
}

function commitmentsSection(open: readonly OpenCommitment[], path: string): string[] {
  if (open.length === 0) {
    return [
      '## Commitments',
      '',
      'No open commitments. A task such as `- [ ] …` under a *Next* heading, or any line with `#commit`, is followed up here.',
    ];
  }
  const lines = ['## Commitments', '', 'Still open, oldest first. Ticking one here, or where I wrote it, closes it.', ''];
  for (const commitment of open.slice(0, MAX_COMMITMENTS_LISTED)) {
    lines.push(`- [ ] ${commitment.text}`);
    lines.push(`  - ${age(commitment.ageDays)}, since ${markdownLink(commitment.firstSeen.date, path, commitment.firstSeen.path)}`);
  }
  const rest = open.length - MAX_COMMITMENTS_LISTED;
  if (rest > 0) {
    lines.push(`- …and ${plural(rest, 'more recent one', 'more recent ones')}`);
  }
  return lines;
}

/** Which period's balance chose the practice: this one, the one before (this one has nothing tagged), or neither. */
type PracticeBasis = 'period' | 'before' | 'none';

function reasonText(words: Words, reason: PracticeReason, basis: PracticeBasis): string {
  if (basis === 'none') {
    return 'Suggested as a steady habit while there is nothing tagged to read a lean from.';
  }
  switch (reason.kind) {
    case 'lean':
      return `Suggested because ${basis === 'before' ? words.before : words.thisPeriod} leaned towards the ${reason.lean}.`;
    case 'trap':
      return `Suggested because the *${TRAP_NAMES[reason.trap]}* trap came up most ${words.thisPeriod}.`;
    case 'steady':
      return basis === 'before'
        ? `Suggested because ${words.before} were balanced: a habit to keep it that way.`
        : `Suggested because ${words.thisPeriod} was balanced and flagged no trap: a habit to keep it that way.`;
  }
}

function lookingAhead(words: Words, practiceLines: readonly string[]): string[] {
  return [
    '## Looking ahead',
    '',
    '### Start',
    '',
    `*What will I start doing ${words.next}?*`,
    '',
    '- [ ] ',
    '',
    '### Stop',
    '',
    '*What will I stop doing?*',
    '',
    '',
    '',
    '### Continue',
    '',
    '*What is working that I will keep doing?*',
    '',
    '',
    '',
    `### A balancing practice for ${words.next}`,
    '',
    ...practiceLines,
    '',
    '- Where I will try it first: ',
  ];
}

/** The review entry for `input.period`. */
export function generateReview(input: ReviewInput): GeneratedReview {
  const { period, path } = input;
  const words = wordsFor(period);
  const entries = entriesIn(input.entries, period.start, period.end);
  const compared = comparisonRange(period);
  const before = balanceOf(entriesIn(input.entries, compared.start, compared.end));
  const now = balanceOf(entries);
  const directory = input.people ?? createPeopleDirectory([]);
  const basis: PracticeBasis = now.whyShare !== null ? 'period' : before.whyShare !== null ? 'before' : 'none';
  const traps = trapCounts(entries).map((trap) => ({ id: trap.id, count: trap.entries.length }));
  const { practice, reason } = choosePractice(now.whyShare ?? before.whyShare, traps);
  const practiceLines = [`**${practice.name}.** ${practice.howTo}`, '', reasonText(words, reason, basis)];
  const front = createFrontMatter({
    date: formatIsoDate(input.date),
    kind: period.kind,
    ...(period.kind === 'weekly-review' ? { week: period.label } : { month: period.label }),
  });
  // Everything before "Looking ahead" is drafted (entries/drafted.ts): the tagger and the mention
  // reader skip it, so last week's summary does not count as this week's writing.
  const sections: string[][] = [[DRAFTED_START]];
  if (entries.length === 0) {
    sections.push([
      `${words.span}: no entries, so there is nothing to draft from. Even a quiet stretch is worth a line: what kept me from writing?`,
    ]);
  } else {
    sections.push(
      [`${words.span} · ${plural(entries.length, 'entry', 'entries')}. The sections before *Looking ahead* are drafted from my journal; the rest is mine to write.`],
      balanceSection(words, now, before),
      functionsSection(words, entries, now),
      trapsSection(words, entries, path),
      peopleSection(words, entries, directory),
      feedbackSection(period, input.feedback ?? [], directory, words.thisPeriod),
      period.kind === 'monthly-review' && input.decisions ? decisionsSection(input.decisions) : [],
      strongestSection(words, entries, path),
    );
  }
  sections.push(commitmentsSection(input.openCommitments, path), [DRAFTED_END], lookingAhead(words, practiceLines));
  const body = [`# ${words.title}`, ...sections.filter((section) => section.length > 0).map((section) => section.join('\n'))].join('\n\n');
  return { text: `${front}\n${body}\n`, empty: entries.length === 0, entries: entries.length, practice: practice.id };
}
