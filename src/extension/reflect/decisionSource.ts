// Reads the journal's decisions and revisits (core/decisions/decisionJournal.ts) for the daily
// entry's drafted block and Revisit Decision: the index names the entries of those two kinds, and
// only their files are read. A file that cannot be read is skipped (it is listed in the output).
import type * as vscode from 'vscode';
import { isDecisionKind, readDecisionJournal, type DecisionFile, type DecisionJournal } from '../../core/decisions/decisionJournal';
import { errorMessage } from '../../core/text/errorMessage';
import type { EntryWithFacts } from '../../core/catalogue/catalogue';
import { entryUri } from '../journal/journalLocation';
import { readTextIfExists } from '../journal/journalStore';
import type { Log } from '../output';

export async function loadDecisions(folder: vscode.Uri, entries: readonly EntryWithFacts[], locale: string, log: Log): Promise<DecisionJournal> {
  const files: DecisionFile[] = [];
  for (const { entry } of entries.filter(({ entry }) => isDecisionKind(entry.kind))) {
    try {
      const text = await readTextIfExists(entryUri(folder, entry.path));
      if (text !== undefined) {
        files.push({ path: entry.path, date: entry.date, kind: entry.kind, title: entry.title, text });
      }
    } catch (error) {
      log.warn(`${entry.path}: not read for its revisit: ${errorMessage(error)}`);
    }
  }
  return readDecisionJournal(files, locale);
}
