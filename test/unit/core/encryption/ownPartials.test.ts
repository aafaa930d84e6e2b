// Issue 17: each writer writes its own partial (`<path>.<writer>.lj-partial`, layout.ts). Node's fs
// truncates a file and then writes it, so a write under way can be seen cut short; up to bf32f66
// every writer wrote the one `<path>.lj-partial`, and a window's rename could put another window's
// write under way in place. These cases drive two windows (DecryptingJournalFs views) over one
// journal on the in-memory disk, a torn write being two steps as Node makes it:
// (a) (removed with the names lock, namesLock.ts: two windows' writes of the map can no longer cross;
//     a window killed in its map write is killSavePaths.test.ts's);
// (b) two windows saving one entry, their steps in seeded orders (six pinned where bf32f66 cut it short):
//     after every step the entry's file opens to its old text or one of the two saves; each save lands
//     or is refused with PartialTaken, at least one lands, the entry ends as one that landed, and no
//     partial is left;
// (c) old-style partials, left by earlier versions, are still read and settled;
// (d) a live writer's fresh partial is not removed or taken by another writer's settling.
// (a), (b) and (d)'s first case fail before the change (bf32f66); (c) passes there too, as it must.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { decryptJournal } from '../../../../src/core/encryption/decryptJournal';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import type { Credential } from '../../../../src/core/encryption/journalKey';
import { readJournalState, sealingOf } from '../../../../src/core/encryption/journalUnlock';
import { isPartialPath, MARKER_PATH, NAMES_PATH, PARTIAL_SUFFIX } from '../../../../src/core/encryption/layout';
import { restoreOrphans, type OrphanRepairHost } from '../../../../src/core/encryption/orphanedPartials';
import { SAFE_AGE_MS } from '../../../../src/core/encryption/partialTimes';
import { PartialTaken } from '../../../../src/core/encryption/safeWrites';
import { unlockJournal, type UnlockedJournal } from '../../../../src/core/encryption/unlockJournal';
import { mulberry32 } from '../../../../src/core/text/random';
import { ENTRIES, fixtureJournal, testHost } from '../../../support/encryptedJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';
import { Schedule } from '../../../support/schedule';

const passphrase: Credential = { kind: 'passphrase', passphrase: 'jeder für sich' };
const TODAY = '2026/11/2026-11-23.md';
const FROM_A = utf8('---\ndate: 2026-11-24\nkind: daily\n---\n\nWritten in window A.\n');
const FROM_B = utf8('---\ndate: 2026-11-25\nkind: daily\n---\n\nWritten in window B.\n');
const SEEDS = Number(process.env.SEEDS ?? 40);
/**
 * Orders, beyond the first SEEDS, in which bf32f66's shared partial left the entry's file cut short at
 * some step (readable names: 59, 69, 90, 102; opaque: 102, 134, 182; none of seeds 1–40 did): run
 * first, so on that code (b) fails on a cut-short entry.
 */
const PINNED = [59, 69, 90, 102, 134, 182];
const NOW = Date.UTC(2026, 10, 24, 9, 0);

/** A partial of the map, whoever wrote it (spelt out, so this file runs on the code before the change too). */
function mapPartial(path: string): boolean {
  return path.startsWith(NAMES_PATH) && isPartialPath(path);
}

/** The old-style partial of `path` (up to bf32f66), spelt out: the name earlier versions wrote. */
function oldStyle(path: string): string {
  return `${path}${PARTIAL_SUFFIX}`;
}

async function encrypted(names: 'readable' | 'opaque'): Promise<MemoryJournalFs> {
  const fs = fixtureJournal();
  const outcome = await encryptJournal(testHost(fs), { credential: passphrase, ...(names === 'opaque' ? { names } : {}) });
  assert.equal(outcome.status, 'done', outcome.reason);
  return fs;
}

async function unlocked(fs: MemoryJournalFs): Promise<UnlockedJournal> {
  const unlock = await unlockJournal(fs, passphrase);
  assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
  return unlock.journal;
}

