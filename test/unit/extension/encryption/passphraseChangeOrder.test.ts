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
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_PATH } from '../../../../src/core/encryption/layout';
import { orderLog, sealedJournal, script, stubVault, useEncryptionProbe, withMountedEditor } from '../../../support/identityVault';

const OLD = 'Grüße — nur ich';
const NEW = 'ein neuer Satz, länger';
const OPEN = '2026/11/2026-11-23.md';

describe('extension: Change Journal Passphrase… tells its outcome once the journal and its editors are back', function () {
  this.timeout(120_000);
  const { probe, dir } = useEncryptionProbe('changeOrder');

  it('reopens the closed editor under the new passphrase, mounted, before the closing message', async () => {
    const journal = await sealedJournal(probe(), dir(), 'order-', OLD);
    const { vscode } = probe();
    const vault = stubVault(probe(), new Map());
    const disk = vscode.Uri.file(journal);
    const { events, mounted, told } = orderLog(vault, disk, 'Re-encrypted');
    script(probe(), [
      told,
      (question) => (question.kind === 'inputBox' && /current passphrase/.test(question.text) ? OLD : undefined),
      (question) => (question.kind === 'inputBox' && /Choose a passphrase|same passphrase again/.test(question.text) ? NEW : undefined),
    ]);
    // One editor of the journal open in the mount, as the web spec has its entry open.
    await withMountedEditor(probe(), OPEN, (uri) => void events.push(`reopened: ${uri.path} (${mounted()})`), () => probe().changePassphraseCommand(vault));
    assert.deepEqual(events, [
      `reopened: /${OPEN} (mounted)`,
      'told: Re-encrypted 2 entries to the new passphrase. (mounted)',
    ]);
  });

  it('says the journal stayed locked, its editors closed, and how to open it, when it does not open again after the change', async () => {
    const journal = await sealedJournal(probe(), dir(), 'locked-', OLD);
    const { vscode } = probe();
    const vault = stubVault(probe(), new Map());
    const disk = vscode.Uri.file(journal);
    script(probe(), [
      (question) => (question.kind === 'inputBox' && /current passphrase/.test(question.text) ? OLD : undefined),
      (question) => (question.kind === 'inputBox' && /Choose a passphrase|same passphrase again/.test(question.text) ? NEW : undefined),
    ]);
    const told: string[] = [];
    const reopened: string[] = [];
    const { withProgress, showInformationMessage, showWarningMessage } = vscode.window;
    vscode.window.withProgress = async <T>(options: unknown, task: (progress: { report: (value: unknown) => void }) => Promise<T>): Promise<T> => {
      const result = await withProgress(options, task);
      if ((options as { readonly title?: string }).title === 'Re-encrypting the journal…') {
        writeFileSync(join(journal, ...KEY_PATH.split('/')), 'damaged after the change\n'); // Before the unlock that follows it.
      }
      return result;
    };
    vscode.window.showInformationMessage = async (text: string) => void told.push(`info: ${text}`);
    vscode.window.showWarningMessage = async (text: string) => void told.push(`warning: ${text}`);
    try {
      await withMountedEditor(probe(), OPEN, (uri) => void reopened.push(uri.path), () => probe().changePassphraseCommand(vault));
    } finally {
      Object.assign(vscode.window, { withProgress, showInformationMessage, showWarningMessage });
    }
    assert.equal(vault.mountedRootOf(disk), undefined, 'the journal is locked');
    assert.deepEqual(reopened, [], 'no editor reopened on a journal that is locked');
    assert.equal(told.length, 1, told.join('\n'));
    assert.match(told[0] ?? '', /^warning: Re-encrypted 2 entries to the new passphrase\. The journal did not open again afterwards, so it is locked and its editors stay closed: .+\. Open an entry \(Open Today's Entry\) to unlock it with its passphrase\.$/);
  });
});
