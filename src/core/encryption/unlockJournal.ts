// Unlocking a journal for reading and editing (not for a migration): its descriptor, the keys the
// credential opens, the map of opaque names, and what the user should know before working in it (a
// migration left half-way). It only reads; a wrong passphrase or key is a result, not an exception,
// and says which of the two it is so the caller can ask again. Why it did not unlock, and what the user
// should know, are reasons (reasons.ts) for the host to word in the user's language; `message` is the
// English, for the command line.
import { AgeError } from '../crypto/ageFailure';
import { EntryNames } from './entryNames';
import { openJournalKey, type Credential, type JournalKeys } from './journalKey';
import type { JournalFs } from './journalFs';
import { fsProblem } from './journalFs';
import type { EncryptionDescriptor, Operation } from './journalState';
import { checkMode, identityKeys, NamesDamaged, passphraseOnlyKeys, readJournalState, readNameMapFile, sealingOf } from './journalUnlock';
import { readKeyStamp, type KeyStamp } from './keyStamp';
import { KEY_PATH, NAMES_PATH } from './layout';
import { MigrationStop } from './migrationRun';
import { ageReason, bareReason, englishReason, isReason, reason, type Reason, type ReasonId } from './reasons';

export interface UnlockedJournal {
  /** How the journal is encrypted; undefined for a journal that is not (yet) encrypted. */
  readonly descriptor: EncryptionDescriptor | undefined;
  readonly keys: JournalKeys;
  /** Opaque ids and their entries (empty for readable names). */
  readonly names: EntryNames;
  /** The generation of names.age as read (nameMap.ts; 0 when there is none); undefined when it is damaged. */
  readonly namesGeneration?: number;
  /** To tell the user: a migration under way, and how far it got. */
  readonly warnings: readonly Reason[];
  /** The journal's key and state as read before the keys were (keyStamp.ts): a save checks them unchanged. */
  readonly stamp: KeyStamp;
}

export type Unlock =
  | { readonly ok: true; readonly journal: UnlockedJournal }
  /** `key`: the passphrase or identity does not open the journal (ask again); `journal`: its state cannot be read. */
  | { readonly ok: false; readonly kind: 'key' | 'journal'; readonly message: string; readonly why: Reason };

const RUNS: Readonly<Record<Operation, ReasonId>> = { encrypt: 'run-encrypt', decrypt: 'run-decrypt', 'change-passphrase': 'run-change-passphrase' };

/** A refusal to unlock, in English and as a reason. */
function refused(kind: 'key' | 'journal', why: Reason): Extract<Unlock, { ok: false }> {
  return { ok: false, kind, message: englishReason(why), why };
}

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
  if (isReason(failure)) {
    throw new MigrationStop(failure, 'journal');
  }
  throw new MigrationStop(failure.kind === 'wrong-passphrase' ? reason('passphrase-opens-not-bare', KEY_PATH) : ageReason(failure), failure.kind === 'wrong-passphrase' ? 'key' : 'journal');
}

export async function unlockJournal(fs: JournalFs, credential: Credential): Promise<Unlock> {
  try {
    const stamp = await readKeyStamp(fs); // First: a change made while this unlocks shows as a changed stamp.
    const { descriptor, marker } = await readJournalState(fs);
    checkMode(descriptor, credential);
    const keys = await keysFor(fs, credential, descriptor);
    // Empty when there is no map (readable names), or when names.age is damaged (cut short, a byte
    // changed): the journal still opens, its entries listed as recovered/ID.md with their text, and
    // the user is told why (NamesDamaged; a window's next change writes a whole names.age over it).
    const damaged: Reason[] = [];
    const read = await readNameMapFile(fs, sealingOf(keys)).catch((error: unknown) => {
      if (error instanceof NamesDamaged) {
        damaged.push(reason('names-damaged-unlock', NAMES_PATH));
        return undefined;
      }
      throw error;
    });
    const names = new EntryNames(read?.map ?? new Map());
    const warnings = [...marker === undefined ? [] : [reason(marker.undo ? 'run-interrupted-undo' : 'run-interrupted', reason(RUNS[marker.operation]), marker.done, marker.total)], ...damaged];
    return { ok: true, journal: { descriptor, keys, names, ...(read === undefined ? {} : { namesGeneration: read.generation }), warnings, stamp } };
  } catch (error) {
    if (error instanceof MigrationStop) {
      // A name map sealed to another key (an identity journal opened with the wrong file) is a wrong key too.
      const wrongKey = error.kind === 'key' || (credential.kind === 'identity' && error.failure?.kind === 'wrong-key');
      return refused(wrongKey ? 'key' : 'journal', error.why === undefined ? reason('as-is', error.message.replace(/; nothing was changed$/, '')) : bareReason(error.why));
    }
    if (error instanceof AgeError) {
      return refused('journal', ageReason(error.failure));
    }
    return refused('journal', reason('state-unreadable', fsProblem(error)));
  }
}
