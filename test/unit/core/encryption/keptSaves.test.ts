// The one rule for keeping an interrupted save beside its entry (keptSaves.ts), as the save and the
// migrations both follow it: the first free of KEPT_MAX slots, and at the bound nothing kept and
// nothing lost — the save is refused before it writes anything, the migration leaves the partial as
// it is, lists it, and keeps the journal's key; a slot freed by the user is taken next time.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { decryptJournal } from '../../../../src/core/encryption/decryptJournal';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { SAFE_AGE_MS } from '../../../../src/core/encryption/entrySteps';
import { interruptedSaveName, KEPT_MAX, keepInFreeSlot, KeptSavesFull } from '../../../../src/core/encryption/keptSaves';
import { KEY_PATH, partialPath } from '../../../../src/core/encryption/layout';
import type { MigrationHost } from '../../../../src/core/encryption/migrationRun';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { fixtureJournal, testHost } from '../../../support/encryptedJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';

const PASSPHRASE = 'Grüße — nur ich';
const TODAY = '2026/11/2026-11-23.md';
const SEALED = `${TODAY}.age`;
const PARTIAL = partialPath(SEALED);
const CUT_OFF = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nThe save that was cut off.\n');
const LATER = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nWritten after it.\n');
const FREED = 37;

/** An encrypted journal (readable names) whose TODAY has a save cut off beside it, holding CUT_OFF. */
async function cutOffBeside(): Promise<MemoryJournalFs> {
  const fs = fixtureJournal();
  assert.equal((await encryptJournal(testHost(fs), { credential: { kind: 'passphrase', passphrase: PASSPHRASE } })).status, 'done');
  const view = await opened(fs);
  const before = fs.files.get(SEALED) ?? new Uint8Array();
  await view.write(TODAY, CUT_OFF);
  fs.put(PARTIAL, fs.files.get(SEALED) ?? new Uint8Array());
  fs.put(SEALED, before);
  return fs;
}

async function opened(fs: MemoryJournalFs): Promise<DecryptingJournalFs> {
  const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
  assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
  return new DecryptingJournalFs(fs, unlock.journal);
}

/** Every slot beside TODAY held, by a plain file or a sealed one (`sealed`), as the user may have left them. */
function fillSlots(fs: MemoryJournalFs, sealed: Uint8Array): void {
  for (let n = 1; n <= KEPT_MAX; n++) {
    const name = interruptedSaveName(TODAY, n);
    if (n % 2 === 0) {
      fs.put(`${name}.age`, sealed);
    } else {
      fs.put(name, utf8(`kept ${n}\n`));
    }
  }
}

/** The files on the "disk", as bytes, for comparing before and after. */
function disk(fs: MemoryJournalFs): Map<string, string> {
  return new Map([...fs.files].map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]));
}

/** The test host, with the partial written long before its clock (a cut-off save, not one under way). */
function oldPartials(fs: MemoryJournalFs): MigrationHost {
  const host = testHost(fs);
  return { ...host, modifiedAt: async (path) => (fs.files.has(path) ? host.now().getTime() - 10 * SAFE_AGE_MS : undefined) };
}

describe('encryption: interrupted saves kept beside their entry, up to a bound', function () {
  this.timeout(60_000);

  it('names the first slot a claim takes, and none once all are held', async () => {
    const tried: string[] = [];
    assert.equal(await keepInFreeSlot(TODAY, async (name) => {
      tried.push(name);
      return tried.length === 3;
    }), '2026/11/2026-11-23 (interrupted save 3).md');
    assert.deepEqual(tried.slice(0, 2), ['2026/11/2026-11-23 (interrupted save).md', '2026/11/2026-11-23 (interrupted save 2).md']);
    assert.equal(interruptedSaveName(SEALED, 2), '2026/11/2026-11-23 (interrupted save 2).md.age');
    let claims = 0;
    assert.equal(await keepInFreeSlot(TODAY, async () => {
      claims++;
      return false;
    }), undefined);
    assert.equal(claims, KEPT_MAX, 'each slot once, then it stops');
  });

  it('a save at the bound is refused before it writes anything, and lands once a slot is freed', async () => {
    const fs = await cutOffBeside();
    fillSlots(fs, fs.files.get(SEALED) ?? new Uint8Array());
    const before = disk(fs);
    const view = await opened(fs);
    const refused = await view.write(TODAY, LATER).then(() => undefined, (error: unknown) => error);
    assert.ok(refused instanceof KeptSavesFull, String(refused));
    assert.equal(refused.message, `${TODAY} was not saved: ${KEPT_MAX} interrupted saves of it are kept beside it already, and its unfinished save (${PARTIAL}) would be lost; look through them, delete those you do not need, and save again`);
    assert.deepEqual(disk(fs), before, 'nothing written, nothing removed: the cut-off save is still there');

    fs.files.delete(interruptedSaveName(TODAY, FREED));
    await view.write(TODAY, LATER);
    assert.deepEqual(await view.read(TODAY), LATER, 'the save lands');
    assert.deepEqual(await view.read(interruptedSaveName(TODAY, FREED)), CUT_OFF, 'the cut-off save is kept in the freed slot');
  });

  it('a migration at the bound leaves the partial as it is, lists it, keeps the key, and keeps it beside once a slot is freed', async () => {
    const fs = await cutOffBeside();
    fillSlots(fs, fs.files.get(SEALED) ?? new Uint8Array());
    const partial = fs.files.get(PARTIAL);
    const credential = { kind: 'passphrase', passphrase: PASSPHRASE } as const;
    const first = await decryptJournal(oldPartials(fs), { credential });
    assert.equal(first.status, 'incomplete', first.reason);
    assert.deepEqual(first.attention.map(({ path, reason, why }) => ({ path, reason, id: why?.id })), [{
      path: PARTIAL,
      reason: `holds a save of ${SEALED} that was cut off before it was renamed, with other text than the entry, and ${KEPT_MAX} earlier saves of it are kept beside it already: left as it is; look through them, delete those you do not need, and run again`,
      id: 'kept-full',
    }]);
    assert.deepEqual(fs.files.get(PARTIAL), partial, 'the partial is untouched');
    assert.ok(fs.files.has(KEY_PATH), 'the key that opens it stays');

    fs.files.delete(interruptedSaveName(TODAY, FREED));
    const again = await decryptJournal(oldPartials(fs), { credential });
    assert.equal(again.status, 'done', again.reason ?? JSON.stringify(again.attention));
    assert.deepEqual(fs.files.get(interruptedSaveName(TODAY, FREED)), CUT_OFF, 'kept in the freed slot, and decrypted with the rest');
    assert.equal(fs.files.has(PARTIAL), false);
  });
});
