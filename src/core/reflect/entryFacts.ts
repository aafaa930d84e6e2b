// What the journal index keeps about one entry for reflection, read from its text once: the
// commitments it makes or ticks, and the people it mentions with `@`. The index calls this next to
// the tagger and stores the result in the entry's record. Drafted blocks (a review's summary, a daily
// entry's reminders) are not read for mentions, as the README says: naming someone there is the
// product's doing. Their commitments still count: ticking one in a review closes it.
import { answersInLines } from '../entries/answers';
import { blankDrafted } from '../entries/drafted';
import { commitmentsInLines, type Commitment } from './commitments';
import { bodyLines } from './markdownLines';
import { mentionsInLines } from './mentions';

export interface EntryFacts {
  readonly commitments: readonly Commitment[];
  /** Each mentioned name once, as first written (without `@`), in text order. */
  readonly mentions: readonly string[];
  /**
   * The user's answers a review surfaces (REVIEW_ANSWERS: the decision taken, a 1:1's agreements, a
   * check-in's styles), by template id, each cut to MAX_ANSWER characters.
   */
  readonly answers: Readonly<Record<string, string>>;
}

/** The answers a review reads (kinds.ts ids). */
export const REVIEW_ANSWERS: readonly string[] = [
  'decision.choice',
  'one-on-one.agreements.they-will', 'one-on-one.agreements.i-will', 'one-on-one.agreements.next-check-in',
  'situational.task', 'situational.style.fits', 'situational.style.used',
];

const REVIEW_ANSWER_IDS: ReadonlySet<string> = new Set(REVIEW_ANSWERS);

/** Longest answer kept in the index: a review quotes, it does not copy. */
export const MAX_ANSWER = 240;

function cut(text: string): string {
  return text.length <= MAX_ANSWER ? text : `${text.slice(0, MAX_ANSWER - 1).trimEnd()}…`;
}

export function entryFacts(text: string): EntryFacts {
  const mentions: string[] = [];
  const seen = new Set<string>();
  const lines = bodyLines(text);
  const undrafted = blankDrafted(text);
  const userLines = undrafted === text ? lines : bodyLines(undrafted);
  for (const mention of mentionsInLines(userLines)) {
    if (!seen.has(mention.name)) {
      seen.add(mention.name);
      mentions.push(mention.name);
    }
  }
  const answers: Record<string, string> = {};
  for (const [id, answer] of answersInLines(userLines, REVIEW_ANSWER_IDS)) {
    answers[id] = cut(answer);
  }
  return { commitments: commitmentsInLines(lines), mentions, answers };
}
