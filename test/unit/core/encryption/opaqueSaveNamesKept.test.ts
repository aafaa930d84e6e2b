// Issue 17: a save of an existing entry of an opaque journal that leaves names.age as it is goes as a
// readable save does (decryptingJournalFs.ts writeEntry): no names lock through a create that checks,
// then writes (web, virtual, remote folders), the lock only around its last check and its rename where
// the create is exact (the desktop). What the lock held throughout gave such a save is kept, each by
// the check that now gives it, and each is checked here with two windows (or a window and a run of
// the command line) on one journal, the other's change put at one step of this window's save:
// - before its last check (its sealed partial being written): another window's rename or delete of
//   the entry, or a rename that gave its name to another entry, changed names.age, so the save is
//   refused with the cause, as under the lock, nothing written; a passphrase change, a decrypt, or a
//   run holding the journal's lock (an Encrypt resumed) changed the key stamp: refused, nothing written;
// - between its last check and its rename, on the desktop: the rename, delete, passphrase change or
//   decrypt waits for the names lock, so the save lands first and the other change then acts on it;
// - the same moment through the checking create, where no lock is taken: what remains, as for readable
//   names there — another window's rename or delete landing in it leaves the save's text in the
//   renamed entry or under recovered/, not lost.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { changePassphrase } from '../../../../src/core/encryption/changePassphrase';
import { decryptJournal } from '../../../../src/core/encryption/decryptJournal';
import type { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { JournalKeyChanged } from '../../../../src/core/encryption/keyStamp';
import { isPartialPath, LOCK_PATH, NAMES_LOCK_PATH, NAMES_PATH } from '../../../../src/core/encryption/layout';
import { holderBytes } from '../../../../src/core/encryption/lockLiveness';
import type { MigrationHost } from '../../../../src/core/encryption/migrationRun';
import { ENTRIES, testHost } from '../../../support/encryptedJournal';
import { checkThenWrite, counted, countingHost, exact, hooked, type Counted, type DiskOp } from '../../../support/lockDisks';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';
import { entriesNow, nextTurn, ONE_ON_ONE, opaqueJournal, PASSPHRASE, RENAMED, TODAY, windowOn } from '../../../support/opaqueWindows';

const SAVED = '---\ndate: 2026-11-23\nkind: daily\n---\n\nSaved in window A.\n';
const B_TEXT = '---\ndate: 2026-11-23\nkind: daily\n---\n\nA new entry of window B.\n';
const NEW_PASSPHRASE = 'neu und anders';
const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);
const ORIGINAL = text(ENTRIES[TODAY]);

const HOSTS = { desktop: exact, 'check-then-write': checkThenWrite } as const;
type Host = keyof typeof HOSTS;

/** The step of window A's save of TODAY at which the other change runs: its partial's write (before the last check), or its rename (after it). */
type Step = 'partial' | 'rename';

interface Two {
  readonly fs: MemoryJournalFs;
  readonly a: DecryptingJournalFs;
  readonly b: DecryptingJournalFs;
  readonly countA: Counted;
  readonly countB: Counted;
  /** A's save of TODAY from the version its editor opened, `other` run (and awaited) just before A's `step`; settles to 'saved' or the refusal. */
  readonly save: (step: Step, other: () => Promise<unknown>) => Promise<unknown>;
}

/** Windows A and B on one opaque journal through `host`'s disk, each with its names read (an explorer listed it), A's editor on TODAY. */
async function twoWindows(host: Host): Promise<Two> {
  const fs = await opaqueJournal();
  const countA = counted();
  const countB = counted();
  let before: (op: DiskOp, path: string) => Promise<void> = async () => undefined;
  const a = await windowOn(fs, hooked(HOSTS[host](fs, countA), (op, path) => before(op, path)), countingHost(countA));
  const b = await windowOn(fs, HOSTS[host](fs, countB), countingHost(countB));
  await a.list();
  await b.list();
  const opened = await a.readVersion(TODAY);
  assert.ok(opened?.version !== undefined);
  const basis = [opened.version];
  const save = async (step: Step, other: () => Promise<unknown>): Promise<unknown> => {
    let done = false;
    before = async (op, path) => {
      if (!done && op === (step === 'partial' ? 'write' : 'rename') && isPartialPath(path) && !path.startsWith(NAMES_PATH)) {
        done = true;
        await other();
      }
    };
    const result = await a.write(TODAY, utf8(SAVED), basis).then(() => 'saved', (error: unknown) => error);
    assert.ok(done, `the other change ran at the ${step}`);
    return result;
  };
  return { fs, a, b, countA, countB, save };
}

