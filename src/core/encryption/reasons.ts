// Why a journal operation (encrypt, decrypt, change passphrase) stopped, or left an entry or a file
// to the user, as data: a reason's id and its arguments (paths, counts, or reasons within it). The
// one table below words each reason, through a translator: the CLI and the core's messages use
// English (`englishReason`), the extension hands in `vscode.l10n`, so a German VS Code says the whole
// sentence in German, not an English reason inside a German one (outcomeMessage.ts). The calls are
// literal `l10n.t('…')` for @vscode/l10n-dev to extract into l10n/bundle.l10n.json (it reads files
// that import `@vscode/l10n`, hence the type import). Pure: no `vscode` here.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing it
import type * as l10n from '@vscode/l10n';
import type { AgeFailure } from '../crypto/ageFailure';
/** `Translator`, what the table takes: {@link l10n}, `vscode.l10n`, or `ENGLISH` (the messages as written). */
import { ENGLISH, type Translator } from '../text/format';

export type ReasonArg = string | number | Reason;

export interface Reason {
  readonly id: ReasonId;
  readonly args: readonly ReasonArg[];
}

type Words = (l10n: Translator, a: readonly (string | number)[]) => string;

const WORDS = {
  // What the disk said (journalFs.ts describeFsError), and what was being done.
  'disk-ENOSPC': (l10n) => l10n.t('the disk is full (ENOSPC)'),
  'disk-EDQUOT': (l10n) => l10n.t('the disk quota is used up (EDQUOT)'),
  'disk-EACCES': (l10n) => l10n.t('permission was denied (EACCES)'),
  'disk-EPERM': (l10n) => l10n.t('the operation was not permitted (EPERM)'),
  'disk-EROFS': (l10n) => l10n.t('the disk is read-only (EROFS)'),
  'disk-EIO': (l10n) => l10n.t('the disk reported an input/output error (EIO)'),
  'disk-EBUSY': (l10n) => l10n.t('the file is in use (EBUSY)'),
  'disk-EMFILE': (l10n) => l10n.t('too many files are open (EMFILE)'),
  'disk-ENAMETOOLONG': (l10n) => l10n.t('the name is too long for this file system (ENAMETOOLONG)'),
  'while-listing': (l10n, a) => l10n.t('{0} while listing the journal folder', a[0] ?? ''),
  'while-reading': (l10n, a) => l10n.t('{0} while reading {1}', a[0] ?? '', a[1] ?? ''),
  'while-writing': (l10n, a) => l10n.t('{0} while writing {1}', a[0] ?? '', a[1] ?? ''),
  'while-creating': (l10n, a) => l10n.t('{0} while creating {1}', a[0] ?? '', a[1] ?? ''),
  'while-renaming': (l10n, a) => l10n.t('{0} while renaming {1} to {2}', a[0] ?? '', a[1] ?? '', a[2] ?? ''),
  'while-removing': (l10n, a) => l10n.t('{0} while removing {1}', a[0] ?? '', a[1] ?? ''),
  'while-removing-folder': (l10n, a) => l10n.t('{0} while removing the empty folder {1}', a[0] ?? '', a[1] ?? ''),
  'disk-read-back': (l10n, a) => l10n.t('{0} did not read back as written (the disk returned other bytes), so nothing was replaced or removed; check the disk and run again', a[0] ?? ''),
  'partial-taken': (l10n, a) => l10n.t('{0} was saved at the same moment by another window ({1} no longer held this save\'s bytes), so this save replaced nothing; save again', a[0] ?? '', a[1] ?? ''),
  'saved-meanwhile': (l10n, a) => l10n.t('{0} was changed, deleted or renamed by another window after this save began, so this save wrote nothing; saving again writes this text under that name, over the other window\'s change (a deleted or renamed entry comes back)', a[0] ?? ''),
  'saved-since-read': (l10n, a) => l10n.t('{0} was saved by another window after this window opened or last saved it, so this save wrote nothing; saving again writes this text over the other window\'s version', a[0] ?? ''),
  // An opaque journal's change refused under the names lock (namesChanged.ts): the cause, as names.age has it now.
  'saved-first-elsewhere': (l10n, a) => l10n.t('another window saved a new entry under the name {0} first', a[0] ?? ''),
  'renamed-elsewhere': (l10n, a) => l10n.t('another window renamed {0} to {1}', a[0] ?? '', a[1] ?? ''),
  'replaced-elsewhere': (l10n, a) => l10n.t('another window renamed another entry to {0}, in place of this one', a[0] ?? ''),
  'deleted-elsewhere': (l10n, a) => l10n.t('another window deleted {0}', a[0] ?? ''),
  'renamed-reused-elsewhere': (l10n, a) => l10n.t('another window renamed {0} to {1}, and another entry now has the name {0}', a[0] ?? '', a[1] ?? ''),
  'deleted-reused-elsewhere': (l10n, a) => l10n.t('another window deleted {0}, and a new entry now has that name', a[0] ?? ''),
  'name-lost-elsewhere': (l10n, a) => l10n.t('the journal\'s list of entry names no longer has {0} ({2}); the entry was not deleted: its text as saved before is listed as {1}', a[0] ?? '', a[1] ?? '', a[2] ?? ''),
  'name-lost-reused-elsewhere': (l10n, a) => l10n.t('the journal\'s list of entry names no longer has {0} for this entry ({2}), and a new entry now has that name; this entry was not deleted: its text as saved before is listed as {1}', a[0] ?? '', a[1] ?? '', a[2] ?? ''),
  // How the list lost the name ({2} above), as far as the window's generations tell (namesState.ts lossSinceBefore).
  'lost-replaced-unread': (l10n) => l10n.t('another window wrote the list anew, without it, in place of a damaged or missing list that held changes this window had not read: another window may have renamed this entry there'),
  'lost-replaced': (l10n) => l10n.t('another window that did not know this entry wrote the list anew, in place of a damaged or missing one'),
  'lost-older-list': (l10n) => l10n.t('an older copy of the list is in its place: a sync or a restored backup put it back, or an earlier version of this product wrote it'),
  'lost-unknown': (l10n) => l10n.t('the list was written again without it'),
  'replaced-kept-elsewhere': (l10n, a) => l10n.t('another window renamed another entry to {0}, in place of this one; this one\'s file was left (that rename was cut off before it removed it, or the disk refused the removal): its text as saved before is listed as {1}', a[0] ?? '', a[1] ?? ''),
  'replaced-kept-freed-elsewhere': (l10n, a) => l10n.t('another window renamed another entry to {0}, in place of this one, and that entry has since been renamed or deleted; this one\'s file was left (that rename was cut off before it removed it, or the disk refused the removal): its text as saved before is listed as {1}', a[0] ?? '', a[1] ?? ''),
  'recovered-named-elsewhere': (l10n, a) => l10n.t('another window gave {0} its name back: it is {1} now', a[0] ?? '', a[1] ?? ''),
  'names-lock-busy': (l10n, a) => l10n.t('another window held the journal\'s names lock {0} through every try (it was saving, renaming or deleting an entry); nothing is lost: run again in a moment to go on', a[0] ?? ''),
  'names-damaged-newer': (l10n, a) => l10n.t('the journal\'s list of entry names, {0}, is damaged, and another window changed it after this window last read it: this window\'s older list is not written over it, as that would undo the other window\'s change', a[0] ?? ''),
  'names-missing-newer': (l10n, a) => l10n.t('the journal\'s list of entry names, {0}, is missing (removed, perhaps by a sync), and another window changed it after this window last read it: this window\'s older list is not written in its place, as that would undo the other window\'s change', a[0] ?? ''),
  'names-changed-meanwhile': (l10n) => l10n.t('another window changed this journal\'s list of entry names at the same moment'),
  'not-named-here': (l10n, a) => l10n.t('{0} is not an entry of this journal any more: the journal\'s list of entry names, as this window last read it, has no such name (another window renamed or deleted the entry, or the list lost its name)', a[0] ?? ''),
  'taken-elsewhere': (l10n, a) => l10n.t('another window saved an entry under the name {0}, or renamed one to it', a[0] ?? ''),

  // The journal's lock (lock.ts) and the runs that hold it.
  'run-encrypt': (l10n) => l10n.t('encrypt'),
  'run-decrypt': (l10n) => l10n.t('decrypt'),
  'run-change-passphrase': (l10n) => l10n.t('change-passphrase'),
  'run-unlock': (l10n) => l10n.t('unlock'),
  'lock-busy': (l10n, a) => l10n.t('another {0} is running on this journal (process {1} on {2}, since {3}); wait for it to finish. If it is not running (its machine was switched off, say), delete {4} in the journal folder and run again', a[0] ?? '', a[1] ?? '', a[2] ?? '', a[3] ?? '', a[4] ?? ''),
  'lock-taken': (l10n) => l10n.t('another run took the journal\'s lock just now; try again'),
  'lock-unreadable': (l10n, a) => l10n.t('the journal\'s lock file {0} cannot be read; if no encrypt or decrypt is running, delete it and run again', a[0] ?? ''),
  'lock-not-removed': (l10n, a) => l10n.t('could not be removed: {0}', a[0] ?? ''),
  'lock-not-removed-unlock': (l10n, a) => l10n.t('the journal\'s lock could not be removed: {0}', a[0] ?? ''),

  // Why a run stops before it starts (journalUnlock.ts, encryptJournal.ts, changePassphrase.ts).
  'not-encrypted': (l10n) => l10n.t('this journal is not encrypted'),
  'encrypted-to-keys': (l10n) => l10n.t('this journal is encrypted to age keys, not with a passphrase'),
  'encrypt-interrupted': (l10n) => l10n.t('an encrypt was interrupted: run encrypt again to finish it (or decrypt to undo it) first'),
  'decrypt-interrupted': (l10n) => l10n.t('a decrypt was interrupted: run decrypt again to finish it (or encrypt to undo it) first'),
  'new-passphrase-empty': (l10n) => l10n.t('the new passphrase is empty'),
  'new-passphrase-same': (l10n) => l10n.t('the new passphrase is the same as the old one'),
  'key-file-missing': (l10n, a) => l10n.t('the journal\'s key file {0} is missing; nothing was changed', a[0] ?? ''),
  'change-finished': (l10n) => l10n.t('the passphrase change had already finished; to go back, change the passphrase again'),
  'next-key-wrong': (l10n, a) => l10n.t('{0}, the new key of the interrupted change, does not open with this new passphrase: give the new passphrase chosen then; nothing was changed', a[0] ?? ''),
  'names-readable': (l10n) => l10n.t('this journal is encrypted with readable names; to change that, decrypt it, then encrypt it again with the names you want'),
  'names-opaque': (l10n) => l10n.t('this journal is encrypted with opaque names; to change that, decrypt it, then encrypt it again with the names you want'),
  'change-interrupted-encrypting': (l10n) => l10n.t('a passphrase change was interrupted: finish it (change-passphrase), or undo it, before encrypting'),
  'change-interrupted-decrypting': (l10n) => l10n.t('a passphrase change was interrupted: finish it (change-passphrase), or undo it, before decrypting'),
  'needs-passphrase': (l10n) => l10n.t('this journal is encrypted with a passphrase: give the passphrase, not an identity file'),
  'needs-identity': (l10n) => l10n.t('this journal is encrypted to age keys: give the identity file, not a passphrase'),
  'passphrase-opens-not': (l10n, a) => l10n.t('the passphrase does not open the journal\'s key ({0}); nothing was changed', a[0] ?? ''),
  'nothing-changed': (l10n, a) => l10n.t('{0}; nothing was changed', a[0] ?? ''),
  'file-state': (l10n, a) => l10n.t('{0} {1}; nothing was changed', a[0] ?? '', a[1] ?? ''),
  'no-identity': (l10n) => l10n.t('no identity was given'),
  'no-key-to-encrypt-to': (l10n) => l10n.t('no key to encrypt to'),
  'names-map-unopened': (l10n, a) => l10n.t('the map of opaque names: {0}; nothing was changed', a[0] ?? ''),

  // Why a journal cannot be unlocked (unlockJournal.ts): the reasons above without their "nothing was
  // changed" (an unlock changes nothing), and those only an unlock gives (bareReason below).
  'file-state-bare': (l10n, a) => l10n.t('{0} {1}', a[0] ?? '', a[1] ?? ''),
  'names-map-unopened-bare': (l10n, a) => l10n.t('the map of opaque names: {0}', a[0] ?? ''),
  'passphrase-opens-not-bare': (l10n, a) => l10n.t('the passphrase does not open the journal\'s key ({0})', a[0] ?? ''),
  'key-file-missing-bare': (l10n, a) => l10n.t('the journal\'s key file {0} is missing', a[0] ?? ''),
  'key-file-not-one': (l10n, a) => l10n.t('{0} opens, but does not hold exactly one age identity', a[0] ?? ''),
  'state-unreadable': (l10n, a) => l10n.t('the journal\'s state cannot be read: {0}', a[0] ?? ''),
  'run-interrupted': (l10n, a) => l10n.t('the {0} run was interrupted ({1} of {2} entries): run it again to finish it; until then the journal holds plain and encrypted entries', a[0] ?? '', a[1] ?? '', a[2] ?? ''),
  'names-damaged-unlock': (l10n, a) => l10n.t('{0}, the list of the entries\' names, is damaged (cut short or changed, perhaps by a sync): this window lists the entries as recovered/ID.md, each with its text, and nothing is lost. The next save, new entry, rename or delete in a window writes a whole list over it — the names that window knows: an entry it does not know stays under recovered/ until a window that knows it writes it back, and a window whose list is older than the damaged one writes nothing and is told to reload — and keeps the damaged file beside it as {0}.damaged-TIME. An entry still under recovered/ after that: rename it to its name (its date is in its text)', a[0] ?? ''),
  'run-interrupted-undo': (l10n, a) => l10n.t('the {0} run (being undone) was interrupted ({1} of {2} entries): run it again to finish it; until then the journal holds plain and encrypted entries', a[0] ?? '', a[1] ?? '', a[2] ?? ''),
  'identity-opens-not': (l10n, a) => l10n.t('the key given does not open the journal\'s entries ({0} is encrypted to another key)', a[0] ?? ''),
  'recipient-not-x25519': (l10n, a) => l10n.t('the journal is also encrypted to {0}…, which is not an X25519 key: the extension uses X25519 age keys (age-keygen\'s default) only; for this one use the command line (leadership-journal --identity)', a[0] ?? ''),
  // Words the core did not make (a system's message with no known code), shown as they are.
  'as-is': (_l10n, a) => String(a[0] ?? ''),

  // Why one of the journal's own files cannot be read (journalState.ts, nameMap.ts), after its name.
  'state-not-json': (l10n) => l10n.t('is not the JSON this product writes'),
  'state-not-format': (l10n, a) => l10n.t('is not a {0} file', a[0] ?? ''),
  'state-version': (l10n, a) => l10n.t('is version {0}, which this version of the product does not read', a[0] ?? ''),
  'state-unknown-mode': (l10n) => l10n.t('names an unknown mode or kind of names'),
  'state-bad-recipients': (l10n) => l10n.t('lists recipients that are not age public keys (age1…)'),
  'state-incomplete': (l10n) => l10n.t('is incomplete'),
  'names-not-map': (l10n) => l10n.t('is not the name map this product writes'),
  'names-newer': (l10n, a) => l10n.t('is version {0}, written by a newer version of this product, which this version does not read: update the extension to open the journal', a[0] ?? ''),
  'names-outside': (l10n, a) => l10n.t('names a file outside the journal\'s entries for {0}, which is refused', a[0] ?? ''),

  // Why an age file does not open (crypto/ageFailure.ts).
  'age-not-age': (l10n, a) => l10n.t('{0} is not an age-encrypted file', a[0] ?? ''),
  'age-no-passphrase': (l10n, a) => l10n.t('{0} is encrypted with a passphrase, and no passphrase was given', a[0] ?? ''),
  'age-wrong-passphrase': (l10n, a) => l10n.t('{0} does not open with this passphrase', a[0] ?? ''),
  'age-wrong-passphrases': (l10n, a) => l10n.t('{0} does not open with any of these passphrases', a[0] ?? ''),
  'age-no-identity': (l10n, a) => l10n.t('{0} is encrypted to a key (an age recipient), and no identity was given to open it', a[0] ?? ''),
  'age-wrong-identity': (l10n, a) => l10n.t('{0} is encrypted to another key: the identity given does not open it', a[0] ?? ''),
  'age-wrong-identities': (l10n, a) => l10n.t('{0} is encrypted to another key: none of the {1} identities given opens it', a[0] ?? '', a[1] ?? ''),
  'age-truncated': (l10n, a) => l10n.t('{0} is cut short: the encrypted file ends before it is complete', a[0] ?? ''),
  'age-damaged': (l10n, a) => l10n.t('{0} is damaged: it fails age\'s integrity check (a byte was changed or the file was cut short)', a[0] ?? ''),
  'age-unsupported': (l10n, a) => l10n.t('{0} uses an age feature this product does not read', a[0] ?? ''),
  'age-unsupported-detail': (l10n, a) => l10n.t('{0} uses an age feature this product does not read ({1})', a[0] ?? '', a[1] ?? ''),

  // An entry or a file left to the user (entrySteps.ts), and notes.
  'sealed-differs': (l10n, a) => l10n.t('{0} is already there with different text: both are kept; keep the one you want, delete the other, and run again', a[0] ?? ''),
  'sealed-unopenable': (l10n, a) => l10n.t('{0} is already there and cannot be opened ({1}): both are kept', a[0] ?? '', a[1] ?? ''),
  'kept-changing-encrypting': (l10n, a) => l10n.t('kept changing while it was being encrypted: it is kept beside {0}; close what edits it and run again', a[0] ?? ''),
  'left-encrypted': (l10n, a) => l10n.t('left encrypted: {0}', a[0] ?? ''),
  'plain-differs': (l10n, a) => l10n.t('is already there with different text from {0}: both are kept; keep the one you want, delete the other, and run again', a[0] ?? ''),
  'changed-decrypting': (l10n, a) => l10n.t('changed while it was being decrypted: the new version is kept beside {0}; run again', a[0] ?? ''),
  'left-as-it-was': (l10n, a) => l10n.t('left as it was: {0}', a[0] ?? ''),
  'kept-changing-resealing': (l10n) => l10n.t('kept changing while its key was being changed: left under the old key; run again'),
  'partial-under-way': (l10n) => l10n.t('written less than a minute ago, perhaps by a save in another window: left as it is; run again in a minute'),
  'partial-half-written': (l10n) => l10n.t('a half-written file with no original beside it: kept for you to look at'),
  'orphan-plain': (l10n, a) => l10n.t('{0} is a half-written plain entry with no original beside it', a[0] ?? ''),
  'partial-kept-beside': (l10n, a) => l10n.t('holds a save of {0} that was cut off before it was renamed, with other text than the entry: kept beside it; compare the two, then delete the one you do not need', a[0] ?? ''),
  'kept-full': (l10n, a) => l10n.t('holds a save of {0} that was cut off before it was renamed, with other text than the entry, and {1} earlier saves of it are kept beside it already: left as it is; look through them, delete those you do not need, and run again', a[0] ?? '', a[1] ?? ''),
  'kept-full-save': (l10n, a) => l10n.t('{0} was not saved: {1} interrupted saves of it are kept beside it already, and its unfinished save ({2}) would be lost; look through them, delete those you do not need, and save again', a[0] ?? '', a[1] ?? '', a[2] ?? ''),
  'link-left': (l10n) => l10n.t('is a symbolic link: left as it is'),
  'link-left-unencrypted': (l10n) => l10n.t('is a symbolic link: left as it is (its target was not encrypted)'),
  'name-recovered': (l10n, a) => l10n.t('its name was not in the name map, so {0} was decrypted here: rename it', a[0] ?? ''),
} as const satisfies Record<string, Words>;

