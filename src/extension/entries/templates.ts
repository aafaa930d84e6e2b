// User templates: `<journal>/.templates/<kind id>.md` replaces a kind's built-in body. Templates are
// plain text with {{variables}}; they are read, never executed.
import * as vscode from 'vscode';
import type { EntryKind } from '../../core/entries/kinds';
import { readTextIfExists } from '../journal/journalStore';
import { templateFile } from './templatePlan';

/** The kind's template in the journal (templatePlan.ts: `.templates/<kind>.md`). */
export function templateUri(journalFolder: vscode.Uri, kind: EntryKind): vscode.Uri {
  return vscode.Uri.joinPath(journalFolder, ...templateFile(kind).path);
}

/** The user's template text for the kind, or `undefined` to use the built-in body. */
export function readUserTemplate(journalFolder: vscode.Uri, kind: EntryKind): Promise<string | undefined> {
  return readTextIfExists(templateUri(journalFolder, kind));
}
