// Encrypt Journal… from the palette (dist/encryption.js over the stub `vscode` of
// test/support/vscodeStub.ts): its closing message comes last, once the journal is mounted and the
// editors it closed are open again in the mount, as Decrypt Journal… and Change Journal Passphrase…
// tell theirs (passphraseChangeOrder.test.ts says why: a box the person opened on the message was
// closed under them when a reopened editor took the focus). And when the journal does not open
// after the run (here: its key file damaged between the run and the mount that follows it, as a
// second window or a failing disk could leave it), the closing message says so — the entries are
// sealed and safe, the journal locked, its editors closed, and what to do — where it said only
// "Encrypted N entries." over a journal left unmounted, and the closed editors were opened again on
// the plain files the run had removed; a journal that was open in the window before the run (an
// encrypted journal whose plain entries a sync brought are sealed the rest of the way) is locked
// then, as the message says, not left open under keys its key file may no longer hold. The
// message's words are checked in both languages against the shipped bundles.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_PATH } from '../../../../src/core/encryption/layout';
import { reason } from '../../../../src/core/encryption/reasons';
import { notMountedMessage } from '../../../../src/extension/encryption/notMountedMessage';
import { bundleTranslator } from '../../../support/bundleTranslator';
import { ENTRIES, orderLog, pick, plainJournal, script, sealedJournal, stubVault, useEncryptionProbe, withOpenEditor, type Probe } from '../../../support/identityVault';

const PASSPHRASE = 'Grüße — nur ich';
const OPEN = '2026/11/2026-11-23.md';
/** A plain entry a sync brought into the encrypted journal. */
const MIXED = '2026/11/2026-11-25.md';

/** ENTRIES as a plain journal in a new folder `prefix…` under `parent`, made the stub's journal folder; its path. */
function plainJournalFolder(probe: Probe, parent: string, prefix: string): string {
  const journal = plainJournal(mkdtempSync(join(parent, prefix)));
  probe.vscode.stub.settings = { 'leadershipJournal.journalFolder': journal };
  return journal;
}

/** The answers of a person encrypting with readable names and PASSPHRASE. */
const encrypting = [
  pick('Encrypt, Keep Names Readable'),
  pick('With a Passphrase'),
  (question: { readonly kind: string; readonly text: string }) => (question.kind === 'inputBox' && /Choose a passphrase|same passphrase again/.test(question.text) ? PASSPHRASE : undefined),
];