export type ReasonId = keyof typeof WORDS;

export function reason(id: ReasonId, ...args: ReasonArg[]): Reason {
  return { id, args };
}

/** Whether a parse's answer is a reason it refused (data parsed is never shaped `{ id, args }`). */
export function isReason(value: object): value is Reason {
  return 'id' in value && 'args' in value && Array.isArray((value as { args: unknown }).args);
}

/** A parse's answer with a refusal in English, for callers that show it as it is. */
export function inEnglish<T extends object>(value: T | Reason): T | string {
  return isReason(value) ? englishReason(value) : value;
}

/** The reason in the translator's language, the reasons within it too. */
export function reasonText(l10n: Translator, why: Reason): string {
  return (WORDS[why.id] as Words)(l10n, why.args.map((arg) => (typeof arg === 'object' ? reasonText(l10n, arg) : arg)));
}

const BARE: Partial<Record<ReasonId, ReasonId>> = {
  'file-state': 'file-state-bare',
  'names-map-unopened': 'names-map-unopened-bare',
  'passphrase-opens-not': 'passphrase-opens-not-bare',
  'key-file-missing': 'key-file-missing-bare',
};

/** The reason without its closing "nothing was changed", for a message that says so itself or where nothing could have been. */
export function bareReason(why: Reason): Reason {
  if (why.id === 'nothing-changed') {
    const inner = why.args[0];
    return typeof inner === 'object' ? inner : reason('as-is', inner ?? '');
  }
  const bare = BARE[why.id];
  return bare === undefined ? why : { id: bare, args: why.args };
}

