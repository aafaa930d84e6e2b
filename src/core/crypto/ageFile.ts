// One file's bytes in and out of the age format (https://age-encryption.org/v1), through the
// age-encryption library, which runs in Node and in a browser web worker (WebCrypto for X25519, the
// noble libraries for the rest). No file system here: callers pass bytes and a name for messages.
//
// Contract of `open`: it never throws for a bad file. Every failure comes back as a value naming the
// file (ageFailure.ts), so one damaged entry never hides which one it was or stops the others. It
// rejects only when the keys it was given are not valid age keys, which ageKeys.ts checks first.
import { Decrypter, Encrypter, armor } from 'age-encryption';
import { errorMessage } from '../text/errorMessage';
import { ageFailure, type AgeFailure, type KeysGiven } from './ageFailure';
import { isArmored, summarizeHeader } from './ageHeader';
import { fromUtf8 } from './bytes';
import { ageHostCrypto } from './ageHostCrypto';
import { importX25519Identity, x25519Scalar } from './x25519Key';

/**
 * The scrypt work factor (log2 of N; r = 8, p = 1) for passphrases: 18, age-encryption's default
 * and recommended value (`Encrypter.setScryptWorkFactor`: "The default is 18. Using a lower value will
 * require stronger passphrases"), and the reference `age` tool's too. N = 2^18 takes 256 MiB and, in
 * the library's JavaScript scrypt, about 1–10 s on this project's machines, which is why a journal
 * derives a key from the passphrase once (journalKey.ts), not once per entry.
 */
export const SCRYPT_WORK_FACTOR = 18;

/** The highest work factor the library will open (it refuses more, to bound the memory a file can ask for). */
export const MAX_OPENABLE_WORK_FACTOR = 20;

/** What to encrypt to: a passphrase (`age -p`), or one or more recipients (`age -r age1…`). */
export type EncryptTo =
  | { readonly passphrase: string; readonly workFactor?: number }
  | { readonly recipients: readonly string[] };

/** What to try when opening: passphrases for `scrypt` files, identities (`AGE-SECRET-KEY-1…`) for the rest. */
export interface AgeKeys {
  readonly passphrases: readonly string[];
  readonly identities: readonly string[];
}

export type OpenResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly failure: AgeFailure };

export interface AgeSealer {
  /** The bytes as a binary (not armored) age file. A fresh file key and nonce every call. */
  seal(plain: Uint8Array): Promise<Uint8Array>;
}

export interface AgeOpener {
  /** The plaintext of `bytes` (binary or armored age), or why not; `file` names it in the failure. */
  open(file: string, bytes: Uint8Array): Promise<OpenResult>;
}

/**
 * A sealer for `to`. Recipients are checked here: an invalid one throws (parse user input with
 * ageKeys.ts first, which reports it with its line).
 */
export function createSealer(to: EncryptTo): AgeSealer {
  const encrypter = new Encrypter();
  if ('passphrase' in to) {
    if (to.passphrase === '') {
      throw new Error('an empty passphrase protects nothing');
    }
    const native = ageHostCrypto(); // The host's scrypt (a Node host's is native), else the library's.
    if (native === undefined) {
      encrypter.setScryptWorkFactor(to.workFactor ?? SCRYPT_WORK_FACTOR);
      encrypter.setPassphrase(to.passphrase);
    } else {
      encrypter.addRecipient(native.passphraseRecipient(to.passphrase, to.workFactor ?? SCRYPT_WORK_FACTOR));
    }
  } else {
    if (to.recipients.length === 0) {
      throw new Error('no recipient to encrypt to');
    }
    for (const recipient of to.recipients) {
      encrypter.addRecipient(recipient);
    }
  }
  return { seal: (plain) => encrypter.encrypt(plain) };
}

/** Stanza types the library opens with a passphrase or an identity (tag types need a plugin). */
const OPENABLE = new Set(['scrypt', 'X25519', 'mlkem768x25519']);

/**
 * A decrypter for the keys: the host's native identities where it installed them (ageHostCrypto.ts),
 * else the library's, X25519 identities imported once as WebCrypto keys where possible.
 */
async function decrypterFor(keys: AgeKeys): Promise<Decrypter> {
  const decrypter = new Decrypter();
  const native = ageHostCrypto();
  for (const passphrase of keys.passphrases) {
    if (native === undefined) {
      decrypter.addPassphrase(passphrase);
    } else {
      decrypter.addIdentity(native.passphraseIdentity(passphrase));
    }
  }
  for (const identity of keys.identities) {
    const scalar = native?.x25519Identity === undefined ? undefined : x25519Scalar(identity);
    if (native?.x25519Identity !== undefined && scalar !== undefined) {
      decrypter.addIdentity(native.x25519Identity(scalar));
      continue;
    }
    const imported = await importX25519Identity(identity);
    decrypter.addIdentity((imported ?? identity) as Parameters<Decrypter['addIdentity']>[0]);
  }
  return decrypter;
}

