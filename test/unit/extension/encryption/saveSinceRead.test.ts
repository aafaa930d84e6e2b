// Issue 17: two windows (two file system providers, each with its own unlock) on one encrypted
// journal, driven as VS Code drives a provider — an editor opens an entry (stat, readFile), saves
// (stat, writeFile). VS Code's own "file is newer" check, made before writeFile, compares only the
// length when the file's time advanced, so another window's save of the same length passes it; the
// provider then refuses the save ("another window saved this entry after this window opened or last
// saved it …"), the editor left unsaved and the other window's text kept, and saving again (VS Code's
// Overwrite, or a save after the message) lands. A search in the window reading the newer version while the editor
// is open does not change what the editor's save may replace. Readable and opaque names. Before the
// change the save landed, told saved, and the other window's save was in no file.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import type { EncryptedJournalProvider } from '../../../../src/extension/encryption/encryptedJournalProvider';
import { ENTRIES, fixtureJournal, testHost } from '../../../support/encryptedJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';
import { bundleWithStub } from '../../../support/stubBundle';
import type * as Stub from '../../../support/vscodeStub';

const PASSPHRASE = 'zwei Fenster, ein Eintrag';
const TODAY = '2026/11/2026-11-23.md';
/** Of one length, as VS Code's check cannot tell apart. */
const FROM_A = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nWritten in window A.\n');
const FROM_B = utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nWritten in window B.\n');
const OVERTAKEN = /Not saved: another window saved this entry after this window opened or last saved it, so nothing was written\./;

interface Probe {
  readonly EncryptedJournalProvider: typeof EncryptedJournalProvider;
  readonly vscode: typeof Stub;
}

describe('extension: a save never replaces another window\'s save it did not read (issue 17)', function () {
  this.timeout(60_000);
  let dir = '';
  let probe: Probe;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lj-since-read-'));
    probe = await bundleWithStub<Probe>(dir, 'probe', "export { EncryptedJournalProvider } from './src/extension/encryption/encryptedJournalProvider';");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    probe.vscode.workspace.textDocuments.length = 0;
  });

  async function windowOn(disk: MemoryJournalFs, id: string): Promise<{ provider: EncryptedJournalProvider; entry: never }> {
    const unlock = await unlockJournal(disk, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(unlock.ok);
    const provider = new probe.EncryptedJournalProvider();
    const root = provider.mount(id, probe.vscode.Uri.from({ scheme: 'mem', path: '/journal' }) as never, unlock.journal, disk) as unknown as Stub.Uri;
    return { provider, entry: probe.vscode.Uri.joinPath(root, ...TODAY.split('/')) as never };
  }

  async function textOn(disk: MemoryJournalFs): Promise<Uint8Array | undefined> {
    const unlock = await unlockJournal(disk, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(unlock.ok);
    return new DecryptingJournalFs(disk, unlock.journal).read(TODAY);
  }

  /** VS Code's save: its stat (the "file is newer" check, which these same-length texts pass), then writeFile. */
  async function save(window: { provider: EncryptedJournalProvider; entry: never }, text: Uint8Array): Promise<void> {
    await window.provider.stat(window.entry);
    await window.provider.writeFile(window.entry, text, { create: false, overwrite: true });
  }

  for (const names of ['readable', 'opaque'] as const) {
    it(`a save after another window's save of the same length landed is refused with the message, the other's text kept; saving again lands (${names} names)`, async () => {
      const disk = fixtureJournal();
      const outcome = await encryptJournal(testHost(disk), { credential: { kind: 'passphrase', passphrase: PASSPHRASE }, ...(names === 'opaque' ? { names } : {}) });
      assert.equal(outcome.status, 'done', outcome.reason);
      probe.vscode.stub.disk = disk;
      const windowA = await windowOn(disk, 'window-a');
      const windowB = await windowOn(disk, 'window-b');
      await windowA.provider.stat(windowA.entry);
      assert.deepEqual(await windowA.provider.readFile(windowA.entry), ENTRIES[TODAY], 'A\'s editor opens the entry');
      probe.vscode.workspace.textDocuments.push({ isDirty: true, uri: windowA.entry as unknown as Stub.Uri }); // Open, and edited.
      await windowB.provider.readFile(windowB.entry);
      await save(windowB, FROM_B);
      // A search in window A reads the entry now: B's version, while A's editor still holds its own text.
      assert.deepEqual(await windowA.provider.readFile(windowA.entry), FROM_B);
      await assert.rejects(save(windowA, FROM_A), (error: { code?: string; message?: string }) => error.code === 'Unavailable' && OVERTAKEN.test(error.message ?? ''), 'refused, in the words of a save another window made after this window read the entry');
      assert.deepEqual(await textOn(disk), FROM_B, 'the other window\'s save stays');
      await save(windowA, FROM_A); // Saved again: Overwrite, or a save after the message.
      assert.deepEqual(await textOn(disk), FROM_A);
      await save(windowA, utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nWritten in window A, again.\n'));
      assert.deepEqual(await textOn(disk), utf8('---\ndate: 2026-11-23\nkind: daily\n---\n\nWritten in window A, again.\n'), 'its own save is what its next save replaces');
      await assert.rejects(save(windowB, FROM_B), { code: 'Unavailable' }, 'B, which read A\'s first version no more than its own, is refused in turn');
    });
  }
});
