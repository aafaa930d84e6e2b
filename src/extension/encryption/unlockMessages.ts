// What the user is told when an encrypted journal cannot be unlocked, or unlocks half-migrated, or
// unlocks with plain entries beside its sealed ones: the sentence and the reason inside it both in
// the user's language. The reason comes from the core as
// data (reasons.ts: unlockJournal.ts, journalUnlock.ts, identityProof.ts), never as English words.
// Takes the translator as a parameter (as outcomeMessage.ts does) so the unit tier checks both
// languages against the shipped bundles.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
/** `Translator`, what the functions below take: {@link vscode.l10n}, or a stand-in with the same `t`. */
import type { Translator } from '../../core/text/format';
import { reasonText, type Reason } from '../../core/encryption/reasons';

/** "The encrypted journal cannot be opened: …". */
export function cannotOpenMessage(l10n: Translator, why: Reason): string {
  return l10n.t('The encrypted journal cannot be opened: {0}.', reasonText(l10n, why));
}

/** What an unlock tells beside the journal: a damaged names.age (it opened all the same), else a migration left half-way. */
export function unlockWarningMessage(l10n: Translator, why: Reason): string {
  return why.id === 'names-damaged-unlock' ? l10n.t('The encrypted journal is open, but {0}.', reasonText(l10n, why)) : halfMigratedMessage(l10n, why);
}

/** "The journal is not fully encrypted or decrypted: …" (a migration left half-way). */
export function halfMigratedMessage(l10n: Translator, why: Reason): string {
  return l10n.t('The journal is not fully encrypted or decrypted: {0}.', reasonText(l10n, why));
}

/**
 * "N entries of this encrypted journal are plain on disk: …" — an encrypted journal with no migration
 * under way that holds `count` (> 0) plain `*.md` entries (plainEntries.ts), and what to do.
 */
export function plainEntriesMessage(l10n: Translator, count: number): string {
  return count === 1
    ? l10n.t('1 entry of this encrypted journal is plain on disk, readable by anyone who gets the folder: run Encrypt Journal… again to finish sealing it.')
    : l10n.t('{0} entries of this encrypted journal are plain on disk, readable by anyone who gets the folder: run Encrypt Journal… again to finish sealing them.', count);
}
