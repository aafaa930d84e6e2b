// `Leadership Journal: New Entry`: create today's entry (or open it when it exists) and put the
// cursor on the first answer line.
import * as vscode from 'vscode';
import { localDateOf } from '../../core/calendar/localDate';
import { scaffoldDailyEntry } from '../../core/entries/dailyTemplate';
import { dailyEntryPath } from '../../core/journal/entryPath';
import { readSettings } from '../config';
import { entryUri, journalFolderUri, JournalLocationError } from '../journal/journalLocation';
import { createIfAbsent } from '../journal/journalStore';
import { Commands } from './commandIds';

/** Injected so tests and callers can fix "now". */
export interface NewEntryDeps {
  readonly now: () => Date;
}

export function registerNewEntryCommand(context: vscode.ExtensionContext, deps: NewEntryDeps): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.newEntry, () => newEntry(deps)),
  );
}

/** Returns the entry's URI, or `undefined` when the user was told why there is none. */
export async function newEntry(deps: NewEntryDeps): Promise<vscode.Uri | undefined> {
  const today = localDateOf(deps.now());
  let uri: vscode.Uri;
  try {
    const folder = journalFolderUri(readSettings());
    uri = entryUri(folder, dailyEntryPath(today));
  } catch (error) {
    if (error instanceof JournalLocationError) {
      void vscode.window.showErrorMessage(error.message);
      return undefined;
    }
    throw error;
  }
  const entry = scaffoldDailyEntry(today);
  let result;
  try {
    result = await createIfAbsent(uri, entry.text);
  } catch (error) {
    void vscode.window.showErrorMessage(
      `Could not create the entry ${uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  if (result === 'created') {
    const position = new vscode.Position(Math.min(entry.cursorLine, editor.document.lineCount - 1), 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position));
  }
  return uri;
}
