// What the user is told when a save sealed a plain-only entry of an encrypted journal but kept its
// plain `NAME.md` on disk (core/encryption/decryptingJournalFs.ts `onPlainKept`), in the words of the
// case that happened: the file changed since this window opened it; this window never opened it and
// it holds other text than the save (an editor open from before the unlock, another tool writing
// through the mount); or it could not be read again or removed. Each says what to do with it. Takes
// the translator as a parameter (as unlockMessages.ts does) so the unit tier checks both languages
// against the shipped bundles.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
/** `Translator`, what the functions below take: {@link vscode.l10n}, or a stand-in with the same `t`. */
import type { Translator } from '../../core/text/format';
import type { PlainKeptWhy } from '../../core/encryption/decryptingJournalFs';

/** "{entry} is saved encrypted, but its plain file on disk … is kept as it is, still plain. …" */
export function plainKeptMessage(l10n: Translator, entry: string, why: PlainKeptWhy): string {
  switch (why) {
    case 'changed':
      return l10n.t('{0} is saved encrypted, but its plain file on disk changed since it was opened (a sync or another editor wrote it), so that file is kept as it is, still plain. Open it from the journal folder, keep what you need, then delete it or run Encrypt Journal… again.', entry);
    case 'differs':
      return l10n.t('{0} is saved encrypted, but its plain file on disk, which this window never opened, holds other text than this save (a sync or another tool wrote it), so that file is kept as it is, still plain. Open it from the journal folder, keep what you need, then delete it or run Encrypt Journal… again.', entry);
    case 'stuck':
      return l10n.t('{0} is saved encrypted, but its plain file on disk could not be checked or removed, so that file is kept as it is, still plain. Open it from the journal folder, keep what you need, then delete it or run Encrypt Journal… again.', entry);
  }
}
