// User templates: `<journal>/.templates/<kind id>.md` replaces a kind's built-in body. Templates are
// plain text with {{variables}}; they are read, never executed.
import * as vscode from 'vscode';
import type { EntryKind } from '../../core/entries/kinds';
import { readTextIfExists } from '../journal/journalStore';

export const TEMPLATES_FOLDER = '.templates';

export function templateUri(journalFolder: vscode.Uri, kind: EntryKind): vscode.Uri {
  return vscode.Uri.joinPath(journalFolder, TEMPLATES_FOLDER, `${kind.id}.md`);
}

/** The user's template text for the kind, or `undefined` to use the built-in body. */
export function readUserTemplate(journalFolder: vscode.Uri, kind: EntryKind): Promise<string | undefined> {
  return readTextIfExists(templateUri(journalFolder, kind));
}
