// Issue 17, third audit: a passphrase change cut off inside the rename of its progress marker, over a
// rename that deletes its target first (vscode.workspace.fs in the web, virtual and remote hosts),
// leaves `migration.json` only as its whole `migration.json.lj-partial` while some entries are
// sealed to the old key and some to the new one. The journal must still say a change is under way
// (so Encrypt and Decrypt point to it and Change Journal Passphrase… offers to finish or undo it),
// and running the change again must finish it from where it was.
import * as assert from 'node:assert/strict';
import { changePassphrase } from '../../../../src/core/encryption/changePassphrase';
import { decryptJournal } from '../../../../src/core/encryption/decryptJournal';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { readJournalState } from '../../../../src/core/encryption/journalUnlock';
import { parseMarker } from '../../../../src/core/encryption/journalState';
import { LOCK_PATH, MARKER_PATH, NEXT_KEY_PATH, partialPath, PROCESS_WRITER } from '../../../../src/core/encryption/layout';
import { ENTRIES, assertEncrypted, assertNothingLost, fixtureJournal, journalKeys, testHost } from '../../../support/encryptedJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';

const OLD = 'the old one';
const NEW = 'the new one';

/** An opaque journal under OLD whose change to NEW was killed between a marker rename's delete and its rename, `after` entries in. */
async function cutOffChange(after: number): Promise<{ readonly fs: MemoryJournalFs; readonly startedAt: string }> {
  const start = fixtureJournal();
  assert.equal((await encryptJournal(testHost(start), { credential: { kind: 'passphrase', passphrase: OLD }, names: 'opaque' })).status, 'done');
  start.renameDeletesFirst = true;
  const clean = start.clone();
  assert.equal((await changePassphrase(testHost(clean), { passphrase: OLD, newPassphrase: NEW })).status, 'done');
  // The delete of migration.json that comes before the rename of the marker written after `after` entries.
  const deletes = clean.log.flatMap((op, index) => (op === `remove ${MARKER_PATH}` && clean.log[index + 1] === `rename ${partialPath(MARKER_PATH, PROCESS_WRITER)} -> ${MARKER_PATH}` ? [index] : []));
  const at = deletes[after];
  assert.ok(at !== undefined && after > 0 && after < deletes.length - 1, `the run rewrites its marker after each entry (${deletes.length} times)`);
  const fs = start.clone();
  fs.faults = { killAfter: fs.operations + at + 1 };
  await changePassphrase(testHost(fs), { passphrase: OLD, newPassphrase: NEW });
  fs.faults = {};
  assert.equal(fs.files.has(MARKER_PATH), false, 'killed with the marker deleted');
  const partial = fs.files.get(partialPath(MARKER_PATH, PROCESS_WRITER));
  assert.ok(partial !== undefined, 'and only its partial left, whole');
  const marker = parseMarker(partial);
  assert.ok(typeof marker !== 'string' && marker.operation === 'change-passphrase');
  assert.ok(fs.files.has(NEXT_KEY_PATH));
  return { fs, startedAt: marker.startedAt };
}

/** A host of a later run: another process, an hour later, the killed run's (pid 1) dead. */
function laterHost(fs: MemoryJournalFs): ReturnType<typeof testHost> {
  const host = testHost(fs, 2, [1]);
  return { ...host, now: () => new Date(host.now().getTime() + 3_600_000) };
}

describe('encryption: a passphrase change whose marker is left only in its partial', function () {
  this.timeout(60_000);

  it('still reads as a change under way, whose progress and start the partial gives', async () => {
    const { fs, startedAt } = await cutOffChange(1);
    const { marker } = await readJournalState(fs);
    assert.equal(marker?.operation, 'change-passphrase', 'the unlock and the commands see the change');
    assert.equal(marker?.startedAt, startedAt);
  });

  it('is not decrypted or encrypted over: those runs say a change is under way and change nothing', async () => {
    const { fs } = await cutOffChange(1);
    const marker = fs.files.get(partialPath(MARKER_PATH, PROCESS_WRITER));
    // Every file but the run's own state: the entries, the map and both keys.
    const contents = (): Map<string, string> => new Map([...fs.files].filter(([path]) => ![MARKER_PATH, partialPath(MARKER_PATH, PROCESS_WRITER), LOCK_PATH].includes(path)).map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]));
    const before = contents();
    const decrypted = await decryptJournal(laterHost(fs), { credential: { kind: 'passphrase', passphrase: OLD } });
    assert.equal(decrypted.status, 'stopped');
    assert.match(decrypted.reason ?? '', /passphrase change was interrupted/);
    const encrypted = await encryptJournal(laterHost(fs), { credential: { kind: 'passphrase', passphrase: OLD } });
    assert.equal(encrypted.status, 'stopped');
    assert.match(encrypted.reason ?? '', /passphrase change was interrupted/);
    assert.deepEqual(contents(), before, 'no entry, map or key changed');
    assert.deepEqual(fs.files.get(MARKER_PATH), marker, 'the marker is put in place, as it was');
    assert.equal(fs.files.has(partialPath(MARKER_PATH, PROCESS_WRITER)), false);
  });

  for (const undo of [false, true]) {
    it(`is ${undo ? 'undone' : 'finished'} by running the change again${undo ? ' with --undo' : ''}, keeping its start, with every entry under the ${undo ? 'old' : 'new'} key`, async () => {
      const { fs, startedAt } = await cutOffChange(2);
      let seenStart: string | undefined;
      const host = { ...laterHost(fs), onProgress: () => {
        const marker = fs.files.get(MARKER_PATH);
        const parsed = marker === undefined ? undefined : parseMarker(marker);
        seenStart ??= typeof parsed === 'object' ? parsed.startedAt : undefined;
      } };
      const outcome = await changePassphrase(host, { passphrase: OLD, newPassphrase: NEW, undo });
      assert.equal(outcome.status, 'done', outcome.reason);
      assert.equal(seenStart, startedAt, 'the run went on as the same change');
      const keys = await journalKeys(fs, { passphrase: undo ? OLD : NEW });
      assert.ok(keys !== undefined);
      await assertEncrypted(fs, keys, 'opaque', 'after', ENTRIES);
      await assertNothingLost(fs, keys, 'after');
      assert.equal(fs.files.has(partialPath(MARKER_PATH, PROCESS_WRITER)), false);
      assert.equal(fs.files.has(MARKER_PATH), false);
    });
  }
});
