// Unlocking a journal for reading and editing (not for a migration): its descriptor, the keys the
// credential opens, the map of opaque names, and what the user should know before working in it (a
// migration left half-way). It only reads; a wrong passphrase or key is a result, not an exception,
// and says which of the two it is so the caller can ask again.
import { AgeError } from '../crypto/ageFailure';
import { EntryNames } from './entryNames';
import { openJournalKey, type Credential, type JournalKeys } from './journalKey';
import type { JournalFs } from './journalFs';
import { describeFsError } from './journalFs';
import type { EncryptionDescriptor } from './journalState';
import { checkMode, identityKeys, passphraseOnlyKeys, readJournalState, readNameMap, sealingOf } from './journalUnlock';
import { readKeyStamp, type KeyStamp } from './keyStamp';
import { KEY_PATH } from './layout';
import { MigrationStop } from './migrationRun';

export interface UnlockedJournal {
  /** How the journal is encrypted; undefined for a journal that is not (yet) encrypted. */
  readonly descriptor: EncryptionDescriptor | undefined;
  readonly keys: JournalKeys;
  /** Opaque ids and their entries (empty for readable names). */
  readonly names: EntryNames;
  /** To tell the user: a migration under way, and how far it got. */
  readonly warnings: readonly string[];
  /** The journal's key and state as read before the keys were (keyStamp.ts): a save checks them unchanged. */
  readonly stamp: KeyStamp;
}

export type Unlock =
  | { readonly ok: true; readonly journal: UnlockedJournal }
  /** `key`: the passphrase or identity does not open the journal (ask again); `journal`: its state cannot be read. */
  | { readonly ok: false; readonly kind: 'key' | 'journal'; readonly message: string };

async function keysFor(fs: JournalFs, credential: Credential, descriptor: EncryptionDescriptor | undefined): Promise<JournalKeys> {
  if (credential.kind === 'identity') {
    // The journal's own recipients (a backup key) go into every entry saved, as they did at encryption.
    return identityKeys({ ...credential, recipients: [...descriptor?.recipients ?? [], ...credential.recipients ?? []] });
  }
  const keyFile = await fs.read(KEY_PATH);
  if (keyFile === undefined) {
    return passphraseOnlyKeys(credential.passphrase);
  }
  const opened = await openJournalKey(KEY_PATH, keyFile, credential.passphrase);
  if (opened.ok) {
    return opened.keys;
  }
  const failure = opened.failure;
  if (typeof failure === 'string') {
    throw new MigrationStop(failure, 'journal');
  }
  throw new MigrationStop(failure.kind === 'wrong-passphrase' ? `the passphrase does not open the journal's key (${KEY_PATH})` : failure.message, failure.kind === 'wrong-passphrase' ? 'key' : 'journal');
}

export async function unlockJournal(fs: JournalFs, credential: Credential): Promise<Unlock> {
  try {
    const stamp = await readKeyStamp(fs); // First: a change made while this unlocks shows as a changed stamp.
    const { descriptor, marker } = await readJournalState(fs);
    checkMode(descriptor, credential);
    const keys = await keysFor(fs, credential, descriptor);
    const names = new EntryNames(await readNameMap(fs, sealingOf(keys))); // Empty when there is no map (readable names).
    const warnings = marker === undefined ? [] : [
      `a ${marker.operation}${marker.undo ? ' (being undone)' : ''} was interrupted (${marker.done} of ${marker.total} entries): run it again to finish it; until then the journal holds plain and encrypted entries`,
    ];
    return { ok: true, journal: { descriptor, keys, names, warnings, stamp } };
  } catch (error) {
    if (error instanceof MigrationStop) {
      // A name map sealed to another key (an identity journal opened with the wrong file) is a wrong key too.
      const wrongKey = error.kind === 'key' || (credential.kind === 'identity' && error.failure?.kind === 'wrong-key');
      return { ok: false, kind: wrongKey ? 'key' : 'journal', message: error.message.replace(/; nothing was changed$/, '') };
    }
    if (error instanceof AgeError) {
      return { ok: false, kind: 'journal', message: error.failure.message };
    }
    return { ok: false, kind: 'journal', message: `the journal's state cannot be read: ${describeFsError(error)}` };
  }
}
