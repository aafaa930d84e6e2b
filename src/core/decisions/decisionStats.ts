// The monthly review's decision counts: decisions made in the month, revisits written in it, and how
// those revisits turned out against what I expected. Counted by the entries' own dates.
import { isoMonth } from '../calendar/localDate';
import type { Outcome, RevisitEntry } from './revisits';

export interface DecisionMonth {
  /** `YYYY-MM`. */
  readonly month: string;
  /** Decision entries dated in the month. */
  readonly made: number;
  /** Revisit entries dated in the month. */
  readonly revisited: number;
  /** Of those revisits: turned out as expected, partly, not as expected, and not yet answered. */
  readonly asExpected: number;
  readonly partly: number;
  readonly notAsExpected: number;
  readonly unanswered: number;
}

const OUTCOME_FIELD: Readonly<Record<Outcome, 'asExpected' | 'partly' | 'notAsExpected'>> = {
  'as-expected': 'asExpected',
  'partly': 'partly',
  'not-as-expected': 'notAsExpected',
};

/** The counts for `month` (`YYYY-MM`); zero counts for a month with nothing in it. */
export function decisionMonth(month: string, decisions: readonly { readonly date: string }[], revisits: readonly Pick<RevisitEntry, 'date' | 'facts'>[]): DecisionMonth {
  const counts = { month, made: 0, revisited: 0, asExpected: 0, partly: 0, notAsExpected: 0, unanswered: 0 };
  for (const decision of decisions) {
    if (isoMonth(decision.date) === month) {
      counts.made++;
    }
  }
  for (const revisit of revisits) {
    if (isoMonth(revisit.date) !== month) {
      continue;
    }
    counts.revisited++;
    if (revisit.facts.outcome) {
      counts[OUTCOME_FIELD[revisit.facts.outcome]]++;
    } else {
      counts.unanswered++;
    }
  }
  return counts;
}

/** Every month with a decision or a revisit, oldest first. */
export function decisionMonths(decisions: readonly { readonly date: string }[], revisits: readonly Pick<RevisitEntry, 'date' | 'facts'>[]): DecisionMonth[] {
  const months = new Set([...decisions, ...revisits].map((entry) => isoMonth(entry.date)).filter((month) => /^\d{4}-\d{2}$/.test(month)));
  return [...months].sort().map((month) => decisionMonth(month, decisions, revisits));
}
