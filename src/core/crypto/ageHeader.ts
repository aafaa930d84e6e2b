// A light reading of an age file's header (https://age-encryption.org/v1): which kinds of stanza it
// holds (`scrypt` for a passphrase, `X25519` for a key, …) and whether it is complete. It decides
// nothing about security — the age-encryption library does all the checking — it only lets a failure
// be explained: "encrypted with a passphrase" and "encrypted to another key" are different messages,
// and a file cut short in its header is told from one that is not age at all.

export const AGE_MAGIC = 'age-encryption.org/';
export const AGE_V1 = 'age-encryption.org/v1';
export const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';

/** The payload's nonce, before its chunks. */
const NONCE = 16;
/** Each chunk's authentication tag, after its (at most CHUNK) bytes of text. */
const TAG = 16;
const CHUNK = 64 * 1024;
/** Nonce (16 bytes) and the smallest possible payload (one empty chunk's 16-byte tag). */
const MIN_BODY = NONCE + TAG;
/** A header longer than this is not one this product wrote or `age` writes for a few recipients. */
const MAX_HEADER = 64 * 1024;

export type HeaderSummary =
  | {
    readonly ok: true;
    /** The first argument of each stanza, in order: `scrypt`, `X25519`, `mlkem768x25519`, a plugin's name. */
    readonly stanzaTypes: readonly string[];
    /** Bytes from the start of the file to the end of the MAC line. */
    readonly headerLength: number;
    /** Whether the file is long enough to hold the nonce and at least one sealed chunk. */
    readonly hasBody: boolean;
  }
  | { readonly ok: false; readonly problem: 'not-age' | 'unsupported-version' | 'truncated' | 'malformed' };

/** Reads the header of binary (not armored) age `bytes`. */
export function summarizeHeader(bytes: Uint8Array): HeaderSummary {
  const lines: string[] = [];
  let lineStart = 0;
  let end = -1;
  for (let at = 0; at < Math.min(bytes.length, MAX_HEADER); at++) {
    const byte = bytes[at] ?? 0;
    if (byte === 0x0a) {
      const line = String.fromCharCode(...bytes.subarray(lineStart, at));
      lines.push(line);
      lineStart = at + 1;
      if (lines.length === 1 && !line.startsWith(AGE_MAGIC)) {
        return { ok: false, problem: 'not-age' };
      }
      if (line.startsWith('--- ')) {
        end = at + 1;
        break;
      }
    } else if (byte < 0x20 || byte > 0x7e) {
      // The header is printable ASCII; a binary byte before the MAC line is damage or not age.
      return { ok: false, problem: lines.length === 0 && !startsWithMagic(bytes) ? 'not-age' : 'malformed' };
    }
  }
  if (end < 0) {
    if (!startsWithMagic(bytes)) {
      return { ok: false, problem: 'not-age' };
    }
    return { ok: false, problem: bytes.length >= MAX_HEADER ? 'malformed' : 'truncated' };
  }
  if (lines[0] !== AGE_V1) {
    return { ok: false, problem: 'unsupported-version' };
  }
  const stanzaTypes = lines.filter((line) => line.startsWith('-> ')).map((line) => line.split(' ')[1] ?? '');
  return { ok: true, stanzaTypes, headerLength: end, hasBody: bytes.length - end >= MIN_BODY };
}

function startsWithMagic(bytes: Uint8Array): boolean {
  // An empty file, or one that stops inside the magic line, was cut short rather than never age.
  return AGE_MAGIC.startsWith(String.fromCharCode(...bytes.subarray(0, AGE_MAGIC.length)));
}

/** Whether the bytes look like an ASCII-armored age file (`age -a`), leading whitespace allowed. */
export function isArmored(bytes: Uint8Array): boolean {
  let at = 0;
  while (at < bytes.length && (bytes[at] === 0x20 || bytes[at] === 0x09 || bytes[at] === 0x0a || bytes[at] === 0x0d)) {
    at++;
  }
  return String.fromCharCode(...bytes.subarray(at, at + ARMOR_BEGIN.length)) === ARMOR_BEGIN;
}

/**
 * The scrypt work factor (log2 of N) of a binary age file sealed with a passphrase, from its stanza
 * `-> scrypt SALT LOGN`; undefined when the file has no such stanza or is not a readable age header.
 */
export function scryptWorkFactorOf(bytes: Uint8Array): number | undefined {
  const header = summarizeHeader(bytes);
  if (!header.ok) {
    return undefined;
  }
  const text = String.fromCharCode(...bytes.subarray(0, header.headerLength));
  const stanza = /^-> scrypt \S+ ([1-9]\d?)$/m.exec(text);
  return stanza?.[1] === undefined ? undefined : Number(stanza[1]);
}

/**
 * The length of the text sealed in a binary age file, told from the file's length without opening
 * it: the payload is a nonce, then chunks of 64 KiB of text (the last one shorter, and empty only when
 * the whole text is), each followed by its 16-byte tag. Undefined when the bytes are not a complete
 * age header followed by a payload of a length age can write (armored, cut short, damaged): only
 * opening the file can say more. It proves nothing about the file; opening it does.
 */
export function plaintextSizeOf(bytes: Uint8Array): number | undefined {
  const header = summarizeHeader(bytes);
  if (!header.ok || !header.hasBody) {
    return undefined;
  }
  const chunked = bytes.length - header.headerLength - NONCE;
  const chunks = Math.ceil(chunked / (CHUNK + TAG));
  const last = chunked - (chunks - 1) * (CHUNK + TAG) - TAG;
  if (last < 0 || (last === 0 && chunks > 1)) {
    return undefined;
  }
  return chunked - chunks * TAG;
}
