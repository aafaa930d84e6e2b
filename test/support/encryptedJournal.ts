// A small journal with the awkward cases, hosts for running the migration on it, and the checks the
// migration tests make: nothing lost (every entry's bytes can be had, plain or sealed), fully
// encrypted, and back exactly as it was.
import * as assert from 'node:assert/strict';
import { createOpener, type AgeKeys } from '../../src/core/crypto/ageFile';
import { utf8 } from '../../src/core/crypto/bytes';
import { openJournalKey } from '../../src/core/encryption/journalKey';
import type { NamesLockHost } from '../../src/core/encryption/namesLock';
import { parseDescriptor } from '../../src/core/encryption/journalState';
import {
  DESCRIPTOR_PATH, KEY_PATH, LOCK_PATH, MARKER_PATH, NAMES_PATH, PRODUCT_FOLDER, isPartialOf, isPartialPath, opaqueIdOf, readableEncryptedPath, stagedPath,
} from '../../src/core/encryption/layout';
import type { MigrationHost } from '../../src/core/encryption/migrationRun';
import { parseNameMap } from '../../src/core/encryption/nameMap';
import { MemoryJournalFs } from './memoryJournalFs';

/** Fast scrypt for tests (2^2): the format is the same, and the key derivation takes no time. */
export const TEST_WORK_FACTOR = 2;

export const ENTRIES: Readonly<Record<string, Uint8Array>> = {
  '2026/11/2026-11-23.md': utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\n# Monday\n\nI explained why the change matters.\n'),
  '2026/11/2026-11-23-1on1-zoë.md': utf8('\uFEFF---\r\ndate: 2026-11-23\r\nkind: one-on-one\r\npeople: [Zoë]\r\n---\r\n\r\nZoë is worried about the reorg. #private\r\n'),
  '2026/12/2026-12-01.md': new Uint8Array(0),
  'notes/odd.MD': Uint8Array.of(0xff, 0xfe, 0x00, 0x41, 0x0a, 0xc3),
};

/**
 * The entries the kill-at-every-step test uses: each of an entry's steps is killed in turn, so more
 * entries add time, not cases. These three cover nested folders, a BOM with CRLF and a non-ASCII
 * name, an empty file, and bytes that are not UTF-8.
 */
export const KILL_ENTRIES: Readonly<Record<string, Uint8Array>> = Object.fromEntries(
  ['2026/11/2026-11-23-1on1-zoë.md', '2026/12/2026-12-01.md', 'notes/odd.MD'].map((path) => [path, ENTRIES[path] ?? new Uint8Array(0)]),
);

export const OTHER_FILES: Readonly<Record<string, Uint8Array>> = {
  'people.yml': utf8('Zoë Adams: [zoe]\n'),
  '.templates/daily.md': utf8('# {{date}}\n'),
  'readme.txt': utf8('not an entry\n'),
};

export const LINKS = ['shortcut.md'];
export const EMPTY_FOLDERS = ['2025'];

export function fixtureJournal(entries: Readonly<Record<string, Uint8Array>> = ENTRIES): MemoryJournalFs {
  return MemoryJournalFs.from({ ...entries, ...OTHER_FILES }, { links: LINKS, folders: EMPTY_FOLDERS });
}

export function testHost(fs: MemoryJournalFs, pid = 1, dead: readonly number[] = []): MigrationHost {
  return {
    fs,
    me: { pid, host: 'test-host' },
    liveness: (holder) => (holder.host === 'test-host' && dead.includes(holder.pid) ? 'dead' : 'alive'),
    now: () => new Date(Date.UTC(2026, 10, 23, 9, 0)),
    workFactor: TEST_WORK_FACTOR,
  };
}

/** What opens the journal's files: the key file's identity (passphrase journals) or the given identities. */
export async function journalKeys(fs: MemoryJournalFs, secret: { passphrase: string } | { identities: readonly string[] }): Promise<AgeKeys | undefined> {
  if ('identities' in secret) {
    return { passphrases: [], identities: [...secret.identities] };
  }
  const keyFile = fs.files.get(KEY_PATH);
  if (keyFile === undefined) {
    return undefined;
  }
  const opened = await openJournalKey(KEY_PATH, keyFile, secret.passphrase);
  assert.ok(opened.ok, 'the key file opens with the passphrase');
  return opened.keys.open;
}

/** The partials of `path` on the disk, whoever wrote them (layout.ts), old-style ones too. */
export function partialsOn(fs: MemoryJournalFs, path: string): string[] {
  return [...fs.files.keys()].filter((file) => isPartialOf(file, path)).sort();
}

async function namesOf(fs: MemoryJournalFs, keys: AgeKeys | undefined, partials = false): Promise<Map<string, string>> {
  const copies = partials && !fs.files.has(NAMES_PATH) ? [stagedPath(NAMES_PATH), ...partialsOn(fs, NAMES_PATH)].flatMap((path) => fs.files.get(path) ?? []) : [];
  if (copies.length > 0 && keys !== undefined) {
    // The map between its delete and its rename (a whole partial or the staged map), or its first write, torn (no map yet).
    const merged = new Map<string, string>();
    for (const copy of copies) {
      const opened = await createOpener(keys).open(NAMES_PATH, copy);
      const map = opened.ok ? parseNameMap(opened.bytes) : new Map<string, string>();
      (typeof map === 'string' ? new Map<string, string>() : map).forEach((value, key) => merged.set(key, value));
    }
    return merged;
  }
  const file = fs.files.get(NAMES_PATH);
  if (file === undefined || keys === undefined) {
    return new Map();
  }
  const opened = await createOpener(keys).open(NAMES_PATH, file);
  assert.ok(opened.ok, `the name map opens: ${opened.ok ? '' : opened.failure.message}`);
  const map = parseNameMap(opened.bytes);
  assert.ok(typeof map !== 'string', String(map));
  return map;
}

