// What age's native stanzas share (https://age-encryption.org/v1): the 16-byte file key sealed with
// ChaCha20-Poly1305 under a wrapping key and an all-zero nonce (each wrapping key seals exactly one
// file key), and arguments in strict unpadded base64. node:crypto, for the Node hosts.
import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';

export const FILE_KEY = 16;
const TAG = 16;
const ZERO_NONCE = Buffer.alloc(12);

const ONE = Buffer.of(1);

/**
 * HKDF-SHA256 (RFC 5869) of 32 bytes: the extract and the one expand step as two HMACs. Equal to
 * `hkdfSync('sha256', ikm, salt, info, 32)`, at about half its cost: hkdfSync makes key objects of
 * its inputs each call, and opening an entry derives three keys.
 */
export function hkdf32(ikm: Uint8Array, salt: Uint8Array, info: string): Buffer {
  const pseudoRandomKey = createHmac('sha256', salt).update(ikm).digest();
  return createHmac('sha256', pseudoRandomKey).update(info, 'latin1').update(ONE).digest();
}

/** Strict unpadded standard base64 of `bytes` bytes (age's encoding), or undefined. */
export function decodeBase64(text: string | undefined, bytes: number): Buffer | undefined {
  if (text === undefined || !/^[A-Za-z0-9+/]*$/.test(text)) {
    return undefined;
  }
  const decoded = Buffer.from(text, 'base64');
  // Canonical only: re-encoding gives the same text (no stray bits in the last character).
  return decoded.length === bytes && encodeBase64(decoded) === text ? decoded : undefined;
}

export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/=+$/, '');
}

/**
 * The file key sealed in a stanza's `body` under `key`, or null when `key` does not open it. A body
 * that is not 32 bytes throws, in the library's words.
 */
export function openFileKey(key: Uint8Array, body: Uint8Array): Uint8Array | null {
  if (body.length !== FILE_KEY + TAG) {
    throw new Error('invalid stanza');
  }
  const decipher = createDecipheriv('chacha20-poly1305', key, ZERO_NONCE, { authTagLength: TAG });
  decipher.setAuthTag(body.subarray(FILE_KEY));
  const head = decipher.update(body.subarray(0, FILE_KEY));
  try {
    return new Uint8Array(Buffer.concat([head, decipher.final()]));
  } catch {
    return null; // Another key: the tag does not authenticate.
  }
}

/** The file key sealed under `key`: 16 bytes of ciphertext and a 16-byte tag. */
export function sealFileKey(key: Uint8Array, fileKey: Uint8Array): Uint8Array {
  const cipher = createCipheriv('chacha20-poly1305', key, ZERO_NONCE, { authTagLength: TAG });
  return new Uint8Array(Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]));
}
