// The keys of a journal. With a passphrase, the journal has its own age identity, generated once and
// kept in key.age sealed with the passphrase (scrypt at the work factor in ageFile.ts): unlocking
// costs one key derivation per window, and each entry is sealed to the journal's X25519 recipient,
// which costs a fraction of a millisecond to open — a key derivation per entry would cost seconds
// each. With identities (age keys the user keeps in a file), entries are sealed to their recipients.
import { createOpener, createSealer, type AgeKeys } from '../crypto/ageFile';
import type { AgeFailure } from '../crypto/ageFailure';
import { newIdentity, parseIdentities, recipientOf } from '../crypto/ageKeys';
import { fromUtf8, utf8 } from '../crypto/bytes';
import { passphraseCandidates } from '../crypto/passphrase';
import { reason, type Reason } from './reasons';

export type Credential =
  | { readonly kind: 'passphrase'; readonly passphrase: string }
  | {
    readonly kind: 'identity';
    /** `AGE-SECRET-KEY-1…` lines, already read from the user's identity file. */
    readonly identities: readonly string[];
    /**
     * Recipients entries are sealed to besides the identities' own (a backup key, say). The
     * identities' own are always included: a run proves every file it writes opens before it
     * removes anything, and you must be able to read what you encrypted.
     */
    readonly recipients?: readonly string[];
  };

export interface JournalKeys {
  /** What new and re-encrypted entries are sealed to. */
  readonly recipients: readonly string[];
  /** What opens the journal's files: its identity, and the passphrase itself for files `age -p` wrote. */
  readonly open: AgeKeys;
}

export type KeyOpen = { readonly ok: true; readonly keys: JournalKeys } | { readonly ok: false; readonly failure: AgeFailure | Reason };

/** Keys for identities: sealed to their own recipients and any `extra`, opened with the identities. */
export async function keysOfIdentities(identities: readonly string[], extra: readonly string[] = []): Promise<JournalKeys> {
  const own = await Promise.all(identities.map(recipientOf));
  return { recipients: [...new Set([...own, ...extra])], open: { passphrases: [], identities: [...identities] } };
}

function passphraseKeys(identity: string, recipient: string, passphrase: string): JournalKeys {
  return { recipients: [recipient], open: { passphrases: passphraseCandidates(passphrase), identities: [identity] } };
}

/** A new journal identity and the bytes of its key file, sealed with `passphrase`. */
export async function sealNewJournalKey(passphrase: string, workFactor: number | undefined, now: Date): Promise<{ keys: JournalKeys; file: Uint8Array }> {
  const key = await newIdentity(now);
  const file = await createSealer(workFactor === undefined ? { passphrase } : { passphrase, workFactor }).seal(utf8(key.fileText));
  return { keys: passphraseKeys(key.identity, key.recipient, passphrase), file };
}

/** The journal's keys from its key file (`name` for messages), or why they cannot be had. */
export async function openJournalKey(name: string, file: Uint8Array, passphrase: string): Promise<KeyOpen> {
  const opened = await createOpener({ passphrases: passphraseCandidates(passphrase), identities: [] }).open(name, file);
  if (!opened.ok) {
    return { ok: false, failure: opened.failure };
  }
  const parsed = await parseIdentities(fromUtf8(opened.bytes) ?? '');
  const identity = parsed.ok ? parsed.keys[0] : undefined;
  if (identity === undefined || (parsed.ok && parsed.keys.length !== 1)) {
    return { ok: false, failure: reason('key-file-not-one', name) };
  }
  return { ok: true, keys: passphraseKeys(identity, await recipientOf(identity), passphrase) };
}

/** Both keys at once, for files sealed to either while a passphrase change runs (the names map). */
export function unionOfKeys(a: JournalKeys, b: JournalKeys): JournalKeys {
  return {
    recipients: [...new Set([...a.recipients, ...b.recipients])],
    open: {
      passphrases: [...new Set([...a.open.passphrases, ...b.open.passphrases])],
      identities: [...new Set([...a.open.identities, ...b.open.identities])],
    },
  };
}
