// The partials a migration (encrypt, decrypt, change passphrase) finds when it starts, settled without
// racing a save another window is making and without ever dropping the only copy of a text: a save
// cut off between its write and its rename — alone (VS Code's rename deletes the entry first), or
// beside its entry with other text (a host killed between the two) — is put in place, or kept beside
// the entry, only once it is over a minute old, and then converted with the rest of the journal; a
// younger one is left exactly as it is and listed, and the run goes on once it is old enough.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { changePassphrase } from '../../../../src/core/encryption/changePassphrase';
import { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { decryptJournal } from '../../../../src/core/encryption/decryptJournal';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { SAFE_AGE_MS } from '../../../../src/core/encryption/partialTimes';
import { KEY_PATH, partialPath } from '../../../../src/core/encryption/layout';
import type { MigrationHost } from '../../../../src/core/encryption/migrationRun';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { ENTRIES, fixtureJournal, testHost } from '../../../support/encryptedJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';

/** The writer of the partials a cut-off save left (layout.ts): another window, or a process gone. */
const WRITER = '7window2';

const PASSPHRASE = 'Grüße — nur ich';
const TODAY = '2026/11/2026-11-23.md';
const SEALED = `${TODAY}.age`;
const PARTIAL = partialPath(SEALED, WRITER);
const CUT_OFF = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nThe save that was cut off.\n');

/** A readable-names journal with a save of TODAY cut off: its partial holds CUT_OFF; `beside` keeps the entry's file too. */
async function cutOffSave(beside: boolean): Promise<MemoryJournalFs> {
  const fs = fixtureJournal();
  assert.equal((await encryptJournal(testHost(fs), { credential: { kind: 'passphrase', passphrase: PASSPHRASE } })).status, 'done');
  const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
  assert.ok(unlock.ok);
  const before = fs.files.get(SEALED);
  await new DecryptingJournalFs(fs, unlock.journal).write(TODAY, CUT_OFF);
  fs.put(PARTIAL, fs.files.get(SEALED) ?? new Uint8Array());
  fs.files.delete(SEALED);
  if (beside && before !== undefined) {
    fs.put(SEALED, before);
  }
  return fs;
}

/** The test host, with the partial written `age` ms before its clock and everything else long before. */
function hostWith(fs: MemoryJournalFs, age: number, later = 0): MigrationHost {
  const host = testHost(fs);
  const now = host.now().getTime() + later;
  return { ...host, now: () => new Date(now), modifiedAt: async (path) => (fs.files.has(path) ? host.now().getTime() - (path === PARTIAL ? age : 10 * SAFE_AGE_MS) : undefined) };
}

describe('encryption: a migration settles the partials a save left', function () {
  this.timeout(60_000);

  it('of two writers\' whole orphans of one entry puts the newer in place, not the alphabetically first, and keeps the older beside it', async () => {
    const fs = await cutOffSave(false);
    const older = partialPath(SEALED, '2aaaaaaa'); // Sorts before WRITER's, and was written before it.
    const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(unlock.ok);
    const newer = fs.files.get(PARTIAL);
    fs.files.delete(PARTIAL);
    await new DecryptingJournalFs(fs, unlock.journal).write(TODAY, utf8('an older save\n'));
    fs.put(older, fs.files.get(SEALED) ?? new Uint8Array());
    fs.files.delete(SEALED);
    fs.put(PARTIAL, newer ?? new Uint8Array());
    const host = hostWith(fs, 2 * SAFE_AGE_MS);
    const outcome = await decryptJournal({ ...host, modifiedAt: async (path) => (path === older ? host.now().getTime() - 5 * SAFE_AGE_MS : host.modifiedAt?.(path)) }, { credential: { kind: 'passphrase', passphrase: PASSPHRASE } });
    assert.equal(outcome.status, 'done', outcome.reason ?? JSON.stringify(outcome.attention));
    assert.deepEqual(fs.files.get(TODAY), CUT_OFF, 'the newer save is the entry');
    assert.deepEqual(fs.files.get('2026/11/2026-11-23 (interrupted save).md'), utf8('an older save\n'), 'the older kept beside it');
  });

  it('decrypts a cut-off save it put in place, rather than leaving it sealed to the key it removes', async () => {
    const fs = await cutOffSave(false);
    const outcome = await decryptJournal(hostWith(fs, 2 * SAFE_AGE_MS), { credential: { kind: 'passphrase', passphrase: PASSPHRASE } });
    assert.equal(outcome.status, 'done', outcome.reason ?? JSON.stringify(outcome.attention));
    assert.deepEqual(fs.files.get(TODAY), CUT_OFF, 'the cut-off save\'s text, in plain');
    assert.deepEqual([...fs.files.keys()].filter((path) => path.endsWith('.age') || path.endsWith('.lj-partial')), [], 'nothing left sealed, no partial');
    assert.equal(fs.files.has(KEY_PATH), false);
  });

  it('re-encrypts a cut-off save it put in place to the new passphrase', async () => {
    const fs = await cutOffSave(false);
    const outcome = await changePassphrase(hostWith(fs, 2 * SAFE_AGE_MS), { passphrase: PASSPHRASE, newPassphrase: 'ново' });
    assert.equal(outcome.status, 'done', outcome.reason ?? JSON.stringify(outcome.attention));
    const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: 'ново' });
    assert.ok(unlock.ok);
    assert.deepEqual(await new DecryptingJournalFs(fs, unlock.journal).read(TODAY), CUT_OFF);
  });

  for (const beside of [false, true]) {
    it(`leaves a partial written less than a minute ago as it is, and settles it once it is older (${beside ? 'beside its entry' : 'alone'})`, async () => {
      const fs = await cutOffSave(beside);
      const partial = fs.files.get(PARTIAL);
      const first = await decryptJournal(hostWith(fs, 5_000), { credential: { kind: 'passphrase', passphrase: PASSPHRASE } });
      assert.equal(first.status, 'incomplete');
      assert.deepEqual(first.attention.map(({ path, reason }) => ({ path, reason })), [{ path: PARTIAL, reason: 'written less than a minute ago, perhaps by a save in another window: left as it is; run again in a minute' }]);
      assert.deepEqual(fs.files.get(PARTIAL), partial, 'not taken, not removed');
      const again = await decryptJournal(hostWith(fs, 5_000, SAFE_AGE_MS), { credential: { kind: 'passphrase', passphrase: PASSPHRASE } });
      assert.equal(again.status, 'done', again.reason ?? JSON.stringify(again.attention));
      const kept = '2026/11/2026-11-23 (interrupted save).md';
      assert.deepEqual(fs.files.get(beside ? kept : TODAY), CUT_OFF, 'the cut-off save\'s text is there, in plain');
      if (beside) {
        assert.deepEqual(fs.files.get(TODAY), ENTRIES[TODAY], 'beside the entry as it was');
        assert.deepEqual(again.notes.filter((note) => note.path.includes('interrupted')).map((note) => note.path), [`${kept}.age`]);
      }
    });
  }

  it('keeps a save cut off beside its entry, with other text, as an entry of its own when encrypting again, and removes a partial holding the entry\'s own text', async () => {
    const fs = await cutOffSave(true);
    const outcome = await encryptJournal(hostWith(fs, 2 * SAFE_AGE_MS), { credential: { kind: 'passphrase', passphrase: PASSPHRASE } });
    assert.equal(outcome.status, 'done', outcome.reason ?? JSON.stringify(outcome.attention));
    const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(unlock.ok);
    const view = new DecryptingJournalFs(fs, unlock.journal);
    assert.deepEqual(await view.read('2026/11/2026-11-23 (interrupted save).md'), CUT_OFF);
    assert.deepEqual(await view.read(TODAY), ENTRIES[TODAY]);
    fs.put(PARTIAL, fs.files.get(SEALED) ?? new Uint8Array());
    assert.equal((await encryptJournal(hostWith(fs, 0), { credential: { kind: 'passphrase', passphrase: PASSPHRASE } })).status, 'done');
    assert.equal(fs.files.has(PARTIAL), false, 'nothing only it held: removed, however young');
  });
});
