// Issue 17, two windows saving one entry: a save given the versions of the entry's file its editor's
// text rests on (DecryptingJournalFs `writeEntry`'s basis, which the file system provider gives from
// what it last read or wrote for VS Code) is refused — SavedSinceRead, "saved by another window",
// nothing written — when another window's save landed after that read, even before this save's first
// read of the file (VS Code's own "file is newer" check compares only the length when the time
// advanced, and is made before the save reaches the provider). Saving again with the version the
// refusal found (what the user was told of) lands. Readable and opaque names. Before the change a
// save read the file first and took whatever it found as what it replaces: the other window's save
// was lost under it, unsaid, its editor marked saved.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { isPartialPath } from '../../../../src/core/encryption/layout';
import { PartialTaken, SavedSinceRead } from '../../../../src/core/encryption/safeWrites';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { ENTRIES, fixtureJournal, testHost } from '../../../support/encryptedJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';

const passphrase = { kind: 'passphrase', passphrase: 'zwei Fenster' } as const;
const TODAY = '2026/11/2026-11-23.md';
/** The two windows' texts, of one length: VS Code's own check lets such a save through. */
const FROM_A = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nWritten in window A.\n');
const FROM_B = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nWritten in window B.\n');

async function encrypted(names: 'readable' | 'opaque'): Promise<MemoryJournalFs> {
  const fs = fixtureJournal();
  const outcome = await encryptJournal(testHost(fs), { credential: passphrase, ...(names === 'opaque' ? { names } : {}) });
  assert.equal(outcome.status, 'done', outcome.reason);
  return fs;
}

async function windowOn(fs: MemoryJournalFs): Promise<DecryptingJournalFs> {
  const unlock = await unlockJournal(fs, passphrase);
  assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
  return new DecryptingJournalFs(fs, unlock.journal);
}

describe('encryption: a save never replaces a version its window did not read (issue 17)', function () {
  this.timeout(60_000);

  for (const names of ['readable', 'opaque'] as const) {
    it(`a save made after another window's save of the entry landed — a text of the same length, which VS Code's own check passes — is refused with what it found; the other window's text stays, and saving again lands (${names} names)`, async () => {
      const fs = await encrypted(names);
      const windowA = await windowOn(fs);
      const windowB = await windowOn(fs);
      const opened = fs.files.get(windowA.sealedPathOf(TODAY)); // The version A's editor opened.
      assert.ok(opened !== undefined);
      assert.deepEqual(await windowA.read(TODAY), ENTRIES[TODAY]);
      await windowB.write(TODAY, FROM_B); // B saves, whole, before A's save begins.
      const refused = await windowA.write(TODAY, FROM_A, [opened]).then(() => undefined, (error: unknown) => error);
      assert.ok(refused instanceof SavedSinceRead, `refused as changed by another window (${String(refused)})`);
      assert.ok(refused instanceof PartialTaken, 'a refusal of a save another window overtook: saving again is what helps (saveRefusal.ts words it)');
      assert.deepEqual(await (await windowOn(fs)).read(TODAY), FROM_B, 'the other window\'s save stays');
      assert.deepEqual([...fs.files.keys()].filter(isPartialPath), [], 'nothing written');
      // The user saves again, now told of B's version (VS Code's Overwrite, or a save after the message).
      await windowA.write(TODAY, FROM_A, [opened, refused.found]);
      assert.deepEqual(await (await windowOn(fs)).read(TODAY), FROM_A);
    });
  }

  it('a save given the version it read lands, and the next save given the version it wrote (the file\'s bytes on disk) lands too', async () => {
    const fs = await encrypted('readable');
    const window = await windowOn(fs);
    const opened = await window.readVersion(TODAY);
    assert.ok(opened?.version !== undefined);
    assert.deepEqual(opened.bytes, ENTRIES[TODAY]);
    const first = await window.writeEntry(TODAY, FROM_A, [opened.version]);
    assert.deepEqual(first, fs.files.get(window.sealedPathOf(TODAY)));
    assert.ok(first !== undefined);
    await window.writeEntry(TODAY, FROM_B, [first]);
    assert.deepEqual(await (await windowOn(fs)).read(TODAY), FROM_B);
  });
});
