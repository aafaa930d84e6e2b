// What Revisit Decision… decides before it asks or writes: which decision it revisits — the one whose
// journal path was given (refused when that is no decision of the journal), else the decision open in
// the editor, else one the user picks; with no decision in the journal there is nothing to revisit —
// and what the picker offers: the decisions due to revisit, most overdue first, then every other one,
// newest first, each with whether it was revisited or when it is to be. Pure (no vscode), so the
// decisions are unit-tested; revisitCommand.ts words the rows, asks, writes and opens.
import type { LocalDate } from '../../core/calendar/localDate';
import type { DecisionJournal } from '../../core/decisions/decisionJournal';
import { dueRevisits, type DecisionEntry, type DueRevisit } from '../../core/decisions/revisits';

export type RevisitTarget =
  | { readonly kind: 'none-yet' }
  | { readonly kind: 'not-a-decision'; readonly path: string }
  | { readonly kind: 'decision'; readonly decision: DecisionEntry }
  | { readonly kind: 'pick' };

/** `path` is the argument given, `active` the open editor's journal path. */
export function revisitTarget(decisions: readonly DecisionEntry[], path: string | undefined, active: string | undefined): RevisitTarget {
  if (decisions.length === 0) {
    return { kind: 'none-yet' };
  }
  const wanted = path ?? active;
  const decision = decisions.find((candidate) => candidate.path === wanted);
  if (decision) {
    return { kind: 'decision', decision };
  }
  return path === undefined ? { kind: 'pick' } : { kind: 'not-a-decision', path };
}

/** Where a decision not due stands: revisited already, to revisit on a day, or with no day to revisit. */
export type DecisionNote = { readonly kind: 'revisited' } | { readonly kind: 'revisit-on'; readonly date: LocalDate } | { readonly kind: 'no-date' };

export interface DecisionGroups {
  readonly due: readonly DueRevisit[];
  readonly others: readonly { readonly decision: DecisionEntry; readonly note: DecisionNote }[];
}

/** The picker's groups as of `today`. */
export function decisionGroups(journal: DecisionJournal, today: LocalDate): DecisionGroups {
  const due = dueRevisits(journal.decisions, journal.revisits, today);
  const duePaths = new Set(due.map((item) => item.decision.path));
  const revisited = new Set(journal.revisits.map((revisit) => revisit.facts.decision));
  const others = journal.decisions.filter((decision) => !duePaths.has(decision.path)).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return {
    due,
    others: others.map((decision) => {
      const result = decision.facts.revisit?.result;
      const note: DecisionNote = revisited.has(decision.path) ? { kind: 'revisited' } : result?.ok ? { kind: 'revisit-on', date: result.date } : { kind: 'no-date' };
      return { decision, note };
    }),
  };
}
