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
//   .leadership-journal/names.lock        a window is changing an opaque journal's entries (namesLock.ts)
//   .leadership-journal/names.generation  opaque names: how many times names.age was written, plain
//                                         (generationStamp.ts), readable when names.age is damaged
//
// Entry names: `2026/11/2026-11-23.md` is encrypted to `2026/11/2026-11-23.md.age` (readable names),
// or to `<26 random base32 letters>.md.age` at the top of the journal (opaque names).
//
// Partials. Anything being written goes first to a partial of its own writer beside its final name,
// `<name>.<writer>.lj-partial`, and is renamed over `<name>` only once it was written whole and read
// back as written (safeWrites.ts). `<writer>` is a short random id made once per writer: each view of
// an unlocked journal (a window's journal session, the CLI's report) draws its own, and a process's
// runs (encrypt, decrypt, change passphrase) share PROCESS_WRITER. It is 8 characters, the first one
// of `2`–`7` and the others of `a`–`z`, `2`–`7` (base32; about 38 random bits, drawn from the system's
// random source, never from the clock), so two windows, or a window and the command line, never write
// one partial: a rename only ever moves a file its own writer wrote whole and checked. The digit first
// tells it from a file's own extension (`x.markdown.lj-partial` is an old-style partial of
// `x.markdown`, not writer `markdown`'s of `x`).
//   `<name>.lj-partial`   the old style, one name shared by every writer (up to bf32f66): still
//                         read and settled as before (a whole one with no `<name>` is put in place by
//                         the same rules), never written.
//   `names.age.lj-staged` written by versions before the names lock (namesLock.ts), the map of
//                         opaque names on its way from a writer's partial to names.age; no longer
//                         written, but still read and settled as one of the map's copies (mapCopies.ts).
// Whose partial may be taken (renamed into place, kept aside, removed) by whom, in one place:
// - a writer's own, by that writer, at any time;
// - any, by a run holding the journal's lock (a migration, the unlock's putting back of saves), by the
//   settling rules (entrySteps.ts settlePartials, orphanedPartials.ts): a window's save, which does not
//   hold it, checks the lock before its rename (keyStamp.ts) and is refused once a run holds it;
// - another writer's, or an old-style one, by a writer without the lock (a window) only when it was
//   last written SAFE_AGE_MS (a minute) ago or more: no save takes a minute, so a younger one may be
//   a live writer's save under way. A partial whose time the disk does not tell is young.
import { randomBytes } from '../crypto/webGlobals';

import { PRODUCT_FOLDER } from './productFiles';

export { DESCRIPTOR_PATH, KEY_PATH, LOCK_PATH, MARKER_PATH, NAMES_PATH, NEXT_KEY_PATH, PRODUCT_FOLDER } from './productFiles';

/** The names lock of an opaque journal (namesLock.ts): here, not in productFiles.ts, as only the encryption code reads it. */
export const NAMES_LOCK_PATH = `${PRODUCT_FOLDER}/names.lock`;

/** The generation of names.age, plain beside it (generationStamp.ts); only the encryption code reads it. */
export const NAMES_GENERATION_PATH = `${PRODUCT_FOLDER}/names.generation`;

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

export const PARTIAL_SUFFIX = '.lj-partial';
export const AGE_SUFFIX = '.age';
const STAGED_SUFFIX = '.lj-staged';

/** A writer id (header): 8 characters, the first a base32 digit (`2`–`7`). */
const WRITER = /^[2-7][a-z2-7]{7}$/;
const WRITER_PARTIAL = /\.([2-7][a-z2-7]{7})\.lj-partial$/;

/** A new writer id (header), from the system's random source. */
export function newWriterId(): string {
  const bytes = randomBytes(8);
  return [...bytes].map((byte, index) => (index === 0 ? BASE32[26 + (byte % 6)] : BASE32[byte & 31])).join('');
}

/** This process's writer id, for its runs (header); each view of an unlocked journal draws its own. */
export const PROCESS_WRITER = newWriterId();

/** Where `writer` writes `path` before renaming it over `path`: `<path>.<writer>.lj-partial`. */
export function partialPath(path: string, writer: string): string {
  if (!WRITER.test(writer)) {
    throw new Error(`${JSON.stringify(writer)} is not a writer id`);
  }
  return `${path}.${writer}${PARTIAL_SUFFIX}`;
}

/** The old-style partial of `path`, `<path>.lj-partial`, shared by every writer up to bf32f66: read and settled, never written. */
export function legacyPartialPath(path: string): string {
  return `${path}${PARTIAL_SUFFIX}`;
}

/** Where the map of opaque names waits between a writer's partial and names.age (header). */
export function stagedPath(path: string): string {
  return `${path}${STAGED_SUFFIX}`;
}

/** Any partial: a writer's, or an old-style one. */
export function isPartialPath(path: string): boolean {
  return path.endsWith(PARTIAL_SUFFIX);
}

/** The writer of a partial (header); undefined for an old-style one. */
export function writerOf(partial: string): string | undefined {
  return WRITER_PARTIAL.exec(partial)?.[1];
}

/** The path a partial file becomes, from either style of name. */
export function finalPathOf(partial: string): string {
  const writer = writerOf(partial);
  return partial.slice(0, -(PARTIAL_SUFFIX.length + (writer === undefined ? 0 : writer.length + 1)));
}

/** Whether `partial` (any style) is a partial of `path`. */
export function isPartialOf(partial: string, path: string): boolean {
  return isPartialPath(partial) && finalPathOf(partial) === path;
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
