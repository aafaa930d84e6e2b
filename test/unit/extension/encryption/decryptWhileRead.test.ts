// Decrypt Journal… while something reads the journal, through the extension's own code (dist/encryption.js's
// commands and vault over the stub `vscode` of test/support/vscodeStub.ts): the index starts over when
// the decrypt takes the journal off the mount, and opens the journal at once. That reader must not be
// asked for the passphrase in the middle of the run (the web host showed the prompt after "Decrypted 2
// entries", and answering it would have mounted a journal half decrypted): it gets the plain folder
// once the run has ended.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EncryptionHost } from '../../../../src/extension/encryption/journalVault';
import { stubSettings, useEncryptionProbe } from '../../../support/identityVault';
import type * as Stub from '../../../support/vscodeStub';

const ENTRY = '2026/11/2026-11-23.md';
const TEXT = '---\ndate: 2026-11-23\nkind: daily\n---\n\nConfidential: the budget is cut by a third.\n';
const PASSPHRASE = 'Grüße aus dem Büro';

describe('extension: Decrypt Journal… while the journal is being read', function () {
  this.timeout(120_000);
  const { probe, dir } = useEncryptionProbe('decryptReadProbe');

  it('a reader that opens the journal when the decrypt unmounts it is not asked the passphrase, and gets the plain folder after', async () => {
    const journal = join(dir(), 'journal');
    mkdirSync(join(journal, '2026', '11'), { recursive: true });
    writeFileSync(join(journal, ENTRY), TEXT);
    probe().vscode.stub.settings = { 'leadershipJournal.journalFolder': journal };
    const asked: string[] = [];
    probe().vscode.stub.ui.answer = (question) => {
      asked.push(question.text);
      return question.items.find((item) => ['Encrypt, Keep Names Readable', 'With a Passphrase', 'Decrypt'].includes(item))
        ?? (question.kind === 'inputBox' ? PASSPHRASE : undefined);
    };
    const disk = probe().vscode.Uri.file(journal);
    let mounted: { disk: Stub.Uri; root: Stub.Uri } | undefined;
    const reads: Promise<Stub.Uri | undefined>[] = [];
    const host = {
      secrets: { get: async () => undefined, store: async () => undefined, delete: async () => undefined },
      workspaceState: { get: () => undefined, update: async () => undefined, keys: () => [] },
      settings: stubSettings(probe()),
      mount: {
        set: (value: { disk: Stub.Uri; root: Stub.Uri } | undefined) => {
          mounted = value;
          if (value === undefined) {
            reads.push(vault.open(disk)); // As the index does when the mount changes.
          }
        },
        rootOf: (folder: Stub.Uri) => (mounted !== undefined && mounted.disk.toString() === folder.toString() ? mounted.root : undefined),
      },
      log: { warn: () => undefined, info: () => undefined, error: () => undefined },
    };
    const vault = new (probe().JournalVault)(host as unknown as EncryptionHost) as unknown as { open(disk: Stub.Uri): Promise<Stub.Uri | undefined> };
    await probe().encryptCommand(vault as never);
    assert.ok(probe().vscode.stub.ui.said.some((text) => text.startsWith('Encrypted 1 entry')), probe().vscode.stub.ui.said.join('\n'));
    asked.length = 0;

    await probe().decryptCommand(vault as never);
    assert.ok(probe().vscode.stub.ui.said.some((text) => text.startsWith('Decrypted 1 entry')), probe().vscode.stub.ui.said.join('\n'));
    assert.equal(reads.length, 1, 'the decrypt took the journal off the mount');
    const root = await reads[0];
    assert.equal(root?.toString(), disk.toString(), 'the reader got the plain folder');
    assert.deepEqual(asked.filter((text) => /journal is encrypted/.test(text)), [], `no unlock prompt: ${asked.join(' | ')}`);
    assert.equal(readFileSync(join(journal, ENTRY), 'utf8'), TEXT);
  });
});
