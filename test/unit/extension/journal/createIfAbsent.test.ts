// createIfAbsent (extension/journal/journalStore.ts) over an unlocked encrypted journal: Customize
// Template…, New Entry and the reviews create a file only when none is there. Run as the provider's
// test is (bundled with `vscode` aliased to test/support/vscodeStub.ts), the journal in memory and
// mounted by test/support/mountedJournal.ts.
// The promise checked: an existing file is never written over, even when a stat says it is missing.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { OTHER_FILES } from '../../../support/encryptedJournal';
import { useMountedJournal } from '../../../support/mountedJournal';

const BUILT_IN = '---\nkind: daily\n---\n\n# The built-in body\n';

describe('extension: createIfAbsent in an encrypted journal', function () {
  this.timeout(60_000);
  const { probe, mounted, at } = useMountedJournal('create');

  it('opens the user\'s template as it is (Customize Template…), and creates a missing one plain', async () => {
    const { disk, root, mount } = await mounted({ names: 'opaque' });
    assert.equal(await probe().createIfAbsent(at(root, '.templates/daily.md'), BUILT_IN, mount), 'existed');
    assert.deepEqual(disk.files.get('.templates/daily.md'), OTHER_FILES['.templates/daily.md'], 'the user\'s template is kept');
    assert.equal(await probe().createIfAbsent(at(root, '.templates/weekly.md'), BUILT_IN, mount), 'created');
    assert.deepEqual(disk.files.get('.templates/weekly.md'), utf8(BUILT_IN));
  });

  it('never writes over a file that a stat wrongly says is missing', async () => {
    const { disk, root, mount } = await mounted({
      names: 'opaque',
      stat: async (uri) => {
        throw probe().vscode.FileSystemError.FileNotFound(uri); // As the provider's stat did for dot-folders.
      },
    });
    assert.equal(await probe().createIfAbsent(at(root, '.templates/daily.md'), BUILT_IN, mount), 'existed');
    assert.deepEqual(disk.files.get('.templates/daily.md'), OTHER_FILES['.templates/daily.md'], 'the user\'s template is kept');
    assert.equal(await probe().createIfAbsent(at(root, '2026/11/2026-11-23.md'), BUILT_IN, mount), 'existed', 'an entry too');
  });
});
