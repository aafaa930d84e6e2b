// What the user is told when entries of an opaque-name journal have lost their names: their sealed
// files are there, but the journal's map of names (names.age) does not hold their ids, so they are
// listed as `recovered/<id>.md` (core/encryption/decryptingJournalFs.ts `onNamesLost`). The sentence
// names the entries and says what to do: rename each back to its name (a rename of a recovered
// entry writes its id into names.age under the names lock), or copy its text where it belongs.
// Under the names lock two windows no longer overwrite each other's list, and a save writes names.age
// before its entry's file lands; what still loses a name is said as far as the window can tell
// (core/encryption/decryptingJournalFs.ts LostCause): a rename over the entry cut off before its file
// went (its id listed as gone), a list written anew over a damaged or missing one (holding changes this
// window had not read, or the one it had read), or an older list put back; for names the window never
// knew, a sync or a restored backup that put back an older names.age, the likeliest cause.
// Takes the translator as a parameter (as unlockMessages.ts does) so the unit tier checks both
// languages against the shipped bundles.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
import type { LostCause } from '../../core/encryption/decryptingJournalFs';
/** `Translator`, what the functions below take: {@link vscode.l10n}, or a stand-in with the same `t`. */
import type { Translator } from '../../core/text/format';

/** How many lost entries the message names; the rest are counted. */
const NAMED = 3;

/** Why the list of names does not hold them, for one entry (`one`) or several. */
function causeWords(l10n: Translator, cause: LostCause | undefined, one: boolean): string {
  switch (cause) {
    case 'gone':
      return one
        ? l10n.t('another window renamed another entry over it, and its file was left: that rename was cut off before it removed the file, or the disk refused the removal')
        : l10n.t('another window renamed other entries over them, and their files were left: those renames were cut off before they removed the files, or the disk refused the removals');
    case 'replaced-unread':
      return l10n.t('another window wrote the list anew in place of a damaged or missing one that held changes this window had not read, such as a rename in another window');
    case 'replaced':
      return l10n.t('another window that did not know every name wrote the list anew in place of a damaged or missing one');
    case 'older':
      return l10n.t('an older copy of the list was put back by a sync or a restored backup, or an earlier version of this product wrote it');
    case 'unknown':
    case undefined:
      return l10n.t('a sync or a restored backup put back an older one');
  }
}

/** "… has lost its name: …" for `entries` (at least one), the first NAMED named, with why as far as the window can tell (`cause`). */
export function lostNamesMessage(l10n: Translator, entries: readonly string[], cause?: LostCause): string {
  if (entries.length === 1) {
    return l10n.t('{0} has lost its name: the journal\'s encrypted list of names does not hold it ({1}). Its text is safe. Rename it to the name it should have (its date is in its front matter), or open it and copy its text into the entry it belongs to.', entries[0] ?? '', causeWords(l10n, cause, true));
  }
  const named = entries.slice(0, NAMED).join(', ');
  const list = entries.length > NAMED ? l10n.t('{0} and {1} more', named, entries.length - NAMED) : named;
  return l10n.t('{0} entries have lost their names: the journal\'s encrypted list of names does not hold them ({2}). Their text is safe, listed as {1}. Rename each to the name it should have (its date is in its front matter), or open it and copy its text into the entry it belongs to.', entries.length, list, causeWords(l10n, cause, false));
}
