// An interrupted passphrase change finished or undone from the palette, through the extension's own
// Change Journal Passphrase… (dist/encryption.js over the stub `vscode` of test/support/vscodeStub.ts,
// whose window answers as the test's script says), as the command line's `change-passphrase` and
// `--undo` do: the command offers both, asks both passphrases, and every entry ends under the one
// passphrase chosen, with nothing lost — in English and in a German window.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changePassphrase } from '../../../../src/core/encryption/changePassphrase';
import { DecryptingJournalFs } from '../../../../src/core/encryption/decryptingJournalFs';
import { encryptJournal } from '../../../../src/core/encryption/encryptJournal';
import type { JournalFs } from '../../../../src/core/encryption/journalFs';
import { MARKER_PATH, NEXT_KEY_PATH } from '../../../../src/core/encryption/layout';
import type { MigrationHost } from '../../../../src/core/encryption/migrationRun';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { nodeJournalFs } from '../../../../src/node/encryption/nodeJournalFs';
import { processLiveness } from '../../../../src/node/encryption/nodeMigrationHost';
import { TEST_WORK_FACTOR } from '../../../support/encryptedJournal';
import { ENTRIES, plainJournal, script, stubVault, useEncryptionProbe } from '../../../support/identityVault';
import type * as Stub from '../../../support/vscodeStub';

const OLD = 'Grüße — nur ich';
const NEW = 'ein neuer Satz, länger';

function host(journal: string, fs: JournalFs = nodeJournalFs(journal)): MigrationHost {
  return { fs, me: { pid: process.pid, host: 'this-host' }, liveness: processLiveness, now: () => new Date(), workFactor: TEST_WORK_FACTOR };
}

/** A journal encrypted with OLD whose change to NEW was cut off after its first entry was re-sealed. */
async function interruptedChange(dir: string): Promise<string> {
  const journal = plainJournal(dir);
  assert.equal((await encryptJournal(host(journal), { credential: { kind: 'passphrase', passphrase: OLD } })).status, 'done');
  const disk = nodeJournalFs(journal);
  let renames = 0;
  const cut: JournalFs = {
    ...disk,
    list: () => disk.list(),
    read: (path) => disk.read(path),
    rename: async (from, to) => {
      if (to.endsWith('.md.age') && ++renames === 2) {
        throw Object.assign(new Error('the window was closed'), { code: 'EIO' });
      }
      return disk.rename(from, to);
    },
  };
  const outcome = await changePassphrase(host(journal, cut), { passphrase: OLD, newPassphrase: NEW });
  assert.equal(outcome.status, 'stopped');
  assert.equal(outcome.converted, 1, 'one entry re-sealed to the new key before the cut');
  assert.ok(existsSync(join(journal, MARKER_PATH)) && existsSync(join(journal, NEXT_KEY_PATH)));
  return journal;
}

/** Every entry opens with `passphrase` to its text, and the change left nothing behind. */
async function allUnder(journal: string, passphrase: string): Promise<void> {
  const fs = nodeJournalFs(journal);
  const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase });
  assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
  const view = new DecryptingJournalFs(fs, unlock.journal);
  for (const [path, text] of Object.entries(ENTRIES)) {
    assert.equal(Buffer.from((await view.read(path)) ?? new Uint8Array()).toString('utf8'), text, path);
  }
  assert.ok(!existsSync(join(journal, MARKER_PATH)) && !existsSync(join(journal, NEXT_KEY_PATH)), 'no marker, no next key');
}

