// Decrypt Journal… from the palette (dist/encryption.js over the stub `vscode` of
// test/support/vscodeStub.ts): its closing message comes last, once the editors it closed are open
// again on the plain files, as Change Journal Passphrase… tells its outcome
// (passphraseChangeOrder.test.ts says why: a box the person opened on the message was closed under
// them when a reopened editor took the focus).
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sealedJournal, script, stubVault, useEncryptionProbe, withMountedEditor } from '../../../support/identityVault';

const PASSPHRASE = 'Grüße — nur ich';
const OPEN = '2026/11/2026-11-23.md';

describe('extension: Decrypt Journal… tells its outcome once the editors are back', function () {
  this.timeout(120_000);
  const { probe, dir } = useEncryptionProbe('decryptOrder');

  it('reopens the closed editor on the plain file before the closing message', async () => {
    const journal = await sealedJournal(probe(), dir(), 'order-', PASSPHRASE);
    const vault = stubVault(probe(), new Map());
    const events: string[] = [];
    script(probe(), [
      (question) => {
        if (question.kind === 'message' && question.text.startsWith('Decrypted')) {
          events.push(`told: ${question.text}`);
        }
        return undefined;
      },
      (question) => (question.kind === 'message' && question.items.includes('Decrypt') ? 'Decrypt' : undefined),
      (question) => (question.kind === 'inputBox' && /journal's passphrase/.test(question.text) ? PASSPHRASE : undefined),
    ]);
    await withMountedEditor(probe(), OPEN, (uri) => {
      events.push(`reopened: ${uri.scheme} ${uri.fsPath === join(journal, ...OPEN.split('/')) ? OPEN : uri.fsPath} (${existsSync(uri.fsPath) ? 'on disk' : 'missing'})`);
    }, () => probe().decryptCommand(vault));
    assert.deepEqual(events, [
      `reopened: file ${OPEN} (on disk)`,
      'told: Decrypted 2 entries: the journal is plain Markdown again.',
    ]);
  });
});
