// Opening a journal entry at a line: for the Commitments and On This Day views, the search results
// and the links of the preview panels. `leadershipJournal.openEntryAt` is an internal command (the
// activation table's `openEntryAt` line, `internal`: registered at activation, not in the Command
// Palette) so that tree items and the panels' command links can call it; it only opens
// journal-relative paths inside the journal folder, so a link in an entry cannot open anything else.
// In entries/, a floor below every room that links to an entry (webviews/, people/, search/, reflect/);
// it asks of the index only where the journal is, so it imports no room above the journal.
import * as vscode from 'vscode';
import { errorMessage } from '../../core/text/errorMessage';
import type { CommandHandlers } from '../activationTable';
import { Commands } from '../commandIds';
import { entryUri } from '../journal/journalLocation';

/** The internal command's id, from its line of the activation table. */
export const OPEN_ENTRY_AT = Commands.openEntryAt;

/** Opens `uri` in the first editor group with `line` (zero-based) revealed and selected. */
export async function showEntryAt(uri: vscode.Uri, line?: number): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(uri, { preview: false, viewColumn: vscode.ViewColumn.One });
  if (line !== undefined && line >= 0) {
    const at = Math.min(line, editor.document.lineCount - 1);
    const range = editor.document.lineAt(at).range;
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return editor;
}

/** A command for a tree item or a link: open the entry at `path` (journal-relative) at `line`. */
export function openEntryCommand(title: string, path: string, line?: number): vscode.Command {
  return { title, command: OPEN_ENTRY_AT, arguments: line === undefined ? [path] : [path, line] };
}

/** The internal command's handler; `index` is the journal index, of which it reads only where the journal is. */
export function openEntryAtCommands({ index }: { readonly index: { readonly journalFolder: vscode.Uri | undefined } }): CommandHandlers<'entries/openEntryAt'> {
  return { openEntryAt: (path: unknown, line?: unknown) => openEntryAt(index.journalFolder, path, line) };
}

async function openEntryAt(folder: vscode.Uri | undefined, path: unknown, line: unknown): Promise<vscode.TextEditor | undefined> {
  if (typeof path !== 'string' || !folder) {
    return undefined;
  }
  try {
    return await showEntryAt(entryUri(folder, path), typeof line === 'number' && Number.isSafeInteger(line) ? line : undefined);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not open {0}: {1}', path, errorMessage(error)));
    return undefined;
  }
}
