// The host's own crypto for age files, where it has faster crypto than the age library's. By default
// (and in the web host) the library does everything: its scrypt is JavaScript and synchronous — at
// the recommended work factor (2^18) seconds to tens of seconds on a busy machine, the thread blocked
// — and each file's X25519 and payload go through WebCrypto, web streams and JavaScript ChaCha20. A
// Node host installs native pieces at start (src/node/crypto/nativeScrypt.ts, nativeAge.ts:
// node:crypto), behind the library's own Identity and Recipient interfaces, so the library still
// parses the header and checks its MAC — except for an entry sealed to the journal's X25519 key in
// the canonical form, which a Node host opens whole natively (`openFile`), falling back to the
// library for anything else.
//
// Contract of what is installed: byte for byte what the library accepts and writes (same stanzas,
// same checks, the same error messages for a bad stanza or a work factor over the library's limit; a
// payload that does not authenticate throws), so ageFile.ts maps every failure as before.
import type { Identity, Recipient } from 'age-encryption';

export interface AgeHostCrypto {
  /** Opens `-> scrypt SALT LOGN` stanzas with this passphrase; null when it does not open them. */
  passphraseIdentity(passphrase: string): Identity;
  /** Seals a file key to this passphrase at work factor `logN` (one scrypt stanza). */
  passphraseRecipient(passphrase: string, logN: number): Recipient;
  /** Opens `-> X25519 SHARE` stanzas with this 32-byte private scalar (from `AGE-SECRET-KEY-1…`). */
  x25519Identity?(scalar: Uint8Array): Identity;
  /**
   * The plaintext of an age payload (the 16-byte nonce, then the STREAM chunks) under `fileKey`;
   * throws when it does not authenticate or is cut at a chunk boundary.
   */
  openPayload?(fileKey: Uint8Array, payload: Uint8Array): Uint8Array;
  /**
   * A whole binary age file opened by one of `identities` (from `x25519Identity`), synchronously,
   * when its header is in canonical form and everything authenticates; undefined otherwise, and the
   * library is asked (it opens the file, or says why not). A fast path that never fails a file.
   */
  openFile?(bytes: Uint8Array, identities: readonly Identity[]): Uint8Array | undefined;
}

let installed: AgeHostCrypto | undefined;

/** Installs the host's crypto for this process (undefined: back to the library's). */
export function installAgeHostCrypto(crypto: AgeHostCrypto | undefined): void {
  installed = crypto;
}

/** The installed host crypto, or undefined when the library's own is used. */
export function ageHostCrypto(): AgeHostCrypto | undefined {
  return installed;
}
