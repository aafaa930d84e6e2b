// A whole age file opened with node:crypto in one synchronous call (https://age-encryption.org/v1):
// the header read from the bytes, the file key unwrapped by the host's native identities, the header
// MAC checked (HKDF-SHA256 and HMAC-SHA256), then the payload (nativePayload.ts). The age library
// does the same through a web stream, JavaScript SHA-256 and several promises per file, which was
// most of what was left of opening an entry once X25519 and the payload were native.
//
// Contract: a fast path that only ever succeeds. It gives the plaintext when the header is in the
// canonical form age and this product write (the version line; stanzas `-> ARGS` with bodies in
// lines of 64 base64 characters, the last one shorter; `--- MAC`; every byte printable ASCII; no
// passphrase stanza, which age requires to stand alone and leaves to the library), one of
// `identities` opens it synchronously, and the MAC and every chunk authenticate. Anything else —
// another form the library may still accept, another key, damage — gives undefined, and the caller
// asks the library, which opens the file or says why not in its own words. So a file opened here is
// one the library opens to the same bytes, and a file that fails fails exactly as before.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Stanza, type Identity } from 'age-encryption';
import { AGE_V1 } from '../../core/crypto/ageHeader';
import { decodeBase64, hkdf32 } from './fileKeyWrap';
import { openPayload } from './nativePayload';

const NEWLINE = 0x0a;
/** Bytes per full body line (64 base64 characters); the body ends at the first shorter line. */
const BODY_LINE = 48;
const MAC = 32;
/** Headers this product writes are a few hundred bytes; a longer one goes to the library. */
const MAX_HEADER = 16 * 1024;

export interface CanonicalHeader {
  readonly stanzas: Stanza[];
  /** The header up to and including the `---` of the MAC line: what the MAC covers. */
  readonly covered: Uint8Array;
  readonly mac: Uint8Array;
  /** Bytes from the start of the file to the end of the MAC line. */
  readonly length: number;
}

/** The text of the line from `start` to `end`, when it is printable ASCII only; else undefined. */
function asciiLine(bytes: Uint8Array, start: number, end: number): string | undefined {
  for (let at = start; at < end; at++) {
    const byte = bytes[at] as number;
    if (byte < 0x20 || byte > 0x7e) {
      return undefined;
    }
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
}

/** The header of `bytes` when it is in canonical form; undefined for anything else (the library decides). */
export function readCanonicalHeader(bytes: Uint8Array): CanonicalHeader | undefined {
  const stanzas: Stanza[] = [];
  let args: string[] | undefined;
  let body: Buffer[] = [];
  let start = 0;
  for (let line = 0; start < Math.min(bytes.length, MAX_HEADER); line++) {
    const end = bytes.indexOf(NEWLINE, start);
    if (end < 0 || end > MAX_HEADER) {
      return undefined;
    }
    const text = asciiLine(bytes, start, end);
    if (text === undefined) {
      return undefined;
    }
    if (line === 0) {
      if (text !== AGE_V1) {
        return undefined;
      }
    } else if (args !== undefined) {
      // A body line: canonical base64 of at most 48 bytes; a shorter one (perhaps empty) ends the body.
      const length = Math.floor((text.length * 3) / 4);
      const decoded = length <= BODY_LINE ? decodeBase64(text, length) : undefined;
      if (decoded === undefined) {
        return undefined;
      }
      body.push(decoded);
      if (decoded.length < BODY_LINE) {
        stanzas.push(new Stanza(args, new Uint8Array(Buffer.concat(body))));
        args = undefined;
        body = [];
      }
    } else if (text.startsWith('-> ')) {
      args = text.slice(3).split(' ');
      if (args.some((arg) => arg === '')) {
        return undefined;
      }
    } else if (text.startsWith('--- ')) {
      const mac = decodeBase64(text.slice(4), MAC);
      if (mac === undefined || stanzas.length === 0) {
        return undefined;
      }
      return { stanzas, covered: bytes.subarray(0, start + 3), mac, length: end + 1 };
    } else {
      return undefined;
    }
    start = end + 1;
  }
  return undefined;
}

/** The file key that one of `identities` unwraps synchronously, or undefined. */
function fileKeyOf(stanzas: Stanza[], identities: readonly Identity[]): Uint8Array | undefined {
  for (const identity of identities) {
    const key = identity.unwrapFileKey(stanzas);
    if (key instanceof Uint8Array) {
      return key;
    }
  }
  return undefined;
}

/** Whether `mac` is the header MAC of `covered` under `fileKey`: HMAC-SHA256 keyed by HKDF(file key, "header"). */
function macMatches(fileKey: Uint8Array, covered: Uint8Array, mac: Uint8Array): boolean {
  const key = hkdf32(fileKey, new Uint8Array(0), 'header');
  return timingSafeEqual(createHmac('sha256', key).update(covered).digest(), mac);
}

/**
 * The plaintext of the binary age file `bytes`, opened by one of `identities` (synchronous native
 * ones: nativeX25519.ts), when everything is canonical and authenticates; otherwise undefined.
 */
export function openFile(bytes: Uint8Array, identities: readonly Identity[]): Uint8Array | undefined {
  try {
    const header = readCanonicalHeader(bytes);
    // A passphrase's stanza must stand alone (age's rule): such a file is the library's to judge.
    if (header === undefined || header.stanzas.some((stanza) => stanza.args[0] === 'scrypt')) {
      return undefined;
    }
    const fileKey = fileKeyOf(header.stanzas, identities);
    if (fileKey === undefined || !macMatches(fileKey, header.covered, header.mac)) {
      return undefined;
    }
    return openPayload(fileKey, bytes.subarray(header.length));
  } catch {
    return undefined; // A bad stanza, a payload that does not authenticate: the library says which.
  }
}
