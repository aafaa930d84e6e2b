// createIfAbsent (extension/journal/journalStore.ts) over an unlocked encrypted journal: Customize
// Template…, New Entry and the reviews create a file only when none is there. Run as the provider's
// test is (bundled with `vscode` aliased to test/support/vscodeStub.ts), the journal in memory.
// The promise checked: an existing file is never written over, even when a stat says it is missing.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import type { EncryptedJournalProvider } from '../../../../src/extension/encryption/encryptedJournalProvider';
import type { JournalMount } from '../../../../src/extension/journal/journalMounts';
import type { createIfAbsent } from '../../../../src/extension/journal/journalStore';
import { OTHER_FILES, fixtureJournal, testHost } from '../../../support/encryptedJournal';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';
import { bundleWithStub } from '../../../support/stubBundle';
import type * as Stub from '../../../support/vscodeStub';

const PASSPHRASE = 'nur ich';
const BUILT_IN = '---\nkind: daily\n---\n\n# The built-in body\n';

interface Probe {
  readonly EncryptedJournalProvider: typeof EncryptedJournalProvider;
  readonly JournalMount: typeof JournalMount;
  readonly createIfAbsent: typeof createIfAbsent;
  readonly vscode: typeof Stub;
}

describe('extension: createIfAbsent in an encrypted journal', function () {
  this.timeout(60_000);
  let dir = '';
  let probe: Probe;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lj-create-'));
    probe = await bundleWithStub<Probe>(dir, 'probe', [
      "export { EncryptedJournalProvider } from './src/extension/encryption/encryptedJournalProvider';",
      "export { JournalMount } from './src/extension/journal/journalMounts';",
      "export { createIfAbsent } from './src/extension/journal/journalStore';",
    ].join('\n'));
  });

  after(() => {
    probe.vscode.stub.providers.delete('ljencrypted');
    rmSync(dir, { recursive: true, force: true });
  });

  /** The journal mounted as journalVault.ts mounts it, with VS Code's stat of its files answered by `stat`. */
  async function mounted(stat?: (uri: Stub.Uri) => Promise<Stub.FileStat>): Promise<{ disk: MemoryJournalFs; root: Stub.Uri; mount: JournalMount }> {
    const disk = fixtureJournal();
    assert.equal((await encryptJournal(testHost(disk), { credential: { kind: 'passphrase', passphrase: PASSPHRASE }, names: 'opaque' })).status, 'done');
    const unlock = await unlockJournal(disk, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(unlock.ok);
    probe.vscode.stub.disk = disk;
    const provider = new probe.EncryptedJournalProvider();
    const diskRoot = probe.vscode.Uri.from({ scheme: 'mem', path: '/journal' });
    const root = provider.mount('journal', diskRoot as never, unlock.journal, disk) as unknown as Stub.Uri;
    const seen = stat === undefined ? provider : Object.assign(Object.create(provider) as EncryptedJournalProvider, { stat });
    probe.vscode.stub.providers.set('ljencrypted', seen as unknown as Stub.StubProvider);
    const mount = new probe.JournalMount();
    mount.set({ disk: diskRoot as never, root: root as never, create: (uri, bytes) => provider.createFile(uri, bytes) });
    return { disk, root, mount };
  }

  const at = (root: Stub.Uri, path: string): never => probe.vscode.Uri.joinPath(root, ...path.split('/')) as never;

  it('opens the user\'s template as it is (Customize Template…), and creates a missing one plain', async () => {
    const { disk, root, mount } = await mounted();
    assert.equal(await probe.createIfAbsent(at(root, '.templates/daily.md'), BUILT_IN, mount), 'existed');
    assert.deepEqual(disk.files.get('.templates/daily.md'), OTHER_FILES['.templates/daily.md'], 'the user\'s template is kept');
    assert.equal(await probe.createIfAbsent(at(root, '.templates/weekly.md'), BUILT_IN, mount), 'created');
    assert.deepEqual(disk.files.get('.templates/weekly.md'), utf8(BUILT_IN));
  });

  it('never writes over a file that a stat wrongly says is missing', async () => {
    const { disk, root, mount } = await mounted(async (uri) => {
      throw probe.vscode.FileSystemError.FileNotFound(uri); // As the provider's stat did for dot-folders.
    });
    assert.equal(await probe.createIfAbsent(at(root, '.templates/daily.md'), BUILT_IN, mount), 'existed');
    assert.deepEqual(disk.files.get('.templates/daily.md'), OTHER_FILES['.templates/daily.md'], 'the user\'s template is kept');
    assert.equal(await probe.createIfAbsent(at(root, '2026/11/2026-11-23.md'), BUILT_IN, mount), 'existed', 'an entry too');
  });
});
