// age's X25519 identity (https://age-encryption.org/v1, "The X25519 recipient type") with
// node:crypto: the shared secret by `diffieHellman` on raw keys, the wrapping key by HKDF-SHA256,
// the file key by ChaCha20-Poly1305 — native and synchronous, instead of a WebCrypto key import and
// an asynchronous deriveBits per file in the age library. The share is imported from raw bytes (as a
// JWK), not from DER: see publicKeyOf. It plugs into the library through its
// Identity interface (core/crypto/ageHostCrypto.ts, installed by nativeAgeCrypto.ts).
//
// Contract: the library's checks and messages (a stanza with other than one 32-byte share throws
// "invalid X25519 stanza"; a share that gives an all-zero secret throws); a stanza for another key
// is skipped, and no stanza of ours is null.
import { createPrivateKey, createPublicKey, diffieHellman, type KeyObject } from 'node:crypto';
import type { Identity, Stanza } from 'age-encryption';
import { decodeBase64, hkdf32, openFileKey } from './fileKeyWrap';

/** DER prefixes of a raw X25519 private key (PKCS #8) and public key (SubjectPublicKeyInfo). */
const PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');
const LABEL = 'age-encryption.org/v1/X25519';
const KEY = 32;

/**
 * A raw X25519 public key (a stanza's share) as a key object. Imported as a JWK, which Node turns into
 * a key straight from its raw bytes; the same key from DER goes through OpenSSL's generic decoders,
 * about ten times slower (0.2–0.3 ms against 0.02–0.03 ms here), and this runs once per file opened:
 * it was the largest part of a cold index of an encrypted journal.
 */
function publicKeyOf(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });
}

export class NativeX25519Identity implements Identity {
  private readonly privateKey: KeyObject;
  /** This identity's recipient (public key), raw: half of the HKDF salt. */
  private readonly recipient: Buffer;

  constructor(scalar: Uint8Array) {
    this.privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, scalar]), format: 'der', type: 'pkcs8' });
    this.recipient = createPublicKey(this.privateKey).export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);
  }

  unwrapFileKey(stanzas: Stanza[]): Uint8Array | null {
    for (const stanza of stanzas) {
      if (stanza.args[0] !== 'X25519') {
        continue;
      }
      const share = stanza.args.length === 2 ? decodeBase64(stanza.args[1], KEY) : undefined;
      if (share === undefined) {
        throw new Error('invalid X25519 stanza');
      }
      // OpenSSL refuses a share of small order (an all-zero secret), as WebCrypto does for the library.
      const secret = diffieHellman({ privateKey: this.privateKey, publicKey: publicKeyOf(share) });
      const key = hkdf32(secret, Buffer.concat([share, this.recipient]), LABEL);
      const fileKey = openFileKey(key, stanza.body);
      if (fileKey !== null) {
        return fileKey;
      }
    }
    return null;
  }
}