/** Rejects as NamesChanged whose English cause is `cause`. */
function assertRefused(result: unknown, cause: string): void {
  assert.ok(result instanceof Error && result.name === 'NamesChanged', `refused as changed elsewhere, not ${String(result)}`);
  assert.equal(result.message, cause);
}

/**
 * Starts `change` while window A holds the names lock (the desktop, between its last check and its
 * rename), and resolves once `change` has tried that lock (`tries` counts its creates) and is still
 * waiting; `settled` is the change's own outcome. The names.age and the entry's file are as they were.
 */
async function waitingOnLock(fs: MemoryJournalFs, tries: Counted, change: () => Promise<unknown>): Promise<{ readonly settled: Promise<unknown> }> {
  const names = fs.files.get(NAMES_PATH);
  let finished = false;
  const settled = change().then((value) => value, (error: unknown) => error).finally(() => {
    finished = true;
  });
  for (let turn = 0; tries.lockCreates.length === 0 || turn < 20; turn++) {
    assert.ok(turn < 10_000, 'the other change never tried the names lock');
    await nextTurn();
  }
  assert.equal(finished, false, 'the other change waits for the names lock');
  assert.deepEqual(fs.files.get(NAMES_PATH), names, 'names.age untouched while this save holds the lock');
  return { settled };
}

/** A run of the command line (another process) on `fs`, its names lock's creates counted into `tries`. */
function runHost(fs: MemoryJournalFs, tries: Counted): MigrationHost {
  return { ...testHost(fs, 2), fs: exact(fs, tries) };
}

