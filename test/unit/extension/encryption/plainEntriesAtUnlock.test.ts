// An encrypted journal with plain entries in it and no migration under way (a sync or another tool
// put them there), through the extension's own vault and commands (dist/encryption.js over the stub
// `vscode`, on a real folder): the unlock says how many are plain and what to do, and Encrypt
// Journal… — which says "already encrypted" of a journal with none — seals them with the journal's key.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pick, plainJournal, script, stubVault, useEncryptionProbe } from '../../../support/identityVault';

const PASSPHRASE = 'Grüße aus dem Büro';
const SYNCED = '2026/12/2026-12-02.md';
const SYNCED_TEXT = '---\ndate: 2026-12-02\nkind: daily\n---\n\nWritten on the phone: Ana is leaving in March.\n';

/** Waits (a few seconds at most) until `said` holds a line matching `pattern`; the unlock says it without holding up the journal. */
async function saidEventually(said: readonly string[], pattern: RegExp): Promise<string | undefined> {
  for (let tries = 0; tries < 100; tries++) {
    const line = said.find((text) => pattern.test(text));
    if (line !== undefined) {
      return line;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

describe('extension: plain entries in an encrypted journal, at unlock and by Encrypt Journal…', function () {
  this.timeout(120_000);
  const { probe, dir } = useEncryptionProbe('plainAtUnlockProbe');

  it('says at unlock how many entries are plain and what to do; Encrypt Journal… seals them; then nothing is said', async () => {
    const journal = plainJournal(dir());
    probe().vscode.stub.settings = { 'leadershipJournal.journalFolder': journal };
    script(probe(), [pick('Encrypt, Keep Names Readable'), pick('With a Passphrase'), (question) => (question.kind === 'inputBox' ? PASSPHRASE : undefined)]);
    const said = probe().vscode.stub.ui.said;
    const first = stubVault(probe(), new Map());
    await probe().encryptCommand(first as never);
    assert.ok(said.some((text) => text.startsWith('Encrypted 2 entries')), said.join('\n'));

    mkdirSync(join(journal, '2026', '12'), { recursive: true });
    writeFileSync(join(journal, SYNCED), SYNCED_TEXT);
    said.length = 0;
    const disk = probe().vscode.Uri.file(journal);
    const second = stubVault(probe(), new Map());
    assert.ok(await second.open(disk), 'the journal unlocks');
    assert.equal(await saidEventually(said, /plain on disk/), '1 entry of this encrypted journal is plain on disk, readable by anyone who gets the folder: run Encrypt Journal… again to finish sealing it.');

    said.length = 0;
    await probe().encryptCommand(second as never);
    assert.ok(!said.includes('The journal is already encrypted.'), said.join('\n'));
    assert.equal(existsSync(join(journal, SYNCED)), false, 'the plain file is gone');
    assert.ok(existsSync(join(journal, `${SYNCED}.age`)), 'sealed beside the others');
    assert.ok(!readFileSync(join(journal, `${SYNCED}.age`)).includes(Buffer.from('Ana is leaving')));

    said.length = 0;
    const third = stubVault(probe(), new Map());
    assert.ok(await third.open(disk));
    const root = third.mountedRootOf(disk);
    assert.ok(root !== undefined);
    assert.equal(Buffer.from(await third.provider.readFile(probe().vscode.Uri.joinPath(root, ...SYNCED.split('/')))).toString('utf8'), SYNCED_TEXT, 'it opens, sealed');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(said.filter((text) => /plain on disk/.test(text)), [], 'no plain entry is left to tell of');
    await probe().encryptCommand(third as never);
    assert.ok(said.includes('The journal is already encrypted.'), said.join('\n'));
  });
});
