// How a passphrase turns into age's `scrypt` recipient (to seal a file) and identity (to open one).
// By default the age library's own, which run scrypt in JavaScript and synchronously: at the
// recommended work factor (2^18) that is seconds to tens of seconds on a busy machine, with the thread
// blocked. A Node host installs native ones at start (src/node/crypto/nativeScrypt.ts: node:crypto's
// scrypt on the thread pool), behind the library's own Identity and Recipient interfaces, so the
// library still parses, checks and decrypts the file; the web host keeps the library's.
//
// Contract of an installed pair: byte for byte what the library would accept and write (same stanza,
// same checks, the same error messages for a bad stanza or a work factor over the library's limit),
// so ageFile.ts maps every failure as before.
import type { Identity, Recipient } from 'age-encryption';

export interface PassphraseCrypto {
  /** Opens `-> scrypt SALT LOGN` stanzas with this passphrase; null when it does not open them. */
  identity(passphrase: string): Identity;
  /** Seals a file key to this passphrase at work factor `logN` (one scrypt stanza). */
  recipient(passphrase: string, logN: number): Recipient;
}

let installed: PassphraseCrypto | undefined;

/** Installs the host's passphrase crypto for this process (undefined: back to the library's). */
export function installPassphraseCrypto(crypto: PassphraseCrypto | undefined): void {
  installed = crypto;
}

/** The installed passphrase crypto, or undefined when the library's own is used. */
export function passphraseCrypto(): PassphraseCrypto | undefined {
  return installed;
}
