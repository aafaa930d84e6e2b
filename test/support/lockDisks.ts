// Disks for the names lock's tests (issue 17): a journal's disk as the desktop gives it (an exact
// exclusive create, Node's fs) or as vscode.workspace.fs gives it (a create that checks, then writes:
// web, virtual and remote folders), each counting the names lock's creates; a lock host that records
// its pauses rather than waiting them; and a disk that calls a hook before each operation, so a test
// can put another window's change at one step of a save. Counts steps, not time.
import type { JournalFs } from '../../src/core/encryption/journalFs';
import { NAMES_LOCK_PATH } from '../../src/core/encryption/layout';
import type { NamesLockHost } from '../../src/core/encryption/namesLock';

/** What the lock did on a disk: the creates of the names lock, and the pauses the lock host was asked for. */
export interface Counted {
  readonly lockCreates: string[];
  readonly pauses: number[];
}

export function counted(): Counted {
  return { lockCreates: [], pauses: [] };
}

/** `disk` as vscode.workspace.fs gives it (workspaceJournalFs.ts): a create is a check, then a write, and says so. */
export function checkThenWrite(disk: JournalFs, count: Counted): JournalFs {
  return {
    createChecksThenWrites: true,
    list: () => disk.list(),
    read: (path) => disk.read(path),
    write: (path, bytes) => disk.write(path, bytes),
    createExclusive: async (path, bytes) => {
      if (path === NAMES_LOCK_PATH) {
        count.lockCreates.push(path);
      }
      if (await disk.read(path) !== undefined) {
        return false;
      }
      await disk.write(path, bytes);
      return true;
    },
    rename: (from, to) => disk.rename(from, to),
    remove: (path) => disk.remove(path),
    removeEmptyFolders: (path) => disk.removeEmptyFolders(path),
  };
}

/** `disk` with its exact create (as Node's fs on the desktop), its names lock's creates counted. */
export function exact(disk: JournalFs, count: Counted): JournalFs {
  return {
    list: () => disk.list(),
    read: (path) => disk.read(path),
    write: (path, bytes) => disk.write(path, bytes),
    createExclusive: (path, bytes) => {
      if (path === NAMES_LOCK_PATH) {
        count.lockCreates.push(path);
      }
      return disk.createExclusive(path, bytes);
    },
    rename: (from, to) => disk.rename(from, to),
    remove: (path) => disk.remove(path),
    removeEmptyFolders: (path) => disk.removeEmptyFolders(path),
  };
}

/** A live lock host whose pauses are recorded and return at the next turn of the event loop (a holder in another window goes on meanwhile). */
export function countingHost(count: Counted): NamesLockHost {
  return {
    me: { pid: 1, host: 'test-host' },
    liveness: () => 'alive',
    now: () => new Date(),
    pause: async (ms) => {
      count.pauses.push(ms);
      await new Promise((resolve) => setImmediate(resolve));
    },
    every: () => () => undefined,
  };
}

/** The operations `hooked` tells of, by the JournalFs method's name. */
export type DiskOp = 'read' | 'write' | 'createExclusive' | 'rename' | 'remove';

/** `disk`, calling (and awaiting) `before` ahead of each read, write, exclusive create, rename and remove; its other calls as they are. */
export function hooked(disk: JournalFs, before: (op: DiskOp, path: string) => Promise<void>): JournalFs {
  return {
    ...(disk.createChecksThenWrites === true ? { createChecksThenWrites: true } : {}),
    list: () => disk.list(),
    read: async (path) => {
      await before('read', path);
      return disk.read(path);
    },
    write: async (path, bytes) => {
      await before('write', path);
      return disk.write(path, bytes);
    },
    createExclusive: async (path, bytes) => {
      await before('createExclusive', path);
      return disk.createExclusive(path, bytes);
    },
    rename: async (from, to) => {
      await before('rename', from);
      return disk.rename(from, to);
    },
    remove: async (path) => {
      await before('remove', path);
      return disk.remove(path);
    },
    removeEmptyFolders: (path) => disk.removeEmptyFolders(path),
  };
}
