// A killed take-over's leftovers beside the lock (`lock.PID.RANDOM.tmp`, `lock.stale-ID`:
// lockLeftovers.ts) are removed by the run that next holds the lock when their holder is provably dead
// by the lock's own rules; a live holder's, another machine's, this run's and every other file stay.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { decryptJournal } from '../../../../src/core/encryption/decryptJournal';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import type { FileTimes } from '../../../../src/core/encryption/journalFs';
import { LOCK_PATH, PRODUCT_FOLDER } from '../../../../src/core/encryption/layout';
import { acquireLock } from '../../../../src/core/encryption/lock';
import { isDeadLeftover, lockLeftoverKind } from '../../../../src/core/encryption/lockLeftovers';
import { heartbeatLiveness, LOCK_STALE_MS, type Liveness, type LockHolder } from '../../../../src/core/encryption/lockLiveness';
import { ENTRIES, fixtureJournal, testHost } from '../../../support/encryptedJournal';
import { MemoryJournalFs } from '../../../support/memoryJournalFs';

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const MINUTE = 60_000;
const DEAD_PID = 4711;
const ID = 'abcdefghijklmnopqrstuvwxyz';
const credential = { kind: 'passphrase', passphrase: 'Grüße — nur ich' } as const;

function holderOf(pid: number, host = 'test-host', operation = 'encrypt'): LockHolder {
  return { pid, host, startedAt: new Date(NOW - 5 * MINUTE).toISOString(), operation };
}

function bytesOf(holder: LockHolder): Uint8Array {
  return utf8(`${JSON.stringify(holder)}\n`);
}

/** A memory journal that tells each file's last write, as the Node and VS Code hosts do (it lists the product folder as MemoryJournalFs does). */
class ListingFs extends MemoryJournalFs {
  readonly written = new Map<string, number>();

  static of(base: MemoryJournalFs): ListingFs {
    const fs = new ListingFs();
    for (const [path, bytes] of base.files) {
      fs.put(path, bytes);
    }
    base.links.forEach((link) => fs.links.add(link));
    base.folders.forEach((folder) => fs.folders.add(folder));
    return fs;
  }

  async stat(path: string): Promise<FileTimes | undefined> {
    const bytes = this.files.get(path);
    return bytes === undefined ? undefined : { mtime: this.written.get(path) ?? NOW, ctime: NOW, size: bytes.length };
  }
}

/** The liveness of testHost: pid DEAD_PID on this machine is dead; every other holder here alive; another machine's unknown. */
const liveness: Liveness = (holder) => (holder.host !== 'test-host' ? 'unknown' : holder.pid === DEAD_PID ? 'dead' : 'alive');

function hostOn(fs: ListingFs): ReturnType<typeof testHost> {
  return { ...testHost(fs), liveness };
}

const DEAD_LEFTOVERS = {
  [`${PRODUCT_FOLDER}/lock.stale-${ID}`]: bytesOf(holderOf(DEAD_PID)),
  [`${PRODUCT_FOLDER}/lock.${DEAD_PID}.0123456789ab.tmp`]: bytesOf(holderOf(DEAD_PID)),
};

/** Files that are no leftover of a dead holder, each for a reason the rule names. */
const KEPT = {
  // A live run's, on this machine and on another (a synced folder).
  [`${PRODUCT_FOLDER}/lock.stale-${ID.replace('a', 'b')}`]: bytesOf(holderOf(77)),
  [`${PRODUCT_FOLDER}/lock.77.0123456789ab.tmp`]: bytesOf(holderOf(77)),
  [`${PRODUCT_FOLDER}/lock.stale-${ID.replace('a', 'c')}`]: bytesOf(holderOf(DEAD_PID, 'another-machine')),
  [`${PRODUCT_FOLDER}/lock.${DEAD_PID}.ffffffffffff.tmp`]: bytesOf(holderOf(DEAD_PID, 'another-machine')),
  // A dead holder in a `.tmp` another process wrote (the pid in its name is not its holder's): not provably that writer's.
  [`${PRODUCT_FOLDER}/lock.77.aaaaaaaaaaaa.tmp`]: bytesOf(holderOf(DEAD_PID)),
  // A `.tmp` cut off before its holder was written, written a moment ago.
  [`${PRODUCT_FOLDER}/lock.${DEAD_PID}.bbbbbbbbbbbb.tmp`]: utf8('{"pid":47'),
  // Names close to a leftover's, and the user's own files: never touched, whatever they hold.
  [`${PRODUCT_FOLDER}/lock.stale-ABC`]: bytesOf(holderOf(DEAD_PID)),
  [`${PRODUCT_FOLDER}/lock.stale-${ID}.bak`]: bytesOf(holderOf(DEAD_PID)),
  [`${PRODUCT_FOLDER}/lock.${DEAD_PID}.0123456789ab.tmp.md`]: bytesOf(holderOf(DEAD_PID)),
  [`${PRODUCT_FOLDER}/lock.${DEAD_PID}.0123.tmp`]: bytesOf(holderOf(DEAD_PID)),
  [`${PRODUCT_FOLDER}/other.${DEAD_PID}.0123456789ab.tmp`]: bytesOf(holderOf(DEAD_PID)),
  [`${PRODUCT_FOLDER}/sub/lock.stale-${ID}`]: bytesOf(holderOf(DEAD_PID)),
  [`${PRODUCT_FOLDER}/notes.txt`]: utf8('mine'),
  [`lock.stale-${ID}`]: bytesOf(holderOf(DEAD_PID)),
};

