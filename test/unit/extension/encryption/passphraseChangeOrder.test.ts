// Change Journal Passphrase… from the palette (dist/encryption.js over the stub `vscode` of
// test/support/vscodeStub.ts): its closing message comes last, once the journal is open again under
// the new passphrase and the editors it closed are open again. Told before them, the message let a
// person (and the web E2E spec) act while the unlock under the new passphrase still ran — an scrypt,
// tens of seconds in the web worker host — and a box they opened then (the Command Palette, Open
// Entry for Date…) was closed under them when a reopened editor took the focus. And when the journal
// does not open again after the change (here: its key file damaged between the change and that
// unlock, as a second window's change or a failing disk would leave it), the closing message says
// so — locked, its editors closed, how to open it — where it said only "Re-encrypted N entries".
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import { KEY_PATH } from '../../../../src/core/encryption/layout';
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

  it('says the journal stayed locked, its editors closed, and how to open it, when it does not open again after the change', async () => {
    const journal = plainJournal(mkdtempSync(join(dir(), 'locked-')));
    const host = { fs: nodeJournalFs(journal), me: { pid: process.pid, host: 'this-host' }, liveness: processLiveness, now: () => new Date(), workFactor: TEST_WORK_FACTOR };
    assert.equal((await encryptJournal(host, { credential: { kind: 'passphrase', passphrase: OLD } })).status, 'done');
    const { vscode } = probe();
    vscode.stub.settings = { 'leadershipJournal.journalFolder': journal };
    const vault = stubVault(probe(), new Map());
    const disk = vscode.Uri.file(journal);
    script(probe(), [
      (question) => (question.kind === 'inputBox' && /current passphrase/.test(question.text) ? OLD : undefined),
      (question) => (question.kind === 'inputBox' && /Choose a passphrase|same passphrase again/.test(question.text) ? NEW : undefined),
    ]);
    const tab = { input: new vscode.TabInputText(vscode.Uri.from({ scheme: 'ljencrypted', authority: 'journal', path: `/${OPEN}` })) };
    vscode.window.tabGroups.all.push({ tabs: [tab] });
    const told: string[] = [];
    const reopened: string[] = [];
    const { withProgress, showTextDocument, showInformationMessage, showWarningMessage } = vscode.window;
    vscode.window.withProgress = async <T>(options: unknown, task: (progress: { report: (value: unknown) => void }) => Promise<T>): Promise<T> => {
      const result = await withProgress(options, task);
      if ((options as { readonly title?: string }).title === 'Re-encrypting the journal…') {
        writeFileSync(join(journal, ...KEY_PATH.split('/')), 'damaged after the change\n'); // Before the unlock that follows it.
      }
      return result;
    };
    vscode.window.showTextDocument = async (...args: unknown[]): Promise<void> => {
      reopened.push((args[0] as { readonly path: string }).path);
    };
    vscode.window.showInformationMessage = async (text: string) => void told.push(`info: ${text}`);
    vscode.window.showWarningMessage = async (text: string) => void told.push(`warning: ${text}`);
    try {
      await probe().changePassphraseCommand(vault);
    } finally {
      Object.assign(vscode.window, { withProgress, showTextDocument, showInformationMessage, showWarningMessage });
      vscode.window.tabGroups.all.length = 0;
      vscode.stub.ui.answer = () => undefined;
      vscode.stub.ui.said.length = 0;
    }
    assert.equal(vault.mountedRootOf(disk), undefined, 'the journal is locked');
    assert.deepEqual(reopened, [], 'no editor reopened on a journal that is locked');
    assert.equal(told.length, 1, told.join('\n'));
    assert.match(told[0] ?? '', /^warning: Re-encrypted 2 entries to the new passphrase\. The journal did not open again afterwards, so it is locked and its editors stay closed: .+\. Open an entry \(Open Today's Entry\) to unlock it with its passphrase\.$/);
  });
});
