// Byte helpers for the encryption code: UTF-8 without Node's Buffer (the core runs in a web worker),
// and a comparison that the migration uses to prove a file decrypts to exactly what it read.
import { strictUtf8Decoder, utf8Encoder } from './webGlobals';

const encoder = utf8Encoder();
const strictDecoder = strictUtf8Decoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The text of UTF-8 bytes, or undefined when they are not valid UTF-8 (never a replacement char). */
export function fromUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Whether two byte arrays hold the same bytes. Not constant-time: never use it on secrets. Compares
 * four bytes at a time where both arrays start on a four-byte boundary of their buffers (a whole
 * names.age of 10,000 names is ~600 KB, read and compared at each save of an opaque journal), and
 * byte by byte otherwise and for the tail.
 */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) {
    return false;
  }
  let from = 0;
  if (a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
    const words = a.length >>> 2;
    const left = new Uint32Array(a.buffer, a.byteOffset, words);
    const right = new Uint32Array(b.buffer, b.byteOffset, words);
    for (let i = 0; i < words; i++) {
      if (left[i] !== right[i]) {
        return false;
      }
    }
    from = words * 4;
  }
  for (let i = from; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return true;
}

