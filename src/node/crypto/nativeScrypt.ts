// age's passphrase recipient and identity (https://age-encryption.org/v1, "The scrypt recipient
// type") with node:crypto: scrypt on libuv's thread pool, so the extension host and the CLI stay
// responsive while a key is derived, and in native code, several times faster than the age library's
// JavaScript scrypt. They plug into the library through its own Identity and Recipient interfaces
// (core/crypto/passphraseCrypto.ts), so the library still parses the header, checks its MAC and
// decrypts the payload.
//
// Contract: the same stanza the library writes and the same checks it makes when opening, with its
// error messages (a second stanza beside scrypt, a malformed stanza, a work factor above the
// library's limit of 2^20 are thrown; a passphrase that does not open the stanza is null).
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { Stanza, type Identity, type Recipient } from 'age-encryption';
import { MAX_OPENABLE_WORK_FACTOR } from '../../core/crypto/ageFile';
import type { PassphraseCrypto } from '../../core/crypto/passphraseCrypto';

const LABEL = 'age-encryption.org/v1/scrypt';
const SALT = 16;
const FILE_KEY = 16;
const TAG = 16;
const R = 8;
/** ChaCha20-Poly1305 with an all-zero nonce: each wrapping key seals exactly one file key. */
const ZERO_NONCE = Buffer.alloc(12);

/** The wrapping key: scrypt(passphrase, label || salt, N = 2^logN, r = 8, p = 1), 32 bytes. */
function wrappingKey(passphrase: string, salt: Uint8Array, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  // scrypt needs 128 * N * r bytes (plus a little); Node refuses above `maxmem` (32 MiB by default).
  const maxmem = 128 * N * R + 16 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(Buffer.from(passphrase, 'utf8'), Buffer.concat([Buffer.from(LABEL, 'latin1'), salt]), 32, { N, r: R, p: 1, maxmem }, (error, key) => {
      if (error) {
        reject(error);
      } else {
        resolve(key);
      }
    });
  });
}

/** Strict unpadded standard base64 of `bytes` bytes (age's encoding), or undefined. */
function decodeBase64(text: string | undefined, bytes: number): Buffer | undefined {
  if (text === undefined || !/^[A-Za-z0-9+/]*$/.test(text)) {
    return undefined;
  }
  const decoded = Buffer.from(text, 'base64');
  // Canonical only: re-encoding gives the same text (no stray bits in the last character).
  return decoded.length === bytes && decoded.toString('base64').replace(/=+$/, '') === text ? decoded : undefined;
}

export class NativeScryptIdentity implements Identity {
  constructor(private readonly passphrase: string) {}

  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    for (const stanza of stanzas) {
      if (stanza.args[0] !== 'scrypt') {
        continue;
      }
      if (stanzas.length !== 1) {
        throw new Error('scrypt recipient is not the only one in the header');
      }
      const [, saltText, logNText] = stanza.args;
      if (stanza.args.length !== 3 || logNText === undefined || !/^[1-9][0-9]*$/.test(logNText)) {
        throw new Error('invalid scrypt stanza');
      }
      const salt = decodeBase64(saltText, SALT);
      if (salt === undefined) {
        throw new Error('invalid scrypt stanza');
      }
      const logN = Number(logNText);
      if (logN > MAX_OPENABLE_WORK_FACTOR) {
        throw new Error('scrypt work factor is too high'); // The library's limit and words (ageFile.ts maps them).
      }
      if (stanza.body.length !== FILE_KEY + TAG) {
        throw new Error('invalid stanza');
      }
      const key = await wrappingKey(this.passphrase, salt, logN);
      const fileKey = openFileKey(key, stanza.body);
      if (fileKey !== null) {
        return fileKey;
      }
    }
    return null;
  }
}

/** The file key sealed in `body` (16 bytes and a 16-byte tag), or null when `key` does not open it. */
function openFileKey(key: Buffer, body: Uint8Array): Uint8Array | null {
  const decipher = createDecipheriv('chacha20-poly1305', key, ZERO_NONCE, { authTagLength: TAG });
  decipher.setAuthTag(body.subarray(FILE_KEY));
  const head = decipher.update(body.subarray(0, FILE_KEY));
  try {
    return new Uint8Array(Buffer.concat([head, decipher.final()]));
  } catch {
    return null; // Another passphrase: the tag does not authenticate.
  }
}

export class NativeScryptRecipient implements Recipient {
  constructor(private readonly passphrase: string, private readonly logN: number) {}

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    const salt = randomBytes(SALT);
    const key = await wrappingKey(this.passphrase, salt, this.logN);
    const cipher = createCipheriv('chacha20-poly1305', key, ZERO_NONCE, { authTagLength: TAG });
    const sealed = Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]);
    return [new Stanza(['scrypt', salt.toString('base64').replace(/=+$/, ''), String(this.logN)], new Uint8Array(sealed))];
  }
}

/** The pair a Node host installs (core/crypto/passphraseCrypto.ts). */
export const nativePassphraseCrypto: PassphraseCrypto = {
  identity: (passphrase) => new NativeScryptIdentity(passphrase),
  recipient: (passphrase, logN) => new NativeScryptRecipient(passphrase, logN),
};
