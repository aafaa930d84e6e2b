// Decisions and their revisits: which decisions are due to be looked at again on a day, and what a
// revisit entry says. A decision is revisited once a revisit entry names it (`decision:` in the
// revisit's front matter, the journal path of the decision); until then it is due from its revisit
// day on. Works on what the index (or a reader of the entries) gives, never on files.
import { compareDates, formatIsoDate, toEpochDay, type LocalDate } from '../calendar/localDate';
import { readAnswers } from '../entries/entryAnswers';
import { readFrontMatter } from '../entries/frontMatter';
import { GERMAN_REVISIT_TEMPLATE, REVISIT_KIND_ID, REVISIT_TEMPLATE } from '../entries/revisitKind';
import { isContainedRelativePath } from '../journal/entryPath';
import type { DecisionFacts } from './decisionRecord';

/** A decision entry as the revisit code reads it: the index's path, date and title, and its facts. */
export interface DecisionEntry {
  readonly path: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly title: string;
  readonly facts: DecisionFacts;
}

/** Did it turn out as I expected: the revisit's own answer. */
export type Outcome = 'as-expected' | 'partly' | 'not-as-expected';

export interface RevisitFacts {
  /** The journal path of the decision it looks back on. */
  readonly decision: string;
  /** Absent while "Turned out as expected" is unanswered or says something else. */
  readonly outcome?: Outcome;
}

export interface RevisitEntry {
  readonly path: string;
  readonly date: string;
  readonly facts: RevisitFacts;
}

const OUTCOME_WORDS: ReadonlyMap<string, Outcome> = new Map<string, Outcome>([
  ['yes', 'as-expected'], ['y', 'as-expected'], ['ja', 'as-expected'], ['mostly', 'as-expected'],
  ['partly', 'partly'], ['partially', 'partly'], ['somewhat', 'partly'], ['teilweise', 'partly'], ['teils', 'partly'],
  ['no', 'not-as-expected'], ['n', 'not-as-expected'], ['nein', 'not-as-expected'], ['not', 'not-as-expected'],
]);

/** The revisit an entry is, or undefined for any other entry (or one whose `decision:` is not a journal path). */
export function readRevisit(text: string): RevisitFacts | undefined {
  const front = readFrontMatter(text);
  if (!front.ok || front.data.kind !== REVISIT_KIND_ID || typeof front.data.decision !== 'string') {
    return undefined;
  }
  const decision = front.data.decision.trim();
  if (!isContainedRelativePath(decision)) {
    return undefined;
  }
  const answer = readAnswers(text, [REVISIT_TEMPLATE, GERMAN_REVISIT_TEMPLATE]).get('decision-revisit.verdict.as-expected')?.text;
  const outcome = OUTCOME_WORDS.get(answer?.toLowerCase().split(/[^\p{L}]+/u).find((word) => word !== '') ?? '');
  return { decision, ...(outcome ? { outcome } : {}) };
}

export interface DueRevisit {
  readonly decision: DecisionEntry;
  /** `YYYY-MM-DD`. */
  readonly revisitOn: string;
  /** Days since the revisit day: 0 when it is today. */
  readonly daysOverdue: number;
}

/**
 * The decisions due to be revisited on `day`: a revisit day on or before it and no revisit entry
 * naming them. Most overdue first, then by date and path. Decisions whose revisit is a hint (no day)
 * are never due; their hint is shown on the entry instead.
 */
export function dueRevisits(decisions: readonly DecisionEntry[], revisits: readonly RevisitEntry[], day: LocalDate): DueRevisit[] {
  const revisited = new Set(revisits.map((revisit) => revisit.facts.decision));
  const today = toEpochDay(day);
  const due: DueRevisit[] = [];
  for (const decision of decisions) {
    const result = decision.facts.revisit?.result;
    if (!result?.ok || revisited.has(decision.path) || compareDates(result.date, day) > 0) {
      continue;
    }
    due.push({ decision, revisitOn: formatIsoDate(result.date), daysOverdue: today - toEpochDay(result.date) });
  }
  return due.sort((a, b) => b.daysOverdue - a.daysOverdue || (a.decision.date < b.decision.date ? -1 : a.decision.date > b.decision.date ? 1 : 0) || (a.decision.path < b.decision.path ? -1 : 1));
}
