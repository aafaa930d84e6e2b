// Shows the hints of core/entries/entryHints.ts (a feedback note's missing SBI parts, a decision's
// unreadable revisit date) as Information diagnostics on their lines: when a journal entry is saved,
// and for the entries already open when the features start. A save clears what was fixed; closing
// the entry clears its hints. Never an error, never in the way of a save.
import * as vscode from 'vscode';
import { entryHints } from '../../core/entries/entryHints';
import type { Settings } from '../settingsService';
import type { JournalEntryTest } from '../journal/journalDocuments';

const SOURCE = 'Leadership Journal';

/** The diagnostics for `document`, in the entry language of the settings. */
export function entryDiagnostics(document: vscode.TextDocument, locale: string): vscode.Diagnostic[] {
  return entryHints(document.getText(), locale).map((hint) => {
    const line = Math.min(hint.line, Math.max(0, document.lineCount - 1));
    const diagnostic = new vscode.Diagnostic(document.lineAt(line).range, hint.message, vscode.DiagnosticSeverity.Information);
    diagnostic.source = SOURCE;
    diagnostic.code = hint.check;
    return diagnostic;
  });
}

/** `isEntry` is the journal room's one test, bound to the features' mount (journal/journalDocuments.ts). */
export function registerEntryChecks(context: vscode.ExtensionContext, { isEntry, settings }: { readonly isEntry: JournalEntryTest; readonly settings: Settings }): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection('leadershipJournal.hints');
  const check = (document: vscode.TextDocument): void => {
    if (isEntry(document)) {
      collection.set(document.uri, entryDiagnostics(document, settings.current.locale));
    }
  };
  context.subscriptions.push(
    collection,
    vscode.workspace.onDidSaveTextDocument(check),
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidCloseTextDocument((document) => collection.delete(document.uri)),
  );
  for (const document of vscode.workspace.textDocuments) {
    check(document);
  }
  return collection;
}