/** Every sealed form of `path` that opens with `keys` to some bytes: readable name and opaque ids. */
async function sealedVersions(fs: MemoryJournalFs, path: string, keys: AgeKeys | undefined, names: Map<string, string>, partials = false): Promise<Uint8Array[]> {
  if (keys === undefined) {
    return [];
  }
  const finals = [readableEncryptedPath(path), ...[...names].filter(([, p]) => p === path).map(([id]) => `${id}.md.age`)];
  const candidates = partials ? [...finals, ...finals.flatMap((final) => partialsOn(fs, final))] : finals;
  const found: Uint8Array[] = [];
  for (const candidate of candidates) {
    const file = fs.files.get(candidate);
    if (file !== undefined) {
      const opened = await createOpener(keys).open(candidate, file);
      if (opened.ok) {
        found.push(opened.bytes);
      }
    }
  }
  return found;
}

/**
 * Nothing lost: each entry's exact bytes are on disk plain, or in a sealed file that opens with
 * the journal's keys (the names map included), and every other file is untouched. With `partials`
 * (a file system whose rename deletes its target first), a whole `.lj-partial` of the entry counts
 * too: a kill between the delete and the rename leaves the entry only there, and what puts it back
 * (the resumed run, the unlock) is checked by the caller.
 */
export async function assertNothingLost(fs: MemoryJournalFs, keys: AgeKeys | undefined, context: string, entries: Readonly<Record<string, Uint8Array>> = ENTRIES, options: { readonly partials?: boolean } = {}): Promise<void> {
  const names = await namesOf(fs, keys, options.partials === true);
  for (const [path, bytes] of Object.entries(entries)) {
    const plains = [path, ...(options.partials === true ? partialsOn(fs, path) : [])].map((at) => fs.files.get(at));
    if (plains.some((plain) => plain !== undefined && Buffer.from(plain).equals(Buffer.from(bytes)))) {
      continue;
    }
    const plain = plains[0];
    const sealed = await sealedVersions(fs, path, keys, names, options.partials === true);
    assert.ok(sealed.some((version) => Buffer.from(version).equals(Buffer.from(bytes))), `${context}: ${path} is lost (plain: ${plain === undefined ? 'absent' : 'different'}, sealed versions: ${sealed.length})`);
  }
  for (const [path, bytes] of Object.entries(OTHER_FILES)) {
    assert.deepEqual(fs.files.get(path), bytes, `${context}: ${path} is untouched`);
  }
}

/** Fully encrypted: no plain entry, no partial, no marker or lock; every entry sealed whole. */
export async function assertEncrypted(fs: MemoryJournalFs, keys: AgeKeys, names: 'readable' | 'opaque', context: string, entries: Readonly<Record<string, Uint8Array>> = ENTRIES): Promise<void> {
  await assertNothingLost(fs, keys, context, entries);
  for (const path of Object.keys(entries)) {
    assert.equal(fs.files.has(path), false, `${context}: ${path} is still plain`);
    assert.equal(fs.files.has(readableEncryptedPath(path)), names === 'readable', `${context}: ${path} has ${names} names`);
  }
  const leftovers = [...fs.files.keys()].filter((path) => isPartialPath(path) || path === stagedPath(NAMES_PATH) || path === MARKER_PATH || path === LOCK_PATH || path.startsWith(`${LOCK_PATH}.`));
  assert.deepEqual(leftovers, [], `${context}: nothing left over`);
  const descriptor = parseDescriptor(fs.files.get(DESCRIPTOR_PATH) ?? new Uint8Array(0));
  assert.ok(typeof descriptor !== 'string', `${context}: the descriptor reads`);
  assert.equal(descriptor.names, names);
  if (names === 'opaque') {
    const sealed = [...fs.files.keys()].filter((path) => path.endsWith('.md.age'));
    assert.ok(sealed.every((path) => opaqueIdOf(path) !== undefined), `${context}: only opaque names (${sealed.join(', ')})`);
    assert.ok(![...fs.folders].some((folder) => folder.startsWith('2026')), `${context}: no dated folder left (${[...fs.folders].join(', ')})`);
  }
}

/** Back exactly as it was: the same files with the same bytes, the same folders, nothing of ours. */
export function assertAsOriginal(fs: MemoryJournalFs, context: string, entries: Readonly<Record<string, Uint8Array>> = ENTRIES): void {
  const original = fixtureJournal(entries);
  assert.deepEqual([...fs.files.keys()].sort(), [...original.files.keys()].sort(), `${context}: the same files`);
  for (const [path, bytes] of original.files) {
    assert.deepEqual(fs.files.get(path), bytes, `${context}: ${path} has its bytes`);
  }
  assert.deepEqual([...fs.links].sort(), [...original.links].sort(), `${context}: the same links`);
  assert.deepEqual([...fs.folders].filter((folder) => folder !== PRODUCT_FOLDER).sort(), [...original.folders].sort(), `${context}: the same folders`);
  assert.equal(fs.folders.has(PRODUCT_FOLDER), false, `${context}: no ${PRODUCT_FOLDER} folder left`);
}

/**
 * The names lock (namesLock.ts) as a window takes it after another window on the journal was killed:
 * its host finds every holder's process gone, so the killed window's lock is taken over at once (as
 * the desktop does for a dead process). Only for views that meet a dead window's lock, never for two live ones.
 */
export const AFTER_KILL: NamesLockHost = { me: { pid: 2, host: 'test-host' }, liveness: () => 'dead', now: () => new Date() };