export function englishReason(why: Reason): string {
  return reasonText(ENGLISH, why);
}

/** Why an age file does not open, as ageFailure.ts words it in English. */
export function ageReason(failure: AgeFailure): Reason {
  const { file, given } = failure;
  switch (failure.kind) {
    case 'not-age':
      return reason('age-not-age', file);
    case 'wrong-passphrase':
      return reason(given?.passphrases === 0 ? 'age-no-passphrase' : given?.passphrases === 1 ? 'age-wrong-passphrase' : 'age-wrong-passphrases', file);
    case 'wrong-key':
      return given?.identities === 0 ? reason('age-no-identity', file) : given?.identities === 1 ? reason('age-wrong-identity', file) : reason('age-wrong-identities', file, given?.identities ?? 0);
    case 'truncated':
      return reason('age-truncated', file);
    case 'damaged':
      return reason('age-damaged', file);
    case 'unsupported':
      return failure.detail === undefined ? reason('age-unsupported', file) : reason('age-unsupported-detail', file, failure.detail);
  }
}

/** A thing left to the user, worded in English for the core's and the CLI's messages, with its reason kept for a translation. */
export function because(path: string, why: Reason): { readonly path: string; readonly reason: string; readonly why: Reason } {
  return { path, reason: englishReason(why), why };
}