describe('encryption: an opaque save that leaves names.age as it is, and what the names lock gave it (issue 17)', function () {
  this.timeout(60_000);

  for (const host of Object.keys(HOSTS) as Host[]) {
    describe(`before its last check (${host})`, () => {
      it('another window renames the entry: refused, naming the rename; the renamed entry keeps its text, nothing of this save is written', async () => {
        const { fs, b, save } = await twoWindows(host);
        assertRefused(await save('partial', () => b.rename(TODAY, RENAMED)), `another window renamed ${TODAY} to ${RENAMED}`);
        const entries = await entriesNow(fs);
        assert.equal(entries[RENAMED], ORIGINAL);
        assert.equal(entries[TODAY], undefined);
      });

      it('another window deletes the entry: refused, naming the delete; no entry of it comes back, not even under recovered/', async () => {
        const { fs, b, save } = await twoWindows(host);
        assertRefused(await save('partial', () => b.remove(TODAY)), `another window deleted ${TODAY}`);
        const entries = await entriesNow(fs);
        assert.equal(entries[TODAY], undefined);
        assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), []);
      });

      it('another window renames the entry away and another entry to its name (the name freed, then taken): refused, naming both; neither entry is written over', async () => {
        const { fs, b, save } = await twoWindows(host);
        const result = await save('partial', async () => {
          await b.rename(TODAY, RENAMED);
          await b.rename(ONE_ON_ONE, TODAY);
        });
        assertRefused(result, `another window renamed ${TODAY} to ${RENAMED}, and another entry now has the name ${TODAY}`);
        const entries = await entriesNow(fs);
        assert.equal(entries[RENAMED], ORIGINAL);
        assert.equal(entries[TODAY], text(ENTRIES[ONE_ON_ONE]));
      });

      it('another window deletes the entry and saves a new one of that name: refused; the new entry stays', async () => {
        const { fs, b, save } = await twoWindows(host);
        const result = await save('partial', async () => {
          await b.remove(TODAY);
          await b.write(TODAY, utf8(B_TEXT));
        });
        assertRefused(result, `another window deleted ${TODAY}, and a new entry now has that name`);
        assert.equal((await entriesNow(fs))[TODAY], B_TEXT);
      });

      it('another process changes the passphrase: refused as a changed key, nothing written; the entry opens with the new passphrase to its old text', async () => {
        const { fs, save } = await twoWindows(host);
        const result = await save('partial', async () => {
          const changed = await changePassphrase(testHost(fs, 2), { passphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE });
          assert.equal(changed.status, 'done', changed.reason);
        });
        assert.ok(result instanceof JournalKeyChanged, String(result));
        assert.equal((await entriesNow(fs, NEW_PASSPHRASE))[TODAY], ORIGINAL);
      });

      it('another process decrypts the journal: refused as a changed key, nothing written; the plain entry holds its old text and no sealed file or partial is left', async () => {
        const { fs, save } = await twoWindows(host);
        const result = await save('partial', async () => {
          const decrypted = await decryptJournal(testHost(fs, 2), { credential: { kind: 'passphrase', passphrase: PASSPHRASE } });
          assert.equal(decrypted.status, 'done', decrypted.reason);
        });
        assert.ok(result instanceof JournalKeyChanged, String(result));
        assert.equal(text(fs.files.get(TODAY)), ORIGINAL);
        assert.deepEqual([...fs.files.keys()].filter((path) => path.endsWith('.age') || isPartialPath(path)), []);
      });

      it('a run holds the journal\'s lock (an Encrypt Journal resumed in another window): refused as a changed key, nothing written', async () => {
        const { fs, save } = await twoWindows(host);
        const result = await save('partial', async () => {
          const now = new Date().toISOString();
          fs.put(LOCK_PATH, holderBytes({ pid: 4242, host: 'another machine', startedAt: now, operation: 'encrypt', beatAt: now }));
        });
        assert.ok(result instanceof JournalKeyChanged, String(result));
        fs.files.delete(LOCK_PATH);
        assert.equal((await entriesNow(fs))[TODAY], ORIGINAL);
      });
    });
  }

  describe('between its last check and its rename, on the desktop (the names lock held around them)', () => {
    it('another window\'s rename of the entry waits for the lock: the save lands first, and the rename then carries its text', async () => {
      const { fs, b, countB, save } = await twoWindows('desktop');
      let waiting: { readonly settled: Promise<unknown> } | undefined;
      assert.equal(await save('rename', async () => {
        waiting = await waitingOnLock(fs, countB, () => b.rename(TODAY, RENAMED));
      }), 'saved');
      assert.equal(await waiting?.settled, undefined, 'the rename lands after');
      const entries = await entriesNow(fs);
      assert.equal(entries[RENAMED], SAVED);
      assert.equal(entries[TODAY], undefined);
    });

    it('another window\'s delete of the entry waits for the lock: the save lands first, then the entry is deleted whole — no file of it is left for recovered/', async () => {
      const { fs, b, countB, save } = await twoWindows('desktop');
      let waiting: { readonly settled: Promise<unknown> } | undefined;
      assert.equal(await save('rename', async () => {
        waiting = await waitingOnLock(fs, countB, () => b.remove(TODAY));
      }), 'saved');
      assert.equal(await waiting?.settled, undefined, 'the delete lands after');
      const entries = await entriesNow(fs);
      assert.equal(entries[TODAY], undefined);
      assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), []);
    });

    it('a passphrase change started then waits for the lock before it reseals anything: the save lands, and the change reseals it', async () => {
      const { fs, save } = await twoWindows('desktop');
      const tries = counted();
      let waiting: { readonly settled: Promise<unknown> } | undefined;
      assert.equal(await save('rename', async () => {
        waiting = await waitingOnLock(fs, tries, () => changePassphrase(runHost(fs, tries), { passphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE }));
      }), 'saved');
      const changed = await waiting?.settled as { status: string; reason?: string };
      assert.equal(changed.status, 'done', changed.reason);
      assert.equal((await entriesNow(fs, NEW_PASSPHRASE))[TODAY], SAVED);
    });

    it('a decrypt started then waits for the lock: the save lands, and the decrypt turns it into the plain entry', async () => {
      const { fs, save } = await twoWindows('desktop');
      const tries = counted();
      let waiting: { readonly settled: Promise<unknown> } | undefined;
      assert.equal(await save('rename', async () => {
        waiting = await waitingOnLock(fs, tries, () => decryptJournal(runHost(fs, tries), { credential: { kind: 'passphrase', passphrase: PASSPHRASE } }));
      }), 'saved');
      const decrypted = await waiting?.settled as { status: string; reason?: string };
      assert.equal(decrypted.status, 'done', decrypted.reason);
      assert.equal(text(fs.files.get(TODAY)), SAVED);
      assert.deepEqual([...fs.files.keys()].filter((path) => path.endsWith('.age') || isPartialPath(path) || path === NAMES_LOCK_PATH), []);
    });
  });

  describe('between its last check and its rename, through the checking create (no lock: what remains, as for readable names)', () => {
    it('another window\'s rename landing there leaves the save\'s text in the renamed entry, not lost', async () => {
      const { fs, b, save } = await twoWindows('check-then-write');
      assert.equal(await save('rename', () => b.rename(TODAY, RENAMED)), 'saved');
      const entries = await entriesNow(fs);
      assert.equal(entries[RENAMED], SAVED);
      assert.equal(entries[TODAY], undefined);
    });

    it('another window\'s delete landing there leaves the save\'s text under recovered/, not lost', async () => {
      const { fs, b, save } = await twoWindows('check-then-write');
      assert.equal(await save('rename', () => b.remove(TODAY)), 'saved');
      const entries = await entriesNow(fs);
      assert.equal(entries[TODAY], undefined);
      assert.deepEqual(Object.entries(entries).filter(([path]) => path.startsWith('recovered/')).map(([, saved]) => saved), [SAVED]);
    });
  });
});
