// An age payload opened with node:crypto (https://age-encryption.org/v1, "Payload"): the payload key
// is HKDF-SHA256(file key, salt = the payload's 16-byte nonce, info "payload"), and the text is sealed
// in chunks of 64 KiB with ChaCha20-Poly1305 under the STREAM nonce — an 11-byte big-endian chunk
// counter and a last-chunk flag byte. One native call per chunk instead of the age library's web
// streams and JavaScript cipher.
//
// Contract (the library's): throws when a chunk does not authenticate, when the file is cut at a chunk
// boundary (the last chunk is not flagged last), and when a last chunk other than the first is empty.
import { createDecipheriv } from 'node:crypto';
import { hkdf32 } from './fileKeyWrap';

const NONCE = 16;
const TAG = 16;
const CHUNK = 64 * 1024;

export function openPayload(fileKey: Uint8Array, payload: Uint8Array): Uint8Array {
  if (payload.length < NONCE) {
    throw new Error('stream ended before the payload nonce');
  }
  const key = hkdf32(fileKey, payload.subarray(0, NONCE), 'payload');
  const sealed = payload.subarray(NONCE);
  const chunks = Math.max(1, Math.ceil(sealed.length / (CHUNK + TAG)));
  const plain = new Uint8Array(Math.max(0, sealed.length - chunks * TAG));
  const nonce = Buffer.alloc(12);
  for (let index = 0; index < chunks; index++) {
    const chunk = sealed.subarray(index * (CHUNK + TAG), (index + 1) * (CHUNK + TAG));
    const last = index === chunks - 1;
    nonce.writeUIntBE(index, 5, 6); // The counter's low six bytes: more chunks than 2^48 cannot occur here.
    nonce[11] = last ? 1 : 0;
    if (chunk.length < TAG) {
      throw new Error('invalid tag');
    }
    const decipher = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG });
    decipher.setAuthTag(chunk.subarray(chunk.length - TAG));
    const text = decipher.update(chunk.subarray(0, chunk.length - TAG));
    decipher.final(); // Throws when the tag does not authenticate.
    if (last && index > 0 && text.length === 0) {
      throw new Error('final chunk is empty');
    }
    plain.set(text, index * CHUNK);
  }
  return plain;
}