describe('extension: Encrypt Journal… tells its outcome once the journal and its editors are back', function () {
  this.timeout(120_000);
  const { probe, dir } = useEncryptionProbe('encryptOrder');

  it('reopens the closed editor in the mount before the closing message', async () => {
    const journal = plainJournalFolder(probe(), dir(), 'order-');
    const { vscode } = probe();
    const vault = stubVault(probe(), new Map());
    const disk = vscode.Uri.file(journal);
    const { events, mounted, told } = orderLog(vault, disk, 'Encrypted');
    script(probe(), [
      told,
      ...encrypting,
    ]);
    await withOpenEditor(probe(), vscode.Uri.file(join(journal, ...OPEN.split('/'))), (uri) => void events.push(`reopened: ${uri.scheme} ${uri.path} (${mounted()})`), () => probe().encryptCommand(vault));
    assert.deepEqual(events, [
      `reopened: ljencrypted /${OPEN} (mounted)`,
      'told: Encrypted 2 entries. (mounted)',
    ]);
  });

  it('says the entries are safe, the journal locked, its editors closed, and what to do, when it does not open after the run', async () => {
    const journal = plainJournalFolder(probe(), dir(), 'unmounted-');
    const { vscode } = probe();
    const vault = stubVault(probe(), new Map());
    const disk = vscode.Uri.file(journal);
    script(probe(), encrypting);
    const told: string[] = [];
    const reopened: string[] = [];
    const { withProgress, showInformationMessage, showWarningMessage, showErrorMessage } = vscode.window;
    vscode.window.withProgress = async <T>(options: unknown, task: (progress: { report: (value: unknown) => void }) => Promise<T>): Promise<T> => {
      const result = await withProgress(options, task);
      if ((options as { readonly title?: string }).title === 'Encrypting the journal…') {
        writeFileSync(join(journal, ...KEY_PATH.split('/')), 'damaged after the run\n'); // Before the mount that follows it.
      }
      return result;
    };
    // What is told, by severity; a question (the modal confirmation: it offers items) is answered by the script.
    const telling = (severity: string, ask: typeof showWarningMessage) => async (text: string, ...rest: unknown[]): Promise<string | undefined> =>
      rest.some((item) => typeof item === 'string') ? ask(text, ...rest) : void told.push(`${severity}: ${text}`);
    vscode.window.showInformationMessage = telling('info', showInformationMessage);
    vscode.window.showWarningMessage = telling('warning', showWarningMessage);
    vscode.window.showErrorMessage = telling('error', showErrorMessage);
    try {
      await withOpenEditor(probe(), vscode.Uri.file(join(journal, ...OPEN.split('/'))), (uri) => void reopened.push(uri.toString()), () => probe().encryptCommand(vault));
    } finally {
      Object.assign(vscode.window, { withProgress, showInformationMessage, showWarningMessage, showErrorMessage });
    }
    for (const path of Object.keys(ENTRIES)) {
      const at = join(journal, ...path.split('/'));
      assert.ok(existsSync(`${at}.age`) && !existsSync(at), `${path} is sealed, its plain file gone`);
    }
    assert.equal(vault.mountedRootOf(disk), undefined, 'the journal is locked');
    assert.deepEqual(reopened, [], 'no editor reopened: in the mount there is none, and on the disk its plain file is gone');
    assert.equal(told.length, 1, told.join('\n'));
    assert.match(told[0] ?? '', /^warning: Encrypted 2 entries\. The journal did not open in this window afterwards: .+\. The entries it encrypted are safe on disk and nothing was lost, but the journal is locked and its editors stay closed\. Open an entry \(Open Today's Entry\) to be asked for its passphrase; if it still does not open, reload the window \(Developer: Reload Window\)\.$/);
  });

  it('locks a journal that was open before the run (plain entries sealed the rest of the way) when it does not open after it, as the message says', async () => {
    const journal = await sealedJournal(probe(), dir(), 'mixed-', PASSPHRASE);
    writeFileSync(join(journal, ...MIXED.split('/')), '---\ndate: 2026-11-25\nkind: daily\n---\n\nSynced in plain.\n');
    const { vscode } = probe();
    const vault = stubVault(probe(), new Map());
    const disk = vscode.Uri.file(journal);
    script(probe(), [(question) => (question.kind === 'inputBox' ? PASSPHRASE : undefined)]);
    assert.ok((await vault.open(disk))?.scheme === 'ljencrypted', 'open in this window before the run');
    const told: string[] = [];
    const { withProgress } = vscode.window;
    vscode.window.withProgress = async <T>(options: unknown, task: (progress: { report: (value: unknown) => void }) => Promise<T>): Promise<T> => {
      const result = await withProgress(options, task);
      if ((options as { readonly title?: string }).title === 'Encrypting the journal…') {
        writeFileSync(join(journal, ...KEY_PATH.split('/')), 'damaged after the run\n');
      }
      return result;
    };
    script(probe(), [
      (question) => void (question.kind === 'message' && question.text.startsWith('Encrypted') ? told.push(question.text) : undefined),
      (question) => (question.kind === 'inputBox' && /plain on disk/.test(question.text) ? PASSPHRASE : undefined),
    ]);
    try {
      await withOpenEditor(probe(), vscode.Uri.file(join(journal, ...MIXED.split('/'))), () => undefined, () => probe().encryptCommand(vault));
    } finally {
      vscode.window.withProgress = withProgress;
    }
    assert.ok(existsSync(join(journal, ...`${MIXED}.age`.split('/'))), 'the plain entry is sealed');
    assert.equal(vault.mountedRootOf(disk), undefined, 'the journal is locked');
    assert.equal(told.length, 1, told.join('\n'));
    assert.match(told[0] ?? '', /^Encrypted 1 entry\. The journal did not open in this window afterwards: .+ the journal is locked and its editors stay closed\./);
  });

  it('words that message in English and German, for a passphrase and for an age key, after a run that stopped too', () => {
    const why = reason('while-reading', reason('disk-EIO'), KEY_PATH);
    const done = { severity: 'info', text: 'Encrypted 2 entries.', details: [] } as const;
    const stopped = { severity: 'error', text: 'Stopped: ….', details: ['a line'] } as const;
    const en = bundleTranslator('en');
    const de = bundleTranslator('de');
    assert.equal(notMountedMessage(en, done, why, 'passphrase').severity, 'warning');
    assert.deepEqual(notMountedMessage(en, stopped, why, 'passphrase').severity, 'error');
    assert.deepEqual(notMountedMessage(en, stopped, why, 'passphrase').details, ['a line']);
    assert.match(notMountedMessage(en, done, why, 'identity').text, /: the disk reported an input\/output error \(EIO\) while reading \.leadership-journal\/key\.age\. .* to be asked for your age key;/);
    assert.match(notMountedMessage(de, done, why, 'passphrase').text, /^Encrypted 2 entries\. Das Journal ließ sich danach in diesem Fenster nicht öffnen: .+ beim Lesen von \.leadership-journal\/key\.age\. Die verschlüsselten Einträge liegen sicher auf der Festplatte, nichts ging verloren; .* nach seiner Passphrase gefragt .* \(Entwickler: Fenster neu laden\)\.$/);
    assert.match(notMountedMessage(de, done, why, 'identity').text, /nach Ihrem age-Schlüssel gefragt/);
  });
});
