// Where an encrypted journal keeps what: the names of entries before and after encryption, and the
// product's own files in the journal's `.leadership-journal/` folder (a dot-folder, so the index,
// the CLI and the migration's listing never read it as entries).
//
//   .leadership-journal/encryption.json   the journal is encrypted, and how (plain JSON, no secret)
//   .leadership-journal/key.age           passphrase journals: the journal's age identity, itself an
//                                         age file sealed with the passphrase (an "encrypted identity
//                                         file", which `age -d -i key.age` reads after asking for it)
//   .leadership-journal/key.next.age      the new key while a passphrase change runs
//   .leadership-journal/names.age         opaque names: the encrypted map from file to entry name
//   .leadership-journal/migration.json    an encrypt, decrypt or passphrase change is under way
//   .leadership-journal/lock              a run holds the journal (who, since when)
//
// Entry names: `2026/11/2026-11-23.md` is encrypted to `2026/11/2026-11-23.md.age` (readable names),
// or to `<26 random base32 letters>.md.age` at the top of the journal (opaque names). Anything being
// written goes to `<name>.lj-partial` beside its final name first.
import { randomBytes } from '../crypto/webGlobals';

export { DESCRIPTOR_PATH, KEY_PATH, LOCK_PATH, MARKER_PATH, NAMES_PATH, NEXT_KEY_PATH, PRODUCT_FOLDER } from './productFiles';

export const PARTIAL_SUFFIX = '.lj-partial';
export const AGE_SUFFIX = '.age';

export function partialPath(path: string): string {
  return `${path}${PARTIAL_SUFFIX}`;
}

export function isPartialPath(path: string): boolean {
  return path.endsWith(PARTIAL_SUFFIX);
}

/** The path a partial file becomes. */
export function finalPathOf(partial: string): string {
  return partial.slice(0, -PARTIAL_SUFFIX.length);
}

/** A plain entry: `*.md`, any case of `md`, as the index and the CLI read them. */
export function isPlainEntryPath(path: string): boolean {
  return /\.md$/i.test(path);
}

/** An encrypted entry: `*.md.age` (any case). */
export function isEncryptedEntryPath(path: string): boolean {
  return /\.md\.age$/i.test(path);
}

/**
 * Whether a path read from the name map may be written to: relative, inside the journal, not in a
 * dot-folder, an entry (`*.md`). The map is encrypted, but anyone who can write to the folder and
 * knows the public recipient could seal a map of their own; it must not reach outside the journal.
 */
export function isSafeEntryPath(path: string): boolean {
  const parts = path.split('/');
  return isPlainEntryPath(path) && !/[\\\0]/.test(path) && !/^[a-zA-Z]:/.test(path)
    && parts.every((part) => part !== '' && !part.startsWith('.'));
}

/** `2026/11/2026-11-23.md` → `2026/11/2026-11-23.md.age`. */
export function readableEncryptedPath(plainPath: string): string {
  return `${plainPath}${AGE_SUFFIX}`;
}

/** `2026/11/2026-11-23.md.age` → `2026/11/2026-11-23.md`. */
export function readablePlainPath(encryptedPath: string): string {
  return encryptedPath.slice(0, -AGE_SUFFIX.length);
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const OPAQUE_NAME = /^[a-z2-7]{26}\.md\.age$/;

/** A new opaque id: 128 random bits as 26 lower-case base32 letters (no date, kind or order in it). */
export function newOpaqueId(): string {
  const bytes = randomBytes(17); // 136 bits drawn; the first 130 are used.
  let bits = 0;
  let value = 0;
  let id = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && id.length < 26) {
      id += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return id;
}

export function opaquePath(id: string): string {
  return `${id}.md${AGE_SUFFIX}`;
}

/** The id of an opaque entry file at the top of the journal, or undefined for any other path. */
export function opaqueIdOf(path: string): string | undefined {
  return OPAQUE_NAME.test(path) ? path.slice(0, 26) : undefined;
}
