// An X25519 age identity as a WebCrypto key, imported once. The library accepts identities as strings
// and then imports the private key again for every file it opens, which costs an extra scalar
// multiplication per file (WebCrypto computes the public key on import): two thirds of the CPU time of
// opening a small entry. Handing it the imported CryptoKey instead makes opening a journal about twice
// as fast. Where WebCrypto has no X25519 (older browsers), the string is used as before.
import { webCrypto } from './webGlobals';

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const HRP = 'age-secret-key-';
/** PKCS #8 prefix of a raw X25519 private key (the age-encryption library imports keys the same way). */
const PKCS8_PREFIX = [0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x04, 0x22, 0x04, 0x20];

function polymod(values: readonly number[]): number {
  let checksum = 1;
  for (const value of values) {
    const top = checksum >>> 25;
    checksum = ((checksum & 0x1ffffff) << 5) ^ value;
    for (let bit = 0; bit < 5; bit++) {
      if ((top >>> bit) & 1) {
        checksum ^= GENERATOR[bit] ?? 0;
      }
    }
  }
  return checksum;
}

/** The 32-byte scalar of an `AGE-SECRET-KEY-1…` identity (Bech32, checksum checked), or undefined. */
export function x25519Scalar(identity: string): Uint8Array | undefined {
  const lower = identity.toLowerCase();
  if (!lower.startsWith(`${HRP}1`) || identity !== identity.toUpperCase()) {
    return undefined;
  }
  const words: number[] = [];
  for (const char of lower.slice(HRP.length + 1)) {
    const word = CHARSET.indexOf(char);
    if (word < 0) {
      return undefined;
    }
    words.push(word);
  }
  const expanded = [...[...HRP].map((c) => c.charCodeAt(0) >> 5), 0, ...[...HRP].map((c) => c.charCodeAt(0) & 31)];
  if (words.length < 6 || polymod([...expanded, ...words]) !== 1) {
    return undefined;
  }
  const bytes: number[] = [];
  let value = 0;
  let bits = 0;
  for (const word of words.slice(0, -6)) {
    value = (value << 5) | word;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >>> bits) & 0xff);
    }
  }
  return bytes.length === 32 && (value & ((1 << bits) - 1)) === 0 ? Uint8Array.from(bytes) : undefined;
}

/** The identity as a non-extractable WebCrypto X25519 key, or undefined where that is not possible. */
export async function importX25519Identity(identity: string): Promise<unknown> {
  const scalar = x25519Scalar(identity);
  const subtle = webCrypto().subtle;
  if (scalar === undefined || subtle === undefined) {
    return undefined;
  }
  try {
    return await subtle.importKey('pkcs8', Uint8Array.from([...PKCS8_PREFIX, ...scalar]), { name: 'X25519' }, false, ['deriveBits']);
  } catch {
    return undefined; // No X25519 in this runtime's WebCrypto: the library's own path takes over.
  }
}
