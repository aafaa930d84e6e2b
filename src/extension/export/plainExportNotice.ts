// What an export says once it has written its file, when the journal it read is encrypted: the file
// (metrics, calendar hours, the HTML report) is plain text wherever the user put it — the journal's
// encryption covers only the journal's entries (README, "What is protected, and what is not").
// Takes the translator as a parameter (as encryption/unlockMessages.ts does) so the unit tier checks
// both languages against the shipped bundles.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
/** `Translator`, what the functions below take: {@link vscode.l10n}, or a stand-in with the same `t`. */
import type { Translator } from '../../core/text/format';

/** `written` (the export's "Exported … to …" sentence), followed, for an encrypted journal, by the notice that the file is plain. */
export function exportedMessage(l10n: Translator, written: string, journalEncrypted: boolean): string {
  return journalEncrypted
    ? l10n.t('{0} The journal is encrypted, but this file is written in plain text: keep it somewhere safe, or delete it when you are done.', written)
    : written;
}
