// With `leadershipJournal.encryption.rememberPassphrase` on, a window opens the journal with the
// passphrase kept in VS Code's secret storage; when that secret is gone (another machine, a cleared
// keyring) or the store refuses to read it (a locked keyring throws), the unlock asks for the
// passphrase as usual and the journal opens with the one typed (journalVault.ts,
// `rememberedPassphrase`). Through dist/encryption.js's vault over the stub `vscode`.
import * as assert from 'node:assert/strict';
import { ENTRIES, sealedJournal, script, stubVault, useEncryptionProbe } from '../../../support/identityVault';
import type * as Stub from '../../../support/vscodeStub';

const PASSPHRASE = 'Grüße — nur ich';
const ENTRY = '2026/11/2026-11-23.md';

/** A secret store whose every read fails, as a locked or broken keyring does. */
class RefusingSecrets extends Map<string, string> {
  override get(): string | undefined {
    throw new Error('the keyring is locked');
  }
}

describe('extension: a remembered passphrase that is lost or unreadable falls back to the prompt', function () {
  this.timeout(120_000);
  const { probe, dir } = useEncryptionProbe('lostRemembered');

  /** A journal sealed with PASSPHRASE, with rememberPassphrase on, and the secret a first window kept. */
  async function remembered(prefix: string): Promise<{ disk: Stub.Uri; kept: Map<string, string> }> {
    const journal = await sealedJournal(probe(), dir(), prefix, PASSPHRASE);
    probe().vscode.stub.settings = { ...probe().vscode.stub.settings, 'leadershipJournal.encryption.rememberPassphrase': true };
    const disk = probe().vscode.Uri.file(journal);
    const kept = new Map<string, string>();
    script(probe(), [(question) => (question.kind === 'inputBox' ? PASSPHRASE : undefined)]);
    assert.ok(await stubVault(probe(), new Map(), kept).open(disk), 'the first window unlocks');
    assert.deepEqual([...kept.values()], [PASSPHRASE], 'the first window kept the passphrase');
    return { disk, kept };
  }

  /** Opens the journal in a new window whose secret store is `secrets`; what it asked and what it read. */
  async function openWith(disk: Stub.Uri, secrets: Map<string, string>): Promise<{ prompts: string[]; text: string | undefined }> {
    const asked: Stub.Question[] = [];
    script(probe(), [(question) => (question.kind === 'inputBox' ? PASSPHRASE : undefined)], asked);
    const vault = stubVault(probe(), new Map(), secrets);
    const root = await vault.open(disk);
    assert.ok(root !== undefined && root.scheme !== disk.scheme, `mounted: ${String(root)}`);
    const text = Buffer.from(await vault.provider.readFile(probe().vscode.Uri.joinPath(root, ...ENTRY.split('/')))).toString();
    return { prompts: asked.map((question) => `${question.kind}: ${question.text}`), text };
  }

  it('opens without asking while the secret is kept (the case the fallback departs from)', async () => {
    const { disk, kept } = await remembered('kept-');
    const opened = await openWith(disk, kept);
    assert.deepEqual(opened.prompts, []);
    assert.equal(opened.text, ENTRIES[ENTRY]);
  });

  it('asks for the passphrase when the kept secret is gone, opens with the one typed, and keeps it again', async () => {
    const { disk, kept } = await remembered('gone-');
    kept.clear();
    const opened = await openWith(disk, kept);
    assert.equal(opened.prompts.length, 1, opened.prompts.join(' | '));
    assert.match(opened.prompts[0] ?? '', /^inputBox: .*The journal is encrypted\. Type its passphrase/);
    assert.equal(opened.text, ENTRIES[ENTRY], 'the entry reads as written');
    assert.deepEqual([...kept.values()], [PASSPHRASE], 'kept again, as the setting asks');
  });

  it('asks for the passphrase when the secret store throws on reading, and opens with the one typed', async () => {
    const { disk } = await remembered('refused-');
    const opened = await openWith(disk, new RefusingSecrets());
    assert.equal(opened.prompts.length, 1, opened.prompts.join(' | '));
    assert.match(opened.prompts[0] ?? '', /^inputBox: .*The journal is encrypted\. Type its passphrase/);
    assert.equal(opened.text, ENTRIES[ENTRY], 'the entry reads as written');
  });
});
