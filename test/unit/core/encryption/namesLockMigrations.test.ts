// A passphrase change (another window, or the command line) and a window's change of an opaque
// journal at the same moment: the run takes the names lock (namesLock.ts) around its reads and writes
// of names.age, always after the journal's lock, and a window's write of names.age checks the key
// just before its rename (decryptingJournalFs.ts putNames). So names.age is never left sealed to the
// old key alone, the window is refused in words that say reload, and neither waits on the other for
// good, in either order.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { changePassphrase } from '../../../../src/core/encryption/changePassphrase';
import { decryptJournal } from '../../../../src/core/encryption/decryptJournal';
import type { JournalFs } from '../../../../src/core/encryption/journalFs';
import { JournalKeyChanged } from '../../../../src/core/encryption/keyStamp';
import { isPartialPath, LOCK_PATH, NAMES_LOCK_PATH, NAMES_PATH } from '../../../../src/core/encryption/layout';
import type { MigrationHost, MigrationOutcome } from '../../../../src/core/encryption/migrationRun';
import type { NamesLockHost } from '../../../../src/core/encryption/namesLock';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { ENGLISH } from '../../../../src/core/text/format';
import { saveRefusal } from '../../../../src/extension/encryption/saveRefusal';
import { ENTRIES, testHost } from '../../../support/encryptedJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';
import { entriesNow, NEW_DAY, nextTurn, opaqueJournal, PASSPHRASE, RENAMED, TODAY, windowOn } from '../../../support/opaqueWindows';

const NEW_PASSPHRASE = 'ein neues Passwort';
const LIVE: NamesLockHost = { me: { pid: 1, host: 'test-host' }, liveness: () => 'alive', now: () => new Date(), pause: nextTurn };
const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

/** `disk`, calling `before` ahead of each write (and awaiting it). */
function beforeWrites(disk: MemoryJournalFs, before: (path: string) => Promise<void>): JournalFs {
  return {
    list: () => disk.list(),
    listFolder: (folder) => disk.listFolder(folder),
    read: (path) => disk.read(path),
    write: async (path, bytes) => {
      await before(path);
      return disk.write(path, bytes);
    },
    createExclusive: (path, bytes) => disk.createExclusive(path, bytes),
    rename: (from, to) => disk.rename(from, to),
    remove: (path) => disk.remove(path),
    removeEmptyFolders: (path) => disk.removeEmptyFolders(path),
  };
}

/** A run's host on `fs` with the real clock (a window's lock is judged by its beat against it), pausing a turn between tries. */
function runHost(disk: MemoryJournalFs, fs: JournalFs = disk): MigrationHost {
  return { ...testHost(disk, 7), fs, now: () => new Date() };
}

/** Waits, a turn at a time, until `done` says so. */
async function until(done: () => boolean): Promise<void> {
  while (!done()) {
    await nextTurn();
  }
}

describe('encryption: a passphrase change and a window\'s change of an opaque journal at the same moment', function () {
  this.timeout(60_000);

  for (const change of ['rename', 'new entry'] as const) {
    it(`a window's ${change} whose map write meets a passphrase change that took the journal's lock is refused before names.age is replaced; the change then ends, and the journal opens with the new passphrase, every name kept (lock order: window first)`, async () => {
      const fs = await opaqueJournal();
      let run: Promise<MigrationOutcome> | undefined;
      const a = await windowOn(fs, beforeWrites(fs, async (path) => {
        if (run === undefined && path.startsWith(NAMES_PATH) && isPartialPath(path)) {
          run = changePassphrase(runHost(fs), { passphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE });
          await until(() => fs.files.has(LOCK_PATH)); // The change holds the journal's lock, and waits for the names lock A holds.
        }
      }), LIVE);
      await a.list();
      const refused = await (change === 'rename' ? a.rename(TODAY, RENAMED) : a.write(NEW_DAY, utf8('A wrote this.\n'))).then(() => undefined, (error: unknown) => error);
      assert.ok(refused instanceof JournalKeyChanged, String(refused));
      assert.match(saveRefusal(ENGLISH, refused)?.message ?? '', /key was changed in another window or by the command line; reload the window/);
      const outcome = await run;
      assert.equal(outcome?.status, 'done', outcome?.reason);
      const unlocked = await unlockJournal(fs, { kind: 'passphrase', passphrase: NEW_PASSPHRASE });
      assert.ok(unlocked.ok, unlocked.ok ? '' : unlocked.message);
      const entries = await entriesNow(fs, NEW_PASSPHRASE);
      assert.equal(entries[TODAY], text(ENTRIES[TODAY]), 'not renamed: the rename was refused');
      assert.equal(entries[NEW_DAY], undefined);
      assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), []);
    });
  }

  it('a window\'s save that waits for the names lock a passphrase change holds around its map write is refused once it has it, and the change ends (lock order: the run first)', async () => {
    const fs = await opaqueJournal();
    const b = await windowOn(fs, fs, LIVE);
    await b.list();
    let save: Promise<unknown> | undefined;
    const host = runHost(fs, beforeWrites(fs, async (path) => {
      if (save === undefined && path.startsWith(NAMES_PATH) && isPartialPath(path)) {
        assert.ok(fs.files.has(NAMES_LOCK_PATH), 'the change holds the names lock around its write of names.age');
        save = b.write(NEW_DAY, utf8('B wrote this.\n')).then(() => 'saved', (error: unknown) => error);
        await nextTurn();
      }
    }));
    const outcome = await changePassphrase(host, { passphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE });
    assert.equal(outcome.status, 'done', outcome.reason);
    assert.ok(await save instanceof JournalKeyChanged, String(await save));
    const entries = await entriesNow(fs, NEW_PASSPHRASE);
    assert.equal(entries[TODAY], text(ENTRIES[TODAY]));
    assert.equal(entries[NEW_DAY], undefined);
  });

  it('a decrypt that starts while a window renames under the names lock reads names.age only after that rename: the renamed entry is decrypted under its new name', async () => {
    const fs = await opaqueJournal();
    let mapReads = 0;
    let triedNamesLock = false;
    const runFs: JournalFs = {
      ...beforeWrites(fs, async () => undefined),
      read: async (path) => {
        mapReads += path === NAMES_PATH ? 1 : 0;
        return fs.read(path);
      },
      createExclusive: async (path, bytes) => {
        triedNamesLock ||= path === NAMES_LOCK_PATH;
        return fs.createExclusive(path, bytes);
      },
    };
    let run: Promise<MigrationOutcome> | undefined;
    const a = await windowOn(fs, {
      ...beforeWrites(fs, async () => undefined),
      rename: async (from, to) => {
        if (run === undefined && to === NAMES_PATH) {
          run = decryptJournal(runHost(fs, runFs), { credential: { kind: 'passphrase', passphrase: PASSPHRASE } });
          await until(() => triedNamesLock || mapReads >= 3); // The run waits for the names lock A holds; up to this change it read the map meanwhile.
        }
        return fs.rename(from, to);
      },
    }, LIVE);
    await a.list();
    await a.rename(TODAY, RENAMED);
    const outcome = await run;
    assert.equal(outcome?.status, 'done', outcome?.reason);
    assert.equal(text(fs.files.get(RENAMED)), text(ENTRIES[TODAY]), 'decrypted under the name A gave it');
    assert.equal(fs.files.has(TODAY), false);
  });
});