describe('extension: an interrupted passphrase change, finished or undone from the palette', function () {
  this.timeout(120_000);
  const { probe, dir } = useEncryptionProbe('changeResume');

  afterEach(() => {
    probe().vscode.stub.bundle = undefined;
    probe().vscode.stub.ui.said.length = 0;
  });

  it('offers to finish or undo it; finishing puts every entry under the new passphrase and opens the journal with it', async () => {
    const journal = await interruptedChange(mkdtempSync(join(dir(), 'finish-')));
    probe().vscode.stub.settings = { 'leadershipJournal.journalFolder': journal };
    const asked: Stub.Question[] = [];
    script(probe(), [
      (question) => (question.kind === 'message' ? question.items.find((item) => item === 'Finish the Change') : undefined),
      (question) => (question.kind === 'inputBox' && /old passphrase/.test(question.text) ? OLD : undefined),
      (question) => (question.kind === 'inputBox' && /new passphrase chosen/.test(question.text) ? NEW : undefined),
    ], asked);
    const v = stubVault(probe(), new Map());
    await probe().changePassphraseCommand(v);
    const offer = asked.find((question) => question.kind === 'message');
    assert.equal(offer?.text, 'A change of the journal\'s passphrase was interrupted (1 of 2 entries re-encrypted). Finish it, or undo it?');
    assert.deepEqual(offer?.items, ['Finish the Change', 'Undo the Change']);
    assert.ok(probe().vscode.stub.ui.said.includes('Re-encrypted 1 entry to the new passphrase (1 was already done).'), probe().vscode.stub.ui.said.join('\n'));
    await allUnder(journal, NEW);
    assert.ok(v.mountedRootOf(probe().vscode.Uri.file(journal)) !== undefined, 'open in the window under the new passphrase');
  });

  it('in a German window, undoing it takes every entry back to the old passphrase, and a wrong new one changes nothing', async () => {
    const journal = await interruptedChange(mkdtempSync(join(dir(), 'undo-')));
    probe().vscode.stub.settings = { 'leadershipJournal.journalFolder': journal };
    probe().vscode.stub.bundle = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
    let typedNew = 'nicht die neue';
    script(probe(), [
      (question) => (question.kind === 'message' ? question.items.find((item) => item === 'Wechsel rückgängig machen') : undefined),
      (question) => (question.kind === 'inputBox' && /alte Passphrase/.test(question.text) ? OLD : undefined),
      (question) => (question.kind === 'inputBox' && /neue Passphrase/.test(question.text) ? typedNew : undefined),
    ]);
    const before = readFileSync(join(journal, NEXT_KEY_PATH));
    await probe().changePassphraseCommand(stubVault(probe(), new Map()));
    assert.ok(probe().vscode.stub.ui.said.includes('Das ist nicht die neue Passphrase, die für den unterbrochenen Wechsel gewählt wurde. Nichts wurde geändert.'), probe().vscode.stub.ui.said.join('\n'));
    assert.deepEqual(readFileSync(join(journal, NEXT_KEY_PATH)), before, 'nothing changed');

    typedNew = NEW;
    probe().vscode.stub.ui.said.length = 0;
    await probe().changePassphraseCommand(stubVault(probe(), new Map()));
    assert.ok(probe().vscode.stub.ui.said.includes('Passphrasenwechsel rückgängig gemacht: 1 Eintrag steht wieder unter der alten Passphrase (1 war es schon).'), probe().vscode.stub.ui.said.join('\n'));
    await allUnder(journal, OLD);
  });

  it('Encrypt and Decrypt send an interrupted change to Change Journal Passphrase…, and change nothing', async () => {
    const journal = await interruptedChange(mkdtempSync(join(dir(), 'refer-')));
    probe().vscode.stub.settings = { 'leadershipJournal.journalFolder': journal };
    script(probe(), [(question) => (question.kind === 'message' ? question.items.find((item) => item === 'Decrypt') : undefined)]);
    await probe().decryptCommand(stubVault(probe(), new Map()));
    assert.ok(probe().vscode.stub.ui.said.includes('A change of the journal\'s passphrase was interrupted: run Change Journal Passphrase… to finish it or undo it first. Nothing was changed.'), probe().vscode.stub.ui.said.join('\n'));
    assert.ok(existsSync(join(journal, MARKER_PATH)));
  });
});
