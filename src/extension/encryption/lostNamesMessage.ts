// What the user is told when entries of an opaque-name journal have lost their names: their sealed
// files are there, but the journal's map of names (names.age) does not hold their ids, so they are
// listed as `recovered/<id>.md` (core/encryption/decryptingJournalFs.ts `onNamesLost`). The sentence
// names the entries and says what to do: rename each back to its name (a rename of a recovered
// entry writes its id into names.age under the names lock), or copy its text where it belongs.
// Under the names lock two windows no longer overwrite each other's list, and a save writes names.age
// before its entry's file lands; a sync or a restored backup that puts back an older names.age still
// can lose a name (and, on remote, virtual and web folders, a lock both windows took in one instant).
// Takes the translator as a parameter (as unlockMessages.ts does) so the unit tier checks both
// languages against the shipped bundles.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
/** `Translator`, what the functions below take: {@link vscode.l10n}, or a stand-in with the same `t`. */
import type { Translator } from '../../core/text/format';

/** How many lost entries the message names; the rest are counted. */
const NAMED = 3;

/** "… has lost its name: …" for `entries` (at least one), the first NAMED named. */
export function lostNamesMessage(l10n: Translator, entries: readonly string[]): string {
  if (entries.length === 1) {
    return l10n.t('{0} has lost its name: the journal\'s encrypted list of names does not hold it (a sync or a restored backup put back an older one). Its text is safe. Rename it to the name it should have (its date is in its front matter), or open it and copy its text into the entry it belongs to.', entries[0] ?? '');
  }
  const named = entries.slice(0, NAMED).join(', ');
  const list = entries.length > NAMED ? l10n.t('{0} and {1} more', named, entries.length - NAMED) : named;
  return l10n.t('{0} entries have lost their names: the journal\'s encrypted list of names does not hold them (a sync or a restored backup put back an older one). Their text is safe, listed as {1}. Rename each to the name it should have (its date is in its front matter), or open it and copy its text into the entry it belongs to.', entries.length, list);
}
