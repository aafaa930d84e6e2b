// Windows on one opaque journal, for the names lock's tests: the fixture journal encrypted with
// opaque names (or readable ones, where a test compares the two), a window's view of it (through a
// file system the test may hook, taking the names lock as a given host), and what a fresh window then
// lists and reads.
import * as assert from 'node:assert/strict';
import { DecryptingJournalFs, type NamesLostListener } from '../../src/core/encryption/decryptingJournalFs';
import { encryptJournal } from '../../src/core/encryption/encryptJournal';
import type { JournalFs } from '../../src/core/encryption/journalFs';
import { isPartialPath } from '../../src/core/encryption/layout';
import type { NamesLockHost } from '../../src/core/encryption/namesLock';
import { unlockJournal } from '../../src/core/encryption/unlockJournal';
import { fixtureJournal, testHost } from './encryptedJournal';
import type { MemoryJournalFs } from './memoryJournalFs';

export const PASSPHRASE = 'alt und bekannt';
export const TODAY = '2026/11/2026-11-23.md';
export const ONE_ON_ONE = '2026/11/2026-11-23-1on1-zoë.md';
export const RENAMED = '2026/11/2026-11-23-renamed.md';
export const NEW_DAY = '2026/11/2026-11-25.md';
export const LATER = '2026/11/2026-11-26.md';

export function opaqueJournal(): Promise<MemoryJournalFs> {
  return journalWithNames('opaque');
}

/** The fixture journal encrypted with `names`: the windows below work on either kind. */
export async function journalWithNames(names: 'readable' | 'opaque'): Promise<MemoryJournalFs> {
  const fs = fixtureJournal();
  const outcome = await encryptJournal(testHost(fs), { credential: { kind: 'passphrase', passphrase: PASSPHRASE }, ...(names === 'opaque' ? { names } : {}) });
  assert.equal(outcome.status, 'done', outcome.reason);
  return fs;
}

/** A window's view of `disk`, reaching its files through `through`, taking the names lock as `lockHost` says. */
export async function windowOn(disk: MemoryJournalFs, through: JournalFs = disk, lockHost?: NamesLockHost, onLost?: NamesLostListener, passphrase = PASSPHRASE): Promise<DecryptingJournalFs> {
  const unlock = await unlockJournal(disk, { kind: 'passphrase', passphrase });
  assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
  return new DecryptingJournalFs(through, unlock.journal, undefined, undefined, undefined, onLost, undefined, undefined, lockHost);
}

/** What a fresh window lists under 2026/11/ and recovered/, with each entry's text; no partial may be left. */
export async function entriesNow(fs: MemoryJournalFs, passphrase = PASSPHRASE): Promise<Record<string, string>> {
  assert.deepEqual([...fs.files.keys()].filter(isPartialPath), [], 'no partial left');
  const fresh = await windowOn(fs, fs, undefined, undefined, passphrase);
  const entries: Record<string, string> = {};
  for (const { path } of await fresh.list()) {
    if (path.startsWith('2026/11/') || path.startsWith('recovered/')) {
      entries[path] = new TextDecoder().decode(await fresh.read(path));
    }
  }
  return entries;
}

/** Waits for the next turn of the event loop: a window waiting for the lock lets the holder go on, without a timer. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** `disk`, whose removal of a path in `refused` fails, as a disk refusing it (or a window killed before it) would leave it. */
export function refusingRemoval(disk: MemoryJournalFs, refused: ReadonlySet<string>): JournalFs {
  return {
    list: () => disk.list(), listFolder: (folder) => disk.listFolder(folder), read: (path) => disk.read(path), write: (path, bytes) => disk.write(path, bytes),
    createExclusive: (path, bytes) => disk.createExclusive(path, bytes), rename: (from, to) => disk.rename(from, to),
    remove: async (path) => {
      if (refused.has(path)) {
        throw new Error('the disk refused the removal');
      }
      return disk.remove(path);
    },
    removeEmptyFolders: (path) => disk.removeEmptyFolders(path),
  };
}
