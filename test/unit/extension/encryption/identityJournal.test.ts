// A journal encrypted to an age identity kept in a file, through the extension's own code
// (dist/encryption.js's commands and vault, bundled as the build bundles them — the age library
// without its post-quantum code, native crypto installed — over the stub `vscode` of
// test/support/vscodeStub.ts, whose window answers as a test's script says), checked with the
// reference `age` tool: what Encrypt Journal… writes opens with `age -d -i` under the identity and
// the backup key, a save is sealed to both, entries `age -r` wrote open here, and a missing or wrong
// key file is said and changes nothing. Needs Debian's `age` (the CI installs it).
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DESCRIPTOR_PATH } from '../../../../src/core/encryption/layout';
import { parseDescriptor } from '../../../../src/core/encryption/journalState';
import { runAge, useAgeDir } from '../../../support/ageTool';
import { ENTRIES, keygen as keygenIn, pick, plainJournal as plainJournalIn, SAVED, script as answering, snapshot, stubVault, useEncryptionProbe, type AgeKey } from '../../../support/identityVault';
import type * as Stub from '../../../support/vscodeStub';

describe('extension: a journal encrypted to an age identity file, with the reference age tool', function () {
  this.timeout(120_000);
  const ageDir = useAgeDir('lj-identity-');
  const { probe } = useEncryptionProbe('identityProbe');
  let work = '';
  let state: Map<string, unknown>;

  beforeEach(() => {
    work = mkdtempSync(join(ageDir(), 'case-'));
    state = new Map();
    probe().vscode.stub.ui.said.length = 0;
  });

  const keygen = (name: string): AgeKey => keygenIn(work, name);
  const plainJournal = (): string => plainJournalIn(work);
  const vault = () => stubVault(probe(), state);
  const script = (rules: readonly ((question: Stub.Question) => string | undefined)[]): void => answering(probe(), rules);

  function ageOpens(key: AgeKey, file: string): string {
    const run = runAge(['--decrypt', '--identity', key.path, file], work);
    assert.equal(run.status, 0, `age -d -i ${key.path} ${file}: ${run.stderr}`);
    return run.stdout;
  }

  it('Encrypt Journal… to the identity file and a backup key: age -d -i opens every entry with either, and a save is sealed to both', async () => {
    const mine = keygen('key.txt');
    const backup = keygen('backup.txt');
    const journal = plainJournal();
    probe().vscode.stub.settings = { 'leadershipJournal.journalFolder': journal, 'leadershipJournal.encryption.identityFile': mine.path };
    let refused: string | undefined;
    script([
      pick('Encrypt, Keep Names Readable'),
      pick('To My age Key (Identity File)'),
      (question) => {
        if (question.kind !== 'inputBox') {
          return undefined;
        }
        refused = question.validate?.('age1notakey') as string | undefined; // parseRecipientList answers at once
        assert.match(question.text, new RegExp(`sealed to your key ${mine.recipient}`));
        return backup.recipient;
      },
    ]);
    const v = vault();
    await probe().encryptCommand(v);
    assert.ok(probe().vscode.stub.ui.said.includes('Encrypted 2 entries.'), probe().vscode.stub.ui.said.join('\n'));
    assert.match(refused ?? '', /not a valid age recipient/, 'a mistyped key is refused in the box');

    const descriptor = parseDescriptor(readFileSync(join(journal, DESCRIPTOR_PATH)));
    assert.deepEqual(descriptor, { mode: 'identity', names: 'readable', recipients: [backup.recipient] }, 'stored as the CLI stores it');
    for (const [path, text] of Object.entries(ENTRIES)) {
      assert.equal(ageOpens(mine, join(journal, `${path}.age`)), text, path);
      assert.equal(ageOpens(backup, join(journal, `${path}.age`)), text, `${path}, with the backup key`);
    }

    const root = v.mountedRootOf(probe().vscode.Uri.file(journal));
    assert.ok(root !== undefined, 'the journal is open in the window after encrypting');
    await v.provider.writeFile(probe().vscode.Uri.joinPath(root, '2026', '11', '2026-11-24.md'), Buffer.from(SAVED), { create: true, overwrite: false });
    const sealed = join(journal, '2026/11/2026-11-24.md.age');
    assert.equal(ageOpens(mine, sealed), SAVED);
    assert.equal(ageOpens(backup, sealed), SAVED, 'a save is sealed to the backup key too');

    const everything = [...snapshot(work).values()].map((base64) => Buffer.from(base64, 'base64').toString('latin1'));
    const copies = everything.filter((text) => text.includes(mine.secret)).length;
    assert.equal(copies, 1, 'the secret key is only in its own file');
    assert.deepEqual([...state.entries()], [], 'the setting is used: nothing to remember for the workspace');
  });

  it('opens a journal with entries age wrote, after the file is picked in a dialog; its path is remembered, never its contents', async () => {
    const mine = keygen('key.txt');
    const journal = plainJournal();
    probe().vscode.stub.settings = { 'leadershipJournal.journalFolder': journal };
    script([pick('Encrypt, Keep Names Readable'), pick('To My age Key (Identity File)'), pick('Choose the Key File…'), (question) => (question.kind === 'openDialog' ? mine.path : question.kind === 'inputBox' ? '' : undefined)]);
    await probe().encryptCommand(vault());
    writeFileSync(join(work, 'theirs.md'), SAVED);
    const run = runAge(['--encrypt', '--recipient', mine.recipient, '--output', join(journal, '2026/11/2026-11-25.md.age'), join(work, 'theirs.md')], work);
    assert.equal(run.status, 0, run.stderr);

    state.clear();
    let dialogs = 0;
    script([pick('Choose the Key File…'), (question) => (question.kind === 'openDialog' ? (dialogs++, mine.path) : undefined)]);
    const fresh = vault(); // A new window: nothing unlocked.
    const root = await fresh.open(probe().vscode.Uri.file(journal));
    assert.ok(root !== undefined && root.scheme === 'ljencrypted', probe().vscode.stub.ui.said.join('\n'));
    assert.equal(dialogs, 1);
    assert.equal(Buffer.from(await fresh.provider.readFile(probe().vscode.Uri.joinPath(root, '2026', '11', '2026-11-25.md'))).toString(), SAVED, 'the entry age wrote');
    assert.equal(Buffer.from(await fresh.provider.readFile(probe().vscode.Uri.joinPath(root, '2026', '11', '2026-11-23.md'))).toString(), ENTRIES['2026/11/2026-11-23.md']);
    assert.deepEqual([...state.values()], [mine.path], 'the path, remembered for the workspace');

    const again = vault(); // Another window of the same workspace: the remembered file, no dialog.
    assert.ok(await again.open(probe().vscode.Uri.file(journal)));
    assert.equal(dialogs, 1);
  });

  it('a missing, wrong or not-a-key file is said plainly, offers another, and changes nothing', async () => {
    const mine = keygen('key.txt');
    const other = keygen('other.txt');
    const journal = plainJournal();
    probe().vscode.stub.settings = { 'leadershipJournal.journalFolder': journal, 'leadershipJournal.encryption.identityFile': mine.path };
    script([pick('Encrypt, Keep Names Readable'), pick('To My age Key (Identity File)'), (question) => (question.kind === 'inputBox' ? '' : undefined)]);
    await probe().encryptCommand(vault());
    writeFileSync(join(work, 'notes.txt'), 'my shopping list\n');
    state.set(`leadershipJournal.identityFile:${probe().vscode.Uri.file(journal).toString()}`, join(work, 'gone.txt'));
    const before = snapshot(work);

    const dialog = [other.path, join(work, 'notes.txt')];
    script([
      pick('Choose Another File…'),
      (question) => (question.kind === 'openDialog' ? dialog.shift() : undefined),
    ]);
    const said = probe().vscode.stub.ui.said;
    said.length = 0;
    const root = await vault().open(probe().vscode.Uri.file(journal));
    assert.equal(root, undefined, 'given up when the files run out');
    assert.match(said[0] ?? '', /^The age identity file cannot be used: cannot read .*gone\.txt: .*ENOENT.*\. Nothing was changed\.$/);
    assert.equal(said[1], `The key in ${other.path} does not open this journal. Nothing was changed.`);
    assert.match(said[2] ?? '', /^The age identity file cannot be used: the identity file .*notes\.txt line 1 is not an age identity/);
    assert.ok(!said.join('\n').includes(other.secret), 'no secret key in any message');
    assert.deepEqual(snapshot(work), before, 'nothing changed on disk');
    assert.deepEqual([...state.values()], [join(work, 'gone.txt')], 'nor what is remembered');
  });

  it('Decrypt Journal… with the identity file turns the journal back into plain Markdown', async () => {
    const mine = keygen('key.txt');
    const journal = plainJournal();
    probe().vscode.stub.settings = { 'leadershipJournal.journalFolder': journal, 'leadershipJournal.encryption.identityFile': mine.path };
    script([pick('Encrypt, Keep Names Readable'), pick('To My age Key (Identity File)'), pick('Decrypt'), (question) => (question.kind === 'inputBox' ? '' : undefined)]);
    const v = vault();
    await probe().encryptCommand(v);
    await probe().decryptCommand(v);
    assert.ok(probe().vscode.stub.ui.said.some((text) => text.startsWith('Decrypted 2 entries')), probe().vscode.stub.ui.said.join('\n'));
    for (const [path, text] of Object.entries(ENTRIES)) {
      assert.equal(readFileSync(join(journal, path), 'utf8'), text);
    }
    assert.deepEqual(readdirSync(journal).sort(), ['2026']);
  });
});
