// The names lock's age rule (namesLock.ts), as a user would meet it: a lock a live window failed to
// remove, or one that does not parse, holds the journal for about a minute at most on every host —
// never until that window closes, never for good — and the words of the refusal meanwhile say so; a
// holder whose operation runs long beats, and is not taken for dead.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import type { JournalFs } from '../../../../src/core/encryption/journalFs';
import { NAMES_LOCK_PATH } from '../../../../src/core/encryption/layout';
import { NAMES_LOCK_BEAT_MS, NAMES_LOCK_STALE_MS, NamesLockBusy, type NamesLockHost } from '../../../../src/core/encryption/namesLock';
import { ENGLISH } from '../../../../src/core/text/format';
import { saveRefusal } from '../../../../src/extension/encryption/saveRefusal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';
import { entriesNow, NEW_DAY, nextTurn, opaqueJournal, TODAY, windowOn } from '../../../support/opaqueWindows';

const text = (words: string): Uint8Array => utf8(`---\ndate: 2026-11-23\n---\n\n${words}\n`);

/** A clock the test moves. */
function clock(): { now: () => Date; advance: (ms: number) => void } {
  let at = Date.parse('2026-11-23T09:00:00Z');
  return { now: () => new Date(at), advance: (ms) => {
    at += ms;
  } };
}

/** A desktop window's host whose every holder's process is alive (a live window of this machine), on `time`. */
function liveHost(pid: number, time: { now: () => Date }, every?: NamesLockHost['every']): NamesLockHost {
  return { me: { pid, host: 'test-host' }, liveness: () => 'alive', now: time.now, pause: nextTurn, ...(every === undefined ? {} : { every }) };
}

/** `disk`, with the names lock's first removal refused (EBUSY: a sync client or a virus scanner holding the file). */
function releaseFailsOnce(disk: MemoryJournalFs): JournalFs {
  let failed = false;
  return {
    list: () => disk.list(),
    read: (path) => disk.read(path),
    write: (path, bytes) => disk.write(path, bytes),
    createExclusive: (path, bytes) => disk.createExclusive(path, bytes),
    rename: (from, to) => disk.rename(from, to),
    remove: async (path) => {
      if (path === NAMES_LOCK_PATH && !failed) {
        failed = true;
        throw Object.assign(new Error(`EBUSY: resource busy or locked, unlink '${path}'`), { code: 'EBUSY' });
      }
      return disk.remove(path);
    },
    removeEmptyFolders: (path) => disk.removeEmptyFolders(path),
  };
}

describe('encryption: the names lock is stale after about a minute on every host', function () {
  this.timeout(60_000);

  it('a lock a live window failed to remove refuses saves for under a minute, in words that say so; then every window saves again, that window too', async () => {
    const fs = await opaqueJournal();
    const time = clock();
    const a = await windowOn(fs, releaseFailsOnce(fs), liveHost(1, time));
    await a.write(TODAY, text('A saved; its lock stayed.'));
    assert.ok(fs.files.has(NAMES_LOCK_PATH), 'the lock A could not remove');
    const b = await windowOn(fs, fs, liveHost(2, time));
    time.advance(NAMES_LOCK_STALE_MS / 2);
    const refused = await b.write(TODAY, text('B, half a minute later.')).then(() => undefined, (error: unknown) => error);
    assert.ok(refused instanceof NamesLockBusy, String(refused));
    assert.match(saveRefusal(ENGLISH, refused)?.message ?? '', /a window left its lock, \.leadership-journal\/names\.lock, behind \(it closed in the middle of a save, or could not remove it\): the lock is taken over at once where that window is known to be gone, else about a minute after it was last written\.$/);
    time.advance(NAMES_LOCK_STALE_MS / 2 + 1);
    await b.write(TODAY, text('B, a minute later.'));
    await a.write(TODAY, text('A, a minute later.'));
    assert.equal((await entriesNow(fs))[TODAY], new TextDecoder().decode(text('A, a minute later.')));
    assert.equal(fs.files.has(NAMES_LOCK_PATH), false, 'released');
  });

  it('a lock that does not parse is taken over once it is a minute old, not refused for good', async () => {
    const fs = await opaqueJournal();
    fs.put(NAMES_LOCK_PATH, utf8('{"pid":'));
    const time = clock();
    const a = await windowOn(fs, fs, liveHost(1, time));
    assert.ok(await a.write(TODAY, text('now')).then(() => undefined, (error: unknown) => error) instanceof NamesLockBusy, 'refused while it may be a lock being written');
    time.advance(NAMES_LOCK_STALE_MS + 1);
    await a.write(TODAY, text('a minute later'));
    assert.equal((await entriesNow(fs))[TODAY], new TextDecoder().decode(text('a minute later')));
  });

  it('a holder whose operation runs longer than a minute beats, so no other window takes its lock meanwhile', async () => {
    const fs = await opaqueJournal();
    const time = clock();
    const beats: (() => void)[] = [];
    const every: NamesLockHost['every'] = (ms, beat) => {
      assert.equal(ms, NAMES_LOCK_BEAT_MS);
      beats.push(beat);
      return () => beats.splice(beats.indexOf(beat), 1);
    };
    let slowDisk: Promise<unknown> | undefined;
    const b = await windowOn(fs, fs, liveHost(2, time));
    const a = await windowOn(fs, {
      ...fs, list: () => fs.list(), read: (path) => fs.read(path), createExclusive: (path, bytes) => fs.createExclusive(path, bytes), rename: (from, to) => fs.rename(from, to), remove: (path) => fs.remove(path), removeEmptyFolders: (path) => fs.removeEmptyFolders(path),
      write: async (path, bytes) => {
        if (slowDisk === undefined && path.startsWith('.leadership-journal/names.age')) {
          for (let beat = 0; beat < 6; beat++) { // A minute and a half on a slow disk, beating every 15 s.
            time.advance(NAMES_LOCK_BEAT_MS);
            beats.forEach((run) => run());
            await nextTurn();
          }
          slowDisk = b.write(TODAY, text('B, meanwhile')).then(() => 'saved', (error: unknown) => error);
          assert.ok(await slowDisk instanceof NamesLockBusy, 'B waited and was refused: A still held the lock');
        }
        return fs.write(path, bytes);
      },
    }, liveHost(1, time, every));
    await a.write(NEW_DAY, text('A, on a slow disk'));
    assert.ok(slowDisk !== undefined);
    assert.deepEqual(beats, [], 'the beat stopped with the operation');
    assert.equal((await entriesNow(fs))[NEW_DAY], new TextDecoder().decode(text('A, on a slow disk')));
  });
});
