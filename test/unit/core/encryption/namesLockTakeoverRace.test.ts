// Two windows taking over one stale names lock at the same moment (eighth review, finding 6): both
// find it a dead holder's, the other window moves it aside first, and this window's rename of it
// then finds nothing there. That counts as the lock taken, not as a failure of the disk: this window
// waits its turn and saves, where it was refused with a raw ENOENT.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import type { JournalFs } from '../../../../src/core/encryption/journalFs';
import { NAMES_LOCK_PATH } from '../../../../src/core/encryption/layout';
import { acquireLock } from '../../../../src/core/encryption/lock';
import { holderBytes } from '../../../../src/core/encryption/lockLiveness';
import { reason } from '../../../../src/core/encryption/reasons';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';
import { entriesNow, NEW_DAY, nextTurn, opaqueJournal, windowOn } from '../../../support/opaqueWindows';

const TEXT = '---\ndate: 2026-11-25\n---\n\nSaved once the other window was done.\n';

/** `disk`, where another window moves the names lock aside (its take-over) just before this window's first rename of it. */
function otherTakesOverFirst(disk: MemoryJournalFs): JournalFs {
  let first = true;
  return {
    list: () => disk.list(), listFolder: (folder) => disk.listFolder(folder), read: (path) => disk.read(path), write: (path, bytes) => disk.write(path, bytes),
    createExclusive: (path, bytes) => disk.createExclusive(path, bytes),
    rename: async (from, to) => {
      if (from === NAMES_LOCK_PATH && first) {
        first = false;
        await disk.rename(NAMES_LOCK_PATH, `${NAMES_LOCK_PATH}.stale-other`);
        await disk.remove(`${NAMES_LOCK_PATH}.stale-other`); // Its take-over, its change and its release, done.
      }
      return disk.rename(from, to);
    },
    remove: (path) => disk.remove(path), removeEmptyFolders: (path) => disk.removeEmptyFolders(path),
  };
}

/** A names lock a killed window left five minutes ago. */
function deadLock(fs: MemoryJournalFs): Uint8Array {
  const old = new Date(Date.now() - 5 * 60_000).toISOString();
  const bytes = holderBytes({ pid: 99, host: 'test-host', startedAt: old, beatAt: old, operation: 'save', writer: 'dead' });
  fs.put(NAMES_LOCK_PATH, bytes);
  return bytes;
}

describe('two windows taking over one stale names lock at once', function () {
  this.timeout(60_000);

  it('the one whose rename finds the lock gone is told "taken", not a failure', async () => {
    const fs = await opaqueJournal();
    deadLock(fs);
    const lock = await acquireLock(otherTakesOverFirst(fs), { pid: 2, host: 'test-host', startedAt: new Date().toISOString(), operation: 'save' }, () => 'dead', NAMES_LOCK_PATH);
    assert.equal(lock.ok, false);
    assert.deepEqual(lock.ok ? undefined : lock.why, reason('lock-taken'));
  });

  it('its save waits its turn and lands', async () => {
    const fs = await opaqueJournal();
    deadLock(fs);
    const view = await windowOn(fs, otherTakesOverFirst(fs), { me: { pid: 2, host: 'test-host' }, liveness: () => 'unknown', now: () => new Date(), pause: nextTurn });
    await view.write(NEW_DAY, utf8(TEXT));
    assert.equal((await entriesNow(fs))[NEW_DAY], TEXT);
    assert.equal(fs.files.has(NAMES_LOCK_PATH), false);
  });
});
