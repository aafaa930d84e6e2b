// age's passphrase recipient and identity (https://age-encryption.org/v1, "The scrypt recipient
// type") with node:crypto: scrypt on libuv's thread pool, so the extension host and the CLI stay
// responsive while a key is derived, and in native code, several times faster than the age library's
// JavaScript scrypt. They plug into the library through its own Identity and Recipient interfaces
// (core/crypto/ageHostCrypto.ts, installed by nativeAgeCrypto.ts), so the library still parses the header, checks its MAC and
// decrypts the payload.
//
// Contract: the same stanza the library writes and the same checks it makes when opening, with its
// error messages (a second stanza beside scrypt, a malformed stanza, a work factor above the
// library's limit of 2^20 are thrown; a passphrase that does not open the stanza is null).
import { randomBytes, scrypt } from 'node:crypto';
import { Stanza, type Identity, type Recipient } from 'age-encryption';
import { MAX_OPENABLE_WORK_FACTOR } from '../../core/crypto/ageFile';
import { decodeBase64, encodeBase64, openFileKey, sealFileKey } from './fileKeyWrap';

const LABEL = 'age-encryption.org/v1/scrypt';
const SALT = 16;
const R = 8;

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
      if (stanza.body.length !== 32) {
        throw new Error('invalid stanza'); // Checked before the slow scrypt, as openFileKey would after it.
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

export class NativeScryptRecipient implements Recipient {
  constructor(private readonly passphrase: string, private readonly logN: number) {}

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    const salt = randomBytes(SALT);
    const key = await wrappingKey(this.passphrase, salt, this.logN);
    return [new Stanza(['scrypt', encodeBase64(salt), String(this.logN)], sealFileKey(key, fileKey))];
  }
}