describe('encryption: the lock\'s leftovers a killed take-over left, removed by the run that next holds the lock', () => {
  it('names exactly the two leftovers: lock.PID.RANDOM.tmp (with its writer\'s pid) and lock.stale-ID', () => {
    assert.deepEqual(lockLeftoverKind(`lock.${DEAD_PID}.0123456789ab.tmp`), { kind: 'temporary', pid: DEAD_PID });
    assert.deepEqual(lockLeftoverKind(`lock.stale-${ID}`), { kind: 'aside' });
    for (const name of ['lock', 'lock.stale-ABC', `lock.stale-${ID}x`, `lock.${DEAD_PID}.0123456789AB.tmp`, `lock.x.0123456789ab.tmp`, 'key.age', `xlock.stale-${ID}`]) {
      assert.equal(lockLeftoverKind(name), undefined, name);
    }
  });

  it('removes a dead holder\'s leftovers as it takes the lock, and keeps every other file in and out of the product folder', async () => {
    const fs = ListingFs.of(fixtureJournal());
    for (const [path, bytes] of Object.entries({ ...DEAD_LEFTOVERS, ...KEPT })) {
      fs.put(path, bytes);
    }
    const before = new Map(fs.files);
    const lock = await acquireLock(fs, holderOf(1), liveness);
    assert.ok(lock.ok);
    const gone = [...before.keys()].filter((path) => !fs.files.has(path));
    assert.deepEqual(gone.sort(), Object.keys(DEAD_LEFTOVERS).sort());
    for (const [path, bytes] of Object.entries(KEPT)) {
      assert.deepEqual(fs.files.get(path), bytes, `${path} kept as it was`);
    }
    await lock.release();
  });

  it('removes them also when it takes over the dead run\'s lock itself, and in a whole encrypt and decrypt the folder goes at the end', async () => {
    const fs = ListingFs.of(fixtureJournal());
    fs.put(LOCK_PATH, bytesOf(holderOf(DEAD_PID)));
    for (const [path, bytes] of Object.entries(DEAD_LEFTOVERS)) {
      fs.put(path, bytes);
    }
    const sealed = await encryptJournal(hostOn(fs), { credential });
    assert.equal(sealed.status, 'done', sealed.reason);
    assert.equal(sealed.resumedFromDeadRun, true);
    assert.deepEqual([...fs.files.keys()].filter((path) => path.startsWith(`${PRODUCT_FOLDER}/lock`)), []);
    for (const [path, bytes] of Object.entries(DEAD_LEFTOVERS)) {
      fs.put(path, bytes);
    }
    const plain = await decryptJournal(hostOn(fs), { credential });
    assert.equal(plain.status, 'done', plain.reason);
    assert.deepEqual([...fs.files.keys()].filter((path) => path.startsWith(`${PRODUCT_FOLDER}/`)), [], 'nothing of the product is left');
    assert.deepEqual([...fs.folders].filter((folder) => folder === PRODUCT_FOLDER), []);
    assert.deepEqual(fs.files.get(Object.keys(ENTRIES)[0] ?? ''), Object.values(ENTRIES)[0]);
  });

  it('keeps a live run\'s leftovers and a lock refused: only the run that holds the lock removes any', async () => {
    const fs = ListingFs.of(fixtureJournal());
    fs.put(LOCK_PATH, bytesOf(holderOf(77)));
    for (const [path, bytes] of Object.entries(DEAD_LEFTOVERS)) {
      fs.put(path, bytes);
    }
    const lock = await acquireLock(fs, holderOf(1), liveness);
    assert.equal(lock.ok, false);
    for (const path of Object.keys(DEAD_LEFTOVERS)) {
      assert.ok(fs.files.has(path), `${path} kept: this run does not hold the lock`);
    }
  });

  it('judges a leftover with no whole holder by its last write, as a lock by its last beat: older than LOCK_STALE_MS goes, younger stays, none told stays', () => {
    const name = `lock.${DEAD_PID}.bbbbbbbbbbbb.tmp`;
    const mine = bytesOf(holderOf(1));
    const at = new Date(NOW);
    for (const bytes of [new Uint8Array(0), utf8('{"pid":47'), bytesOf(holderOf(DEAD_PID)).subarray(0, 40)]) {
      assert.equal(isDeadLeftover({ name, bytes, mtime: NOW - LOCK_STALE_MS - 1 }, mine, liveness, at), true);
      assert.equal(isDeadLeftover({ name, bytes, mtime: NOW - LOCK_STALE_MS + MINUTE }, mine, liveness, at), false);
      assert.equal(isDeadLeftover({ name, bytes }, mine, liveness, at), false);
    }
    // A whole holder is judged by its liveness, however old the file: a live one stays.
    assert.equal(isDeadLeftover({ name: 'lock.77.bbbbbbbbbbbb.tmp', bytes: bytesOf(holderOf(77)), mtime: NOW - 60 * MINUTE }, mine, liveness, at), false);
    assert.equal(isDeadLeftover({ name: `lock.stale-${ID}`, bytes: bytesOf(holderOf(DEAD_PID, 'another-machine')), mtime: NOW - 60 * MINUTE }, mine, liveness, at), false);
  });

  it('never removes a file holding this run\'s own lock (a take-over racing it moved it aside), even by a liveness that calls every holder dead', () => {
    const mine = bytesOf(holderOf(1));
    const allDead: Liveness = () => 'dead';
    assert.equal(isDeadLeftover({ name: `lock.stale-${ID}`, bytes: mine, mtime: NOW - 60 * MINUTE }, mine, allDead, new Date(NOW)), false);
    assert.equal(isDeadLeftover({ name: 'lock.1.bbbbbbbbbbbb.tmp', bytes: mine }, mine, allDead, new Date(NOW)), false);
    assert.equal(isDeadLeftover({ name: `lock.stale-${ID}`, bytes: bytesOf(holderOf(2)) }, mine, allDead, new Date(NOW)), true);
  });

  it('in VS Code for the Web (by the beat): a take-over\'s lock moved aside whose last beat is over ten minutes old goes, a beating one stays', async () => {
    const fs = ListingFs.of(fixtureJournal());
    const web = (beatAt: number): LockHolder => ({ pid: 0, host: 'a web window', startedAt: new Date(NOW - 60 * MINUTE).toISOString(), operation: 'encrypt', beatAt: new Date(beatAt).toISOString() });
    const stale = `${PRODUCT_FOLDER}/lock.stale-${ID}`;
    const beating = `${PRODUCT_FOLDER}/lock.stale-${ID.replace('a', 'b')}`;
    fs.put(stale, bytesOf(web(NOW - 11 * MINUTE)));
    fs.put(beating, bytesOf(web(NOW - MINUTE)));
    const me: LockHolder = { pid: 0, host: 'a web window', startedAt: new Date(NOW).toISOString(), operation: 'encrypt', beatAt: new Date(NOW).toISOString() };
    const lock = await acquireLock(fs, me, heartbeatLiveness(() => new Date(NOW)));
    assert.ok(lock.ok);
    assert.equal(fs.files.has(stale), false);
    assert.equal(fs.files.has(beating), true);
  });

  it('leaves them where the host cannot list a folder, and a disk that fails the sweep does not stop the run taking the lock', async () => {
    const unlisted = fixtureJournal();
    Object.defineProperty(unlisted, 'listFolder', { value: undefined }); // A host with no listFolder (JournalFs: it is optional).
    for (const [path, bytes] of Object.entries(DEAD_LEFTOVERS)) {
      unlisted.put(path, bytes);
    }
    const lock = await acquireLock(unlisted, holderOf(1), liveness);
    assert.ok(lock.ok);
    assert.ok(Object.keys(DEAD_LEFTOVERS).every((path) => unlisted.files.has(path)));

    const failing = ListingFs.of(fixtureJournal());
    for (const [path, bytes] of Object.entries(DEAD_LEFTOVERS)) {
      failing.put(path, bytes);
    }
    failing.faults = { fail: (op, path) => (op === 'remove' && path.includes('stale') ? Object.assign(new Error('EACCES: refused'), { code: 'EACCES' }) : undefined) };
    const held = await acquireLock(failing, holderOf(1), liveness);
    assert.ok(held.ok, 'the lock is held');
  });
});
