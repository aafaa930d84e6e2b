// The core's JournalFs over `vscode.workspace.fs` (workspaceJournalFs.ts), in the part the lock's
// leftovers sweep relies on: `listFolder` names the files directly in a folder of the journal — not
// its folders, not what is below them — none for a folder that is not there, and refuses a path
// that would leave the journal. Run as the provider's test is (bundled with `vscode` aliased to
// test/support/vscodeStub.ts, whose `workspace.fs.readDirectory` lists an in-memory journal).
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { utf8 } from '../../../../src/core/crypto/bytes';
import type { JournalFs } from '../../../../src/core/encryption/journalFs';
import { LOCK_PATH, PRODUCT_FOLDER } from '../../../../src/core/encryption/layout';
import type { workspaceJournalFs } from '../../../../src/extension/encryption/workspaceJournalFs';
import { MemoryJournalFs } from '../../../support/memoryJournalFs';
import { bundleWithStub } from '../../../support/stubBundle';
import type * as Stub from '../../../support/vscodeStub';

interface Probe {
  readonly workspaceJournalFs: (root: Stub.Uri) => ReturnType<typeof workspaceJournalFs>;
  readonly vscode: typeof Stub;
}

describe('extension: the journal through VS Code\'s file API (workspaceJournalFs)', function () {
  this.timeout(60_000);
  let dir = '';
  let probe: Probe;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lj-workspacefs-'));
    probe = await bundleWithStub<Probe>(dir, 'probe', "export { workspaceJournalFs } from './src/extension/encryption/workspaceJournalFs';");
  });

  after(() => {
    probe.vscode.stub.disk = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  function journal(disk: MemoryJournalFs): JournalFs {
    probe.vscode.stub.disk = disk;
    return probe.workspaceJournalFs(probe.vscode.Uri.from({ scheme: 'mem', path: '/journal' }));
  }

  it('lists the files directly in a folder, not its folders or what is below them', async () => {
    const disk = MemoryJournalFs.from({
      [LOCK_PATH]: utf8('{"pid":1}\n'),
      [`${PRODUCT_FOLDER}/lock.4242.abcdef.tmp`]: utf8('{"pid":4242}\n'),
      [`${PRODUCT_FOLDER}/names.age`]: utf8('sealed'),
      [`${PRODUCT_FOLDER}/old/lock.stale-x`]: utf8('below: not listed'),
      '2026/11/2026-11-23.md.age': utf8('an entry'),
    });
    const fs = journal(disk);
    assert.ok(fs.listFolder !== undefined, 'the web, virtual and remote hosts can list the product folder');
    assert.deepEqual([...await fs.listFolder(PRODUCT_FOLDER)].sort(), ['lock', 'lock.4242.abcdef.tmp', 'names.age']);
    assert.deepEqual([...await fs.listFolder('2026/11')], ['2026-11-23.md.age']);
    assert.deepEqual([...await fs.listFolder('2026')], [], 'a folder of folders lists no file');
  });

  it('lists nothing for a folder that is not there, and refuses a path that leaves the journal', async () => {
    const fs = journal(MemoryJournalFs.from({ '2026/11/2026-11-23.md.age': utf8('an entry') }));
    assert.deepEqual([...await fs.listFolder?.(PRODUCT_FOLDER) ?? ['not listed']], [], 'no product folder yet (a plain journal)');
    for (const outside of ['..', '../elsewhere', `${PRODUCT_FOLDER}/../..`, '']) {
      await assert.rejects(async () => fs.listFolder?.(outside), /not a file inside the journal/, JSON.stringify(outside));
    }
  });
});
