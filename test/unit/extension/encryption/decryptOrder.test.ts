// Decrypt Journal… from the palette (dist/encryption.js over the stub `vscode` of
// test/support/vscodeStub.ts): its closing message comes last, once the editors it closed are open
// again on the plain files, as Change Journal Passphrase… tells its outcome
// (passphraseChangeOrder.test.ts says why: a box the person opened on the message was closed under
// them when a reopened editor took the focus).
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { nodeJournalFs } from '../../../../src/node/encryption/nodeJournalFs';
import { processLiveness } from '../../../../src/node/encryption/nodeMigrationHost';
import { TEST_WORK_FACTOR } from '../../../support/encryptedJournal';
import { plainJournal, script, stubVault, useEncryptionProbe } from '../../../support/identityVault';

const PASSPHRASE = 'Grüße — nur ich';
const OPEN = '2026/11/2026-11-23.md';

describe('extension: Decrypt Journal… tells its outcome once the editors are back', function () {
  this.timeout(120_000);
  const { probe, dir } = useEncryptionProbe('decryptOrder');

  it('reopens the closed editor on the plain file before the closing message', async () => {
    const journal = plainJournal(mkdtempSync(join(dir(), 'order-')));
    const host = { fs: nodeJournalFs(journal), me: { pid: process.pid, host: 'this-host' }, liveness: processLiveness, now: () => new Date(), workFactor: TEST_WORK_FACTOR };
    assert.equal((await encryptJournal(host, { credential: { kind: 'passphrase', passphrase: PASSPHRASE } })).status, 'done');
    const { vscode } = probe();
    vscode.stub.settings = { 'leadershipJournal.journalFolder': journal };
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
    // One editor of the journal open in the mount, as after an unlock.
    const tab = { input: new vscode.TabInputText(vscode.Uri.from({ scheme: 'ljencrypted', authority: 'journal', path: `/${OPEN}` })) };
    vscode.window.tabGroups.all.push({ tabs: [tab] });
    const showTextDocument = vscode.window.showTextDocument;
    vscode.window.showTextDocument = async (...args: unknown[]): Promise<void> => {
      const uri = args[0] as { readonly scheme: string; readonly fsPath: string };
      events.push(`reopened: ${uri.scheme} ${uri.fsPath === join(journal, ...OPEN.split('/')) ? OPEN : uri.fsPath} (${existsSync(uri.fsPath) ? 'on disk' : 'missing'})`);
    };
    try {
      await probe().decryptCommand(vault);
    } finally {
      vscode.window.showTextDocument = showTextDocument;
      vscode.window.tabGroups.all.length = 0;
      vscode.stub.ui.answer = () => undefined;
      vscode.stub.ui.said.length = 0;
    }
    assert.deepEqual(events, [
      `reopened: file ${OPEN} (on disk)`,
      'told: Decrypted 2 entries: the journal is plain Markdown again.',
    ]);
  });
});