/**
 * The host's whole-file opener for files sealed to the keys' X25519 identities (ageHostCrypto.ts
 * `openFile`: native in a Node host), or undefined where the host has none.
 */
function fastOpenerFor(keys: AgeKeys): ((bytes: Uint8Array) => Uint8Array | undefined) | undefined {
  const native = ageHostCrypto();
  const { openFile, x25519Identity } = native ?? {};
  if (openFile === undefined || x25519Identity === undefined) {
    return undefined;
  }
  const identities = keys.identities.map(x25519Scalar).filter((scalar) => scalar !== undefined).map((scalar) => x25519Identity(scalar));
  return identities.length === 0 ? undefined : (bytes) => openFile(bytes, identities);
}

export function createOpener(keys: AgeKeys): AgeOpener {
  let decrypter: Promise<Decrypter> | undefined;
  let fast: ((bytes: Uint8Array) => Uint8Array | undefined) | undefined | null = null;
  const given: KeysGiven = { passphrases: keys.passphrases.length, identities: keys.identities.length };
  const fastOpen = (bytes: Uint8Array): Uint8Array | undefined => {
    fast = fast === null ? fastOpenerFor(keys) : fast;
    return fast?.(bytes);
  };
  return {
    open: async (file, bytes) => {
      const failed = (kind: AgeFailure['kind'], detail?: string): OpenResult => ({ ok: false, failure: ageFailure(file, kind, given, detail) });
      // The host's one-call path for an entry sealed to the journal's key, tried before anything else
      // reads the header (it reads it itself, and a cold index opens every entry): undefined for
      // anything it does not open (armor, a passphrase, another key, damage), which the steps below
      // then open or explain as before.
      const quick = given.identities > 0 ? fastOpen(bytes) : undefined;
      if (quick !== undefined) {
        return { ok: true, bytes: quick };
      }
      let binary = bytes;
      if (isArmored(bytes)) {
        const text = fromUtf8(bytes);
        try {
          binary = armor.decode(text ?? '');
        } catch (error) {
          return failed('damaged', `armor: ${errorMessage(error)}`);
        }
      }
      const header = summarizeHeader(binary);
      if (!header.ok) {
        switch (header.problem) {
          case 'not-age':
            return failed('not-age');
          case 'truncated':
            return failed('truncated', binary.length === 0 ? 'the file is empty' : 'the header is incomplete');
          case 'unsupported-version':
            return failed('unsupported', 'a format version other than v1');
          case 'malformed':
            return failed('damaged', 'the header is malformed');
        }
      }
      if (!header.hasBody) {
        return failed('truncated', 'nothing after the header');
      }
      const scrypt = header.stanzaTypes.includes('scrypt');
      if (!header.stanzaTypes.some((type) => OPENABLE.has(type))) {
        return failed('unsupported', `encrypted to ${header.stanzaTypes.join(', ') || 'no recipient'}, which needs an age plugin`);
      }
      if (scrypt ? given.passphrases === 0 : given.identities === 0) {
        return failed(scrypt ? 'wrong-passphrase' : 'wrong-key'); // Nothing to try: no pointless key derivation.
      }
      if (!scrypt && binary !== bytes) {
        const plain = fastOpen(binary); // An armored entry, once unwrapped.
        if (plain !== undefined) {
          return { ok: true, bytes: plain };
        }
      }
      decrypter ??= decrypterFor(keys); // Rejects only for keys that are not keys (ageKeys.ts checks them first).
      const ready = await decrypter;
      try {
        const native = ageHostCrypto()?.openPayload; // The host's ChaCha20-Poly1305 (native in Node), else the library's streams.
        const plain = native === undefined
          ? await ready.decrypt(binary)
          : native(await ready.decryptHeader(binary.subarray(0, header.headerLength)), binary.subarray(header.headerLength));
        return { ok: true, bytes: plain };
      } catch (error) {
        const detail = errorMessage(error);
        if (detail.startsWith('no identity matched')) {
          return failed(scrypt ? 'wrong-passphrase' : 'wrong-key');
        }
        if (detail.startsWith('stream ended before')) {
          return failed('truncated', detail);
        }
        if (detail.includes('work factor is too high')) {
          return failed('unsupported', `a scrypt work factor above ${MAX_OPENABLE_WORK_FACTOR}`);
        }
        return failed('damaged', detail); // A bad header MAC, a payload that does not authenticate, a bad stanza.
      }
    },
  };
}
