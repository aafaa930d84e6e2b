// Change Journal Passphrase… from the palette (dist/encryption.js over the stub `vscode` of
// test/support/vscodeStub.ts): its closing message comes last, once the journal is open again under
// the new passphrase and the editors it closed are open again. Told before them, the message let a
// person (and the web E2E spec) act while the unlock under the new passphrase still ran — an scrypt,
// tens of seconds in the web worker host — and a box they opened then (the Command Palette, Open
// Entry for Date…) was closed under them when a reopened editor took the focus.
import * as assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { nodeJournalFs } from '../../../../src/node/encryption/nodeJournalFs';
import { processLiveness } from '../../../../src/node/encryption/nodeMigrationHost';
import { TEST_WORK_FACTOR } from '../../../support/encryptedJournal';
import { plainJournal, script, stubVault, useEncryptionProbe } from '../../../support/identityVault';

const OLD = 'Grüße — nur ich';
const NEW = 'ein neuer Satz, länger';
const OPEN = '2026/11/2026-11-23.md';

describe('extension: Change Journal Passphrase… tells its outcome once the journal and its editors are back', function () {
  this.timeout(120_000);
  const { probe, dir } = useEncryptionProbe('changeOrder');

  it('reopens the closed editor under the new passphrase, mounted, before the closing message', async () => {
    const journal = plainJournal(mkdtempSync(join(dir(), 'order-')));
    const host = { fs: nodeJournalFs(journal), me: { pid: process.pid, host: 'this-host' }, liveness: processLiveness, now: () => new Date(), workFactor: TEST_WORK_FACTOR };
    assert.equal((await encryptJournal(host, { credential: { kind: 'passphrase', passphrase: OLD } })).status, 'done');
    const { vscode } = probe();
    vscode.stub.settings = { 'leadershipJournal.journalFolder': journal };
    const vault = stubVault(probe(), new Map());
    const disk = vscode.Uri.file(journal);
    const events: string[] = [];
    script(probe(), [
      (question) => {
        if (question.kind === 'message' && question.text.startsWith('Re-encrypted')) {
          events.push(`told: ${question.text} (${vault.mountedRootOf(disk) === undefined ? 'not mounted' : 'mounted'})`);
        }
        return undefined;
      },
      (question) => (question.kind === 'inputBox' && /current passphrase/.test(question.text) ? OLD : undefined),
      (question) => (question.kind === 'inputBox' && /Choose a passphrase|same passphrase again/.test(question.text) ? NEW : undefined),
    ]);
    // One editor of the journal open in the mount, as the web spec has its entry open.
    const tab = { input: new vscode.TabInputText(vscode.Uri.from({ scheme: 'ljencrypted', authority: 'journal', path: `/${OPEN}` })) };
    vscode.window.tabGroups.all.push({ tabs: [tab] });
    const showTextDocument = vscode.window.showTextDocument;
    vscode.window.showTextDocument = async (...args: unknown[]): Promise<void> => {
      const uri = args[0] as { readonly path: string };
      events.push(`reopened: ${uri.path} (${vault.mountedRootOf(disk) === undefined ? 'not mounted' : 'mounted'})`);
    };
    try {
      await probe().changePassphraseCommand(vault);
    } finally {
      vscode.window.showTextDocument = showTextDocument;
      vscode.window.tabGroups.all.length = 0;
      vscode.stub.ui.answer = () => undefined;
      vscode.stub.ui.said.length = 0;
    }
    assert.deepEqual(events, [
      `reopened: /${OPEN} (mounted)`,
      'told: Re-encrypted 2 entries to the new passphrase. (mounted)',
    ]);
  });
});
