// Saves cut off between the write and the rename (the sealed entry whole in `NAME.md.age.lj-partial`,
// no `NAME.md.age`), put back when the journal is unlocked (core/encryption/orphanedPartials.ts), over
// the in-memory file system the migration's tests use: the entry is back and reads as before; a
// partial written just now, one that does not open, or one beside its final form is left exactly as
// it is; and nothing else on the disk changes.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { changePassphrase } from '../../../../src/core/encryption/changePassphrase';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { sealingOf } from '../../../../src/core/encryption/journalUnlock';
import type { Credential } from '../../../../src/core/encryption/journalKey';
import { LOCK_PATH, NAMES_PATH, partialPath, stagedPath } from '../../../../src/core/encryption/layout';
import { restoreOrphans, surveyOrphans, type OrphanRepairHost } from '../../../../src/core/encryption/orphanedPartials';
import { SAFE_AGE_MS } from '../../../../src/core/encryption/partialTimes';
import { englishReason, reason, type Reason } from '../../../../src/core/encryption/reasons';
import { unlockJournal, type UnlockedJournal } from '../../../../src/core/encryption/unlockJournal';
import { ENTRIES, fixtureJournal, testHost } from '../../../support/encryptedJournal';
import { systemError, type MemoryJournalFs } from '../../../support/memoryJournalFs';

/** The writer of the partials a cut-off save left (layout.ts): another window, or a process gone. */
const WRITER = '7window2';

const PASSPHRASE = 'Grüße — nur ich';
const passphrase: Credential = { kind: 'passphrase', passphrase: PASSPHRASE };
const TODAY = '2026/11/2026-11-23.md';
const SEALED = `${TODAY}.age`;
const PARTIAL = partialPath(SEALED, WRITER);
const OTHER = '2026/12/2026-12-01.md';
const NOW = Date.UTC(2026, 10, 24, 9, 0);

async function encrypted(names: 'readable' | 'opaque' = 'readable', credential: Credential = passphrase): Promise<{ fs: MemoryJournalFs; journal: UnlockedJournal }> {
  const fs = fixtureJournal();
  const outcome = await encryptJournal(testHost(fs), { credential, ...(names === 'opaque' ? { names } : {}) });
  assert.equal(outcome.status, 'done', outcome.reason);
  const unlock = await unlockJournal(fs, credential);
  assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
  return { fs, journal: unlock.journal };
}

/** The window's host: files were written `ages` ms before NOW (a minute and a half unless said). */
function host(fs: MemoryJournalFs, ages: Readonly<Record<string, number>> = {}, pid = 7): OrphanRepairHost {
  return {
    fs,
    me: { pid, host: 'test-host' },
    liveness: () => 'alive',
    now: () => new Date(NOW),
    modifiedAt: async (path) => (fs.files.has(path) ? NOW - (ages[path] ?? SAFE_AGE_MS + 30_000) : undefined),
  };
}

/** Every file on the disk, dot-folders included, with its bytes. */
function disk(fs: MemoryJournalFs): Map<string, string> {
  return new Map([...fs.files].map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]));
}

/** The file at `from` moved to `to`, as a save cut off by VS Code's delete-then-rename leaves it. */
function moved(fs: MemoryJournalFs, from: string, to: string): void {
  const bytes = fs.files.get(from);
  assert.ok(bytes !== undefined, from);
  fs.files.delete(from);
  fs.put(to, bytes);
}

/** Operations that change the disk, from the fs's log. */
function writes(fs: MemoryJournalFs): string[] {
  return fs.log.filter((line) => !/^(list|listFolder|read) /.test(line));
}

async function entryText(fs: MemoryJournalFs, journal: UnlockedJournal, path: string): Promise<Uint8Array | undefined> {
  return new DecryptingJournalFs(fs, journal).read(path);
}

