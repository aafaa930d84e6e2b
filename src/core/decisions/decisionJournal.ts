// The journal's decisions and their revisits, read from the texts of the entries the index lists as
// `decision` or `decision-revisit` (the extension reads those files only, never every entry). A
// decision's revisit date is parsed against its own date; an entry of any other kind, or a revisit
// that names no journal path, is left out. Pure: the caller gives the texts.
import { parseIsoDate } from '../calendar/localDate';
import { REVISIT_KIND_ID } from '../entries/revisitKind';
import type { IndexedEntry } from '../records/entryRecord';
import { DECISION_KIND, readDecision } from './decisionRecord';
import { readRevisit, type DecisionEntry, type RevisitEntry } from './revisits';

/** An index record with the entry's text. */
export type DecisionFile = Pick<IndexedEntry, 'path' | 'date' | 'kind' | 'title'> & { readonly text: string };

export interface DecisionJournal {
  readonly decisions: readonly DecisionEntry[];
  readonly revisits: readonly RevisitEntry[];
}

/** True for the kinds whose texts {@link readDecisionJournal} needs. */
export function isDecisionKind(kind: string): boolean {
  return kind === DECISION_KIND || kind === REVISIT_KIND_ID;
}

/** The decisions (with what they say) and the revisits among `files`; hints are in `locale`'s language. */
export function readDecisionJournal(files: readonly DecisionFile[], locale?: string): DecisionJournal {
  const decisions: DecisionEntry[] = [];
  const revisits: RevisitEntry[] = [];
  for (const file of files) {
    if (file.kind === DECISION_KIND) {
      const decided = parseIsoDate(file.date);
      if (decided) {
        decisions.push({ path: file.path, date: file.date, title: file.title, facts: readDecision(file.text, decided, locale) });
      }
    } else if (file.kind === REVISIT_KIND_ID) {
      const facts = readRevisit(file.text);
      if (facts) {
        revisits.push({ path: file.path, date: file.date, facts });
      }
    }
  }
  return { decisions, revisits };
}