/** `disk` with its writes made by `write` (the test tears and holds one by it). */
function hooked(disk: MemoryJournalFs, hooks: { readonly write: (path: string, bytes: Uint8Array) => Promise<void> }): MemoryJournalFs {
  return new Proxy(disk, {
    get(target, key, receiver) {
      if (key === 'write') {
        return hooks.write;
      }
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function listed(view: DecryptingJournalFs): Promise<string[]> {
  return (await view.list()).map((file) => file.path).sort();
}

describe('encryption: a partial file per writer (issue 17)', function () {
  this.timeout(120_000);

  it(`(b) two windows saving one entry, their steps in ${PINNED.length} pinned and ${SEEDS} seeded orders, every write torn in two: after every step the entry's file opens to its old text or one of the two saves; each save lands or is refused with PartialTaken, at least one lands, the entry ends as one that landed, and no partial is left`, async () => {
    for (const names of ['readable', 'opaque'] as const) {
      const start = await encrypted(names);
      const sealedPath = new DecryptingJournalFs(start, await unlocked(start)).sealedPathOf(TODAY);
      const old = ENTRIES[TODAY] ?? new Uint8Array(0);
      for (const seed of [...PINNED, ...Array.from({ length: SEEDS }, (_, index) => index + 1)]) {
        const context = `${names} names, seed ${seed}`;
        const fs = start.clone();
        const sealing = sealingOf((await unlocked(fs)).keys);
        const seen: string[] = [];
        const check = async (): Promise<void> => {
          const file = fs.files.get(sealedPath);
          const opened = file === undefined ? undefined : await sealing.open(sealedPath, file);
          if (opened === undefined || !opened.ok) {
            seen.push(opened === undefined ? 'missing' : opened.failure.kind);
          } else if (![old, FROM_A, FROM_B].some((text) => Buffer.from(text).equals(Buffer.from(opened.bytes)))) {
            seen.push('other text');
          }
        };
        const schedule = new Schedule(mulberry32(seed), { torn: true, after: check });
        const windowA = new DecryptingJournalFs(schedule.disk('A', fs), await unlocked(fs));
        const windowB = new DecryptingJournalFs(schedule.disk('B', fs), await unlocked(fs));
        const settled = await schedule.run({ A: () => windowA.write(TODAY, FROM_A), B: () => windowB.write(TODAY, FROM_B) });
        assert.deepEqual(seen, [], `${context}: the entry's file opened whole at every step`);
        for (const result of settled) {
          assert.ok(result.status === 'fulfilled' || result.reason instanceof PartialTaken, `${context}: a save lands or is refused as saved at the same moment (${result.status === 'rejected' ? String(result.reason) : ''})`);
        }
        const landed = [FROM_A, FROM_B].filter((_, index) => settled[index]?.status === 'fulfilled');
        assert.ok(landed.length > 0, `${context}: one of the two lands`);
        const final = await new DecryptingJournalFs(fs, await unlocked(fs)).read(TODAY);
        assert.ok(final !== undefined && landed.some((text) => Buffer.from(text).equals(Buffer.from(final))), `${context}: the entry is a save that landed, whole (a refused one stays in its editor)`);
        assert.deepEqual([...fs.files.keys()].filter(isPartialPath), [], `${context}: no partial left`);
      }
    }
  });

  describe('(c) old-style partials, left by earlier versions, are still settled', () => {
    it('an entry\'s, with no file beside it, over a minute old: the unlock puts it back', async () => {
      const fs = await encrypted('readable');
      const sealed = fs.files.get(`${TODAY}.age`);
      assert.ok(sealed !== undefined);
      fs.files.delete(`${TODAY}.age`);
      fs.put(oldStyle(`${TODAY}.age`), sealed);
      const host: OrphanRepairHost = {
        fs, me: { pid: 7, host: 'test-host' }, liveness: () => 'alive', now: () => new Date(NOW),
        modifiedAt: async (path) => (fs.files.has(path) ? NOW - SAFE_AGE_MS - 30_000 : undefined),
      };
      const repair = await restoreOrphans(host, await unlocked(fs));
      assert.deepEqual(repair.restored, [`${TODAY}.age`]);
      assert.deepEqual(await new DecryptingJournalFs(fs, await unlocked(fs)).read(TODAY), ENTRIES[TODAY]);
    });

    it('the map\'s, as its only copy: read by the unlock, and put in place by the next run', async () => {
      const fs = await encrypted('opaque');
      const map = fs.files.get(NAMES_PATH);
      assert.ok(map !== undefined);
      fs.files.delete(NAMES_PATH);
      fs.put(oldStyle(NAMES_PATH), map); // An earlier version's rename, deleting first, cut off.
      const view = new DecryptingJournalFs(fs, await unlocked(fs));
      assert.deepEqual(await view.read(TODAY), ENTRIES[TODAY], 'the names read from the partial');
      const outcome = await decryptJournal(testHost(fs), { credential: passphrase });
      assert.equal(outcome.status, 'done', outcome.reason);
      for (const [path, bytes] of Object.entries(ENTRIES)) {
        assert.deepEqual(fs.files.get(path), bytes, `${path}: decrypted under its name`);
      }
      assert.equal(fs.files.has(oldStyle(NAMES_PATH)), false);
    });

    it('the migration marker\'s, as its only copy: read as the marker', async () => {
      const fs = await encrypted('readable');
      fs.put(oldStyle(MARKER_PATH), utf8(`${JSON.stringify({ format: 'leadership-journal-migration', version: 1, operation: 'decrypt', undo: false, startedAt: '2026-11-24T09:00:00.000Z', done: 1, total: 4 })}\n`));
      const { marker } = await readJournalState(fs);
      assert.equal(marker?.operation, 'decrypt');
    });
  });

  describe('(d) a live writer\'s fresh partial is not removed or taken by another writer', () => {
    it('the first write of the map (no names.age yet), half-written in one window while another window saves: that one waits for the names lock and is refused, the write under way left to its writer, whose save lands; saving again then lands too', async () => {
      const fs = await encrypted('opaque');
      const map = fs.files.get(NAMES_PATH);
      assert.ok(map !== undefined);
      const journalA = await unlocked(fs);
      const journalB = await unlocked(fs);
      fs.files.delete(NAMES_PATH); // As before an opaque journal's first map write (the fixture's entries keep their ids in both views).
      let aHalf = (): void => undefined;
      const aHasHalf = new Promise<void>((resolve) => {
        aHalf = resolve;
      });
      let releaseA = (): void => undefined;
      const aHeld = new Promise<void>((resolve) => {
        releaseA = resolve;
      });
      let partialOfA = '';
      const windowA = new DecryptingJournalFs(hooked(fs, {
        write: async (path, bytes) => {
          if (mapPartial(path) && partialOfA === '') {
            partialOfA = path;
            fs.put(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
            aHalf();
            await aHeld;
          }
          await fs.write(path, bytes);
        },
      }), journalA);
      const savingA = windowA.write('2026/11/2026-11-24.md', FROM_A);
      await aHasHalf;
      const halfOfA = fs.files.get(partialOfA);
      const windowB = new DecryptingJournalFs(fs, journalB, undefined, undefined, undefined, undefined, undefined, undefined, { me: { pid: 1, host: 'test-host' }, liveness: () => 'alive', now: () => new Date(), pause: async () => undefined });
      await assert.rejects(windowB.write('2026/11/2026-11-25.md', FROM_B), { name: 'NamesLockBusy' }); // A holds the names lock.
      assert.deepEqual(fs.files.get(partialOfA), halfOfA, 'A\'s write under way is as A left it');
      releaseA();
      await savingA;
      await windowB.write('2026/11/2026-11-25.md', FROM_B); // B's user saves again.
      const later = new DecryptingJournalFs(fs, await unlocked(fs));
      assert.deepEqual((await listed(later)).filter((path) => path.startsWith('recovered/')), []);
      assert.deepEqual(await later.read('2026/11/2026-11-24.md'), FROM_A);
      assert.deepEqual(await later.read('2026/11/2026-11-25.md'), FROM_B);
    });

    it('an entry\'s partial with no file beside it, written less than a minute ago by another window: the unlock leaves it', async () => {
      const fs = await encrypted('readable');
      const sealed = fs.files.get(`${TODAY}.age`);
      assert.ok(sealed !== undefined);
      fs.files.delete(`${TODAY}.age`);
      const partial = `${TODAY}.age.7window2${PARTIAL_SUFFIX}`;
      fs.put(partial, sealed);
      const host: OrphanRepairHost = {
        fs, me: { pid: 7, host: 'test-host' }, liveness: () => 'alive', now: () => new Date(NOW),
        modifiedAt: async (path) => (fs.files.has(path) ? NOW - 5_000 : undefined),
      };
      const repair = await restoreOrphans(host, await unlocked(fs));
      assert.deepEqual(repair.recent, [partial]);
      assert.deepEqual(fs.files.get(partial), sealed, 'left as it is');
    });
  });
});