describe('encryption: saves cut off before their rename, put back at unlock', function () {
  this.timeout(60_000);

  for (const names of ['readable', 'opaque'] as const) {
    it(`puts an old, whole orphaned partial back in place, and the entry is listed and reads as before (${names} names)`, async () => {
      const { fs, journal } = await encrypted(names);
      const view = new DecryptingJournalFs(fs, journal);
      const sealed = view.sealedPathOf(TODAY);
      moved(fs, sealed, partialPath(sealed, WRITER));
      assert.ok(!(await view.list()).some((file) => file.path === TODAY), 'the entry is missing before');
      const before = disk(fs);

      const repair = await restoreOrphans(host(fs), journal);

      assert.deepEqual(repair.restored, [sealed]);
      assert.deepEqual([repair.recent, repair.kept, repair.notNow], [[], [], undefined]);
      const after = disk(fs);
      const expected = new Map(before);
      expected.set(sealed, before.get(partialPath(sealed, WRITER)) ?? '');
      expected.delete(partialPath(sealed, WRITER));
      assert.deepEqual(after, expected, 'the partial became the entry\'s file; nothing else changed (the lock is gone)');
      assert.ok((await view.list()).some((file) => file.path === TODAY), 'the entry is listed again');
      assert.deepEqual(await entryText(fs, journal, TODAY), ENTRIES[TODAY]);
    });
  }

  for (const [when, age] of [['written less than a minute ago (a save may be under way in another window)', SAFE_AGE_MS - 1_000], ['whose time the file system does not tell (mtime 0)', NOW]] as const) {
    it(`leaves a partial ${when}, writing nothing`, async () => {
      const { fs, journal } = await encrypted();
      moved(fs, SEALED, PARTIAL);
      const before = disk(fs);
      fs.log.length = 0;

      const repair = await restoreOrphans(host(fs, { [PARTIAL]: age }), journal);

      assert.deepEqual(repair.recent, [PARTIAL]);
      assert.deepEqual([repair.restored, repair.whole, repair.kept], [[], [], []]);
      assert.deepEqual(disk(fs), before, 'nothing on the disk changed');
      assert.deepEqual(writes(fs), [], 'not even the lock was taken');
    });
  }

  it('leaves a partial that is cut short or sealed to another key, and says why, once each', async () => {
    const { fs, journal } = await encrypted();
    const cut = fs.files.get(SEALED);
    assert.ok(cut !== undefined);
    fs.files.delete(SEALED);
    fs.put(PARTIAL, cut.subarray(0, cut.length - 20));
    const stranger = (await encrypted('readable', { kind: 'passphrase', passphrase: 'someone else' })).fs.files.get(`${OTHER}.age`);
    assert.ok(stranger !== undefined);
    fs.files.delete(`${OTHER}.age`);
    fs.put(partialPath(`${OTHER}.age`, WRITER), stranger);
    const before = disk(fs);
    fs.log.length = 0;

    const repair = await restoreOrphans(host(fs), journal);

    assert.deepEqual(repair.restored, []);
    assert.deepEqual(repair.kept.map((item) => item.path), [PARTIAL, partialPath(`${OTHER}.age`, WRITER)]);
    assert.match(repair.kept[0]?.reason ?? '', /^2026\/11\/2026-11-23\.md\.age\.7window2\.lj-partial is (cut short|damaged)/);
    assert.match(repair.kept[1]?.reason ?? '', /^2026\/12\/2026-12-01\.md\.age\.7window2\.lj-partial is encrypted to another key/);
    assert.deepEqual(disk(fs), before, 'both kept as they are, nothing deleted');
    assert.deepEqual(writes(fs), []);
  });

  it('settles a dead writer\'s partial beside its final file, or beside the plain entry it was sealed from: removed when it holds the entry\'s text, else kept as NAME (interrupted save).md', async () => {
    const { fs, journal } = await encrypted();
    const sealed = fs.files.get(SEALED);
    assert.ok(sealed !== undefined);
    fs.put(PARTIAL, sealed); // A save that died before its rename (Node's atomic rename): the entry's own text.
    fs.put(partialPath(`${OTHER}.age`, WRITER), sealed); // An encrypt that died before its rename, holding other text…
    fs.files.delete(`${OTHER}.age`);
    fs.put(OTHER, utf8('plain text still here\n')); // …than its plain source, still there.
    const before = disk(fs);

    const repair = await restoreOrphans(host(fs), journal);

    assert.deepEqual([repair.restored, repair.whole, repair.recent, repair.kept], [[], [], [], []], 'neither is an orphan');
    const kept = '2026/12/2026-12-01 (interrupted save).md.age';
    assert.deepEqual(repair.keptAside, [{ entry: `${OTHER}.age`, kept }]);
    const expected = new Map(before);
    expected.delete(PARTIAL);
    expected.delete(partialPath(`${OTHER}.age`, WRITER));
    expected.set(kept, before.get(partialPath(`${OTHER}.age`, WRITER)) ?? '');
    assert.deepEqual(disk(fs), expected, 'the one holding nothing else removed, the other renamed as it is; the lock released');
  });

  it('leaves a dead writer\'s whole save beside its entry that a passphrase change left sealed to the old key, and says why; removes one cut short', async () => {
    const { fs, journal } = await encrypted();
    // Window A sealed new text to the key of the day and was killed before its rename; within the
    // minute window B changed the passphrase (the run leaves a partial that young), resealing the entry.
    const lost = await sealingOf(journal.keys).seal(utf8('the only copy of what I wrote\n'));
    const outcome = await changePassphrase(testHost(fs, 2), { passphrase: PASSPHRASE, newPassphrase: 'neu und anders' });
    assert.equal(outcome.status, 'done', outcome.reason);
    fs.put(PARTIAL, lost);
    const other = fs.files.get(`${OTHER}.age`);
    assert.ok(other !== undefined);
    const cut = partialPath(`${OTHER}.age`, WRITER);
    fs.put(cut, other.subarray(0, other.length - 20)); // A write that never finished, beside its entry.
    const unlocked = await unlockJournal(fs, { kind: 'passphrase', passphrase: 'neu und anders' });
    assert.ok(unlocked.ok);
    const before = disk(fs);

    const repair = await restoreOrphans(host(fs), unlocked.journal);

    assert.deepEqual(fs.files.get(PARTIAL), lost, 'the save sealed to the old key is kept as it is');
    assert.deepEqual(repair.kept.map((item) => [item.path, item.why?.id]), [[PARTIAL, 'age-wrong-identity']], 'and said, with age\'s reason');
    assert.match(repair.kept[0]?.reason ?? '', /^2026\/11\/2026-11-23\.md\.age\.7window2\.lj-partial is encrypted to another key/);
    assert.deepEqual(repair.keptAside, []);
    const expected = new Map(before);
    expected.delete(cut);
    assert.deepEqual(disk(fs), expected, 'the one cut short removed, nothing else changed');
  });

  it('puts nothing back while another run holds the journal\'s lock, and says so', async () => {
    const { fs, journal } = await encrypted();
    moved(fs, SEALED, PARTIAL);
    fs.put(LOCK_PATH, utf8(`${JSON.stringify({ pid: 99, host: 'test-host', startedAt: '2026-11-24T08:59:00.000Z', operation: 'decrypt' })}\n`));
    const before = disk(fs);

    const repair = await restoreOrphans(host(fs), journal);

    assert.deepEqual(repair.whole, [PARTIAL]);
    assert.deepEqual(repair.restored, []);
    assert.match(repair.notNow ?? '', /^another decrypt is running on this journal \(process 99 on test-host/);
    assert.deepEqual(repair.notNowWhy, reason('lock-busy', reason('run-decrypt'), 99, 'test-host', '2026-11-24T08:59:00.000Z', LOCK_PATH), 'and as data, for the host to word');
    assert.deepEqual(disk(fs), before, 'the orphan stays for the next unlock; the other run\'s lock is untouched');
  });

  it('gives why a partial was left, and why nothing was put back, as data the host words, and the same English', async () => {
    const { fs, journal } = await encrypted();
    const cut = fs.files.get(SEALED);
    assert.ok(cut !== undefined);
    fs.files.delete(SEALED);
    fs.put(PARTIAL, cut.subarray(0, cut.length - 20));
    fs.put(partialPath(OTHER, WRITER), utf8('a decrypt cut off\n')); // A plain entry's partial, with nothing beside it.
    fs.files.delete(`${OTHER}.age`);
    const repair = await restoreOrphans(host(fs), journal);
    assert.deepEqual(repair.kept.map((item) => [item.path, item.why?.id]), [[PARTIAL, repair.kept[0]?.why?.id], [partialPath(OTHER, WRITER), 'orphan-plain']]);
    assert.match(repair.kept[0]?.why?.id ?? '', /^age-(truncated|damaged)$/);
    for (const item of repair.kept) {
      assert.equal(englishReason(item.why ?? reason('no-identity')), item.reason, 'the English is the data\'s');
    }
    assert.equal(repair.kept[1]?.reason, `${partialPath(OTHER, WRITER)} is a half-written plain entry with no original beside it`, 'as before');

    fs.faults = { fail: (op) => (op === 'list' ? systemError('EACCES', 'permission denied, scandir') : undefined) };
    const unreadable = await restoreOrphans(host(fs), journal);
    assert.deepEqual((unreadable.notNowWhy as Reason | undefined)?.id, 'while-listing');
    assert.equal(unreadable.notNow, 'permission was denied (EACCES) while listing the journal folder');
  });

  it('two windows unlocking at once put the entry back once, and neither fails', async () => {
    const { fs, journal } = await encrypted();
    moved(fs, SEALED, PARTIAL);
    const before = disk(fs);

    const [first, second] = await Promise.all([restoreOrphans(host(fs, {}, 7), journal), restoreOrphans(host(fs, {}, 8), journal)]);

    assert.deepEqual([...first.restored, ...second.restored], [SEALED], 'put back by exactly one of them');
    for (const repair of [first, second]) {
      assert.ok(repair.notNow === undefined || /^another unlock is running on this journal/.test(repair.notNow), repair.notNow);
    }
    assert.deepEqual([...disk(fs).keys()].sort(), [...before.keys()].map((path) => (path === PARTIAL ? SEALED : path)).sort());
    assert.deepEqual(await entryText(fs, journal, TODAY), ENTRIES[TODAY]);
  });

  it('removes the copies of names.age that closed windows left beside it over a minute ago, under the lock, and leaves a younger one (a live window\'s map write) and every copy when names.age is missing', async () => {
    const { fs, journal } = await encrypted('opaque');
    const map = fs.files.get(NAMES_PATH);
    assert.ok(map !== undefined);
    const dead = [partialPath(NAMES_PATH, WRITER), stagedPath(NAMES_PATH), `${NAMES_PATH}.lj-partial`];
    const live = partialPath(NAMES_PATH, '2livewin');
    for (const copy of [...dead, live]) {
      fs.put(copy, map);
    }
    const before = disk(fs);
    const lockTaken = (): boolean => fs.log.some((line) => line.includes(LOCK_PATH) && !/^(list|listFolder|read) /.test(line));

    const repair = await restoreOrphans(host(fs, { [live]: 20_000 }), journal);

    assert.deepEqual([...repair.mapCopiesRemoved].sort(), [...dead].sort());
    assert.deepEqual([...fs.files.keys()].filter((path) => path.startsWith(`${NAMES_PATH}.`)), [live], 'the live window\'s copy is left to it');
    assert.ok(lockTaken(), 'removed under the journal\'s lock');
    assert.deepEqual(fs.files.get(NAMES_PATH), map, 'names.age is as it was');
    assert.equal(before.size - disk(fs).size, dead.length, 'nothing else changed');

    // names.age missing (a delete-first rename cut off): the copies are the map's only copies, kept for the next run.
    const { fs: missing, journal: unlocked } = await encrypted('opaque');
    const copyOfMap = missing.files.get(NAMES_PATH);
    assert.ok(copyOfMap !== undefined);
    missing.files.delete(NAMES_PATH);
    missing.put(partialPath(NAMES_PATH, WRITER), copyOfMap);
    const left = await restoreOrphans(host(missing), unlocked);
    assert.deepEqual(left.mapCopiesRemoved, []);
    assert.ok(missing.files.has(partialPath(NAMES_PATH, WRITER)));
  });

  it('the survey alone reads and never writes (what the CLI uses)', async () => {
    const { fs, journal } = await encrypted();
    moved(fs, SEALED, PARTIAL);
    fs.log.length = 0;
    const survey = await surveyOrphans(host(fs), journal);
    assert.deepEqual(survey, { whole: [PARTIAL], recent: [], kept: [], beside: [] });
    assert.deepEqual(writes(fs), []);
  });
});
