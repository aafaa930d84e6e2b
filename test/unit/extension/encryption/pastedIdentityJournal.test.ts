// A journal encrypted to an age key that is pasted rather than read from a file, through the
// extension's own code over the stub `vscode` (test/support/vscodeStub.ts): dist/encryption.js's
// commands and vault as the web build bundles them (scripts/webPlatform.ts: the web worker's files,
// no key file can be read) and as the desktop build does (a file, or the key pasted instead). Keys
// come from Debian's `age-keygen` and what is written is checked with `age -d -i`. A wrong,
// malformed or post-quantum key is said and changes nothing; the pasted key is written nowhere but
// SecretStorage, and there only when the user keeps the passphrase there.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { nodeDiskProvider } from '../../../../bench/nodeDiskProvider';
import { AGE_ALIAS } from '../../../../scripts/ageAlias';
import { webPlatform } from '../../../../scripts/webPlatform';
import { DESCRIPTOR_PATH } from '../../../../src/core/encryption/layout';
import { parseDescriptor } from '../../../../src/core/encryption/journalState';
import { runAge, useAgeDir } from '../../../support/ageTool';
import { ENTRIES, keygen as keygenIn, pick, plainJournal as plainJournalIn, PROBE_EXPORTS, SAVED, script as answering, snapshot, stubVault, type AgeKey, type Probe } from '../../../support/identityVault';
import { bundleWithStub } from '../../../support/stubBundle';
import type * as Stub from '../../../support/vscodeStub';

const PASTE_PROMPT = /^Paste your age key/;
const WRONG_KEY = 'That age key does not open this journal. Nothing was changed.';

/**
 * `provider` as VS Code's workspace.fs calls it: failing with FileSystemErrors, and a write making its
 * folder first. The web build reads the journal through it (the desktop build, with Node's fs).
 */
function asWorkspaceFs(probe: Probe, provider: Stub.StubProvider): Stub.StubProvider {
  const wrapped: Record<string, unknown> = {};
  for (const [name, call] of Object.entries(provider) as [string, (uri: Stub.Uri, ...rest: unknown[]) => Promise<unknown>][]) {
    wrapped[name] = async (uri: Stub.Uri, ...rest: unknown[]) => {
      try {
        if (name === 'writeFile') {
          await mkdir(dirname(uri.fsPath), { recursive: true });
        }
        return await call(uri, ...rest);
      } catch (error) {
        const code = (error as { code?: string }).code;
        throw code === 'ENOENT' ? probe.vscode.FileSystemError.FileNotFound(uri) : code === 'EEXIST' ? probe.vscode.FileSystemError.FileExists(uri) : error;
      }
    };
  }
  return wrapped as unknown as Stub.StubProvider;
}

describe('extension: a journal encrypted to a pasted age key, in the web worker build and the desktop one', function () {
  this.timeout(120_000);
  const ageDir = useAgeDir('lj-pasted-');
  let buildDir = '';
  let web: Probe;
  let desktop: Probe;
  let work = '';
  let state: Map<string, unknown>;
  let secrets: Map<string, string>;
  const asked: Stub.Question[] = [];

  before(async () => {
    buildDir = mkdtempSync(join(tmpdir(), 'lj-pasted-probe-'));
    web = await bundleWithStub<Probe>(buildDir, 'pastedWebProbe', PROBE_EXPORTS, AGE_ALIAS, [webPlatform]);
    desktop = await bundleWithStub<Probe>(buildDir, 'pastedDesktopProbe', PROBE_EXPORTS, AGE_ALIAS);
    desktop.vscode.stub.providers.set('file', nodeDiskProvider(desktop.vscode.FileType));
    web.vscode.stub.providers.set('file', asWorkspaceFs(web, nodeDiskProvider(web.vscode.FileType)));
  });

  after(() => rmSync(buildDir, { recursive: true, force: true }));

  beforeEach(() => {
    work = mkdtempSync(join(ageDir(), 'case-'));
    state = new Map();
    secrets = new Map();
    asked.length = 0;
    for (const probe of [web, desktop]) {
      probe.vscode.stub.ui.said.length = 0;
      probe.vscode.stub.settings = {};
    }
  });

  const keygen = (name: string): AgeKey => keygenIn(work, name);
  const plainJournal = (): string => plainJournalIn(work);
  const vault = (probe: Probe) => stubVault(probe, state, secrets);
  const script = (probe: Probe, rules: readonly ((question: Stub.Question) => string | undefined)[]): void => answering(probe, rules, asked);

  /** Answers the paste box with each of `texts` in turn. */
  const paste = (...texts: string[]) => (question: Stub.Question): string | undefined => (question.kind === 'inputBox' && !question.text.startsWith('Entries will be sealed') ? texts.shift() : undefined);
  const noBackup = (question: Stub.Question): string | undefined => (question.kind === 'inputBox' && question.text.startsWith('Entries will be sealed') ? '' : undefined);

  function ageOpens(key: AgeKey, file: string): string {
    const run = runAge(['--decrypt', '--identity', key.path, file], work);
    assert.equal(run.status, 0, `age -d -i ${key.path} ${file}: ${run.stderr}`);
    return run.stdout;
  }

  /** The journal at `journal` encrypted in the web build, to `key` pasted. */
  async function encryptOnTheWeb(journal: string, key: AgeKey): Promise<void> {
    web.vscode.stub.settings = { 'leadershipJournal.journalFolder': journal };
    script(web, [pick('Encrypt, Keep Names Readable'), pick('To My age Key (Pasted)'), noBackup, paste(key.secret)]);
    await web.encryptCommand(vault(web));
    assert.ok(web.vscode.stub.ui.said.includes('Encrypted 2 entries.'), web.vscode.stub.ui.said.join('\n'));
  }

  /** How many files under the case's folder hold `text`. */
  function filesHolding(text: string): string[] {
    return [...snapshot(work)].filter(([, base64]) => Buffer.from(base64, 'base64').toString('latin1').includes(text)).map(([path]) => path);
  }

  it('web: Encrypt Journal… offers the age key pasted; age -d -i opens every entry and a save, and the key is kept nowhere', async () => {
    const mine = keygen('key.txt');
    const journal = plainJournal();
    await encryptOnTheWeb(journal, mine);
    const modes = asked.find((question) => question.kind === 'quickPick')?.items;
    assert.deepEqual(modes, ['With a Passphrase', 'To My age Key (Pasted)'], 'no key file to choose in the web worker');
    assert.ok(!asked.some((question) => question.kind === 'openDialog'));
    assert.deepEqual(parseDescriptor(readFileSync(join(journal, DESCRIPTOR_PATH))), { mode: 'identity', names: 'readable' }, 'stored as the CLI stores it');
    for (const [path, text] of Object.entries(ENTRIES)) {
      assert.equal(ageOpens(mine, join(journal, `${path}.age`)), text, path);
    }
    script(web, [paste(mine.secret)]);
    const v = vault(web); // A new window: the key is pasted again.
    const root = await v.open(web.vscode.Uri.file(journal));
    assert.ok(root !== undefined && root.scheme === 'ljencrypted');
    await v.provider.writeFile(web.vscode.Uri.joinPath(root, '2026', '11', '2026-11-24.md'), Buffer.from(SAVED), { create: true, overwrite: false });
    assert.equal(ageOpens(mine, join(journal, '2026/11/2026-11-24.md.age')), SAVED);
    assert.deepEqual(filesHolding(mine.secret), ['key.txt'], 'the secret key is only in its own file');
    assert.deepEqual(filesHolding('budget is cut'), [], 'no plain text of the entry saved');
    assert.deepEqual([...state.entries()], [], 'nothing remembered for the workspace');
    assert.deepEqual([...secrets.entries()], [], 'nor kept in SecretStorage: the user did not choose to');
  });

  it('web: a new window opens with the whole key file pasted, its line breaks dropped by the box, after a wrong key said in the box that changed nothing', async () => {
    const mine = keygen('key.txt');
    const other = keygen('other.txt');
    const journal = plainJournal();
    await encryptOnTheWeb(journal, mine);
    const before = snapshot(work);
    asked.length = 0;
    script(web, [paste(other.secret, mine.fileText.replace(/\n/g, ''))]);
    const v = vault(web);
    const root = await v.open(web.vscode.Uri.file(journal));
    assert.ok(root !== undefined && root.scheme === 'ljencrypted', web.vscode.stub.ui.said.join('\n'));
    assert.deepEqual(asked.map((question) => question.text.replace(/:.*/, '')), ['Paste your age key', WRONG_KEY]);
    assert.deepEqual(snapshot(work), before, 'unlocking wrote nothing');
    assert.equal(Buffer.from(await v.provider.readFile(web.vscode.Uri.joinPath(root, '2026', '11', '2026-11-23.md'))).toString(), ENTRIES['2026/11/2026-11-23.md']);
  });

  it('web: a malformed, post-quantum or encrypted paste is refused in the box; sent anyway, it is said and nothing changes', async () => {
    const mine = keygen('key.txt');
    const journal = plainJournal();
    await encryptOnTheWeb(journal, mine);
    const before = snapshot(work);
    const at = 'AGE-SECRET-KEY-1'.length + 30;
    const mistyped = mine.secret.slice(0, at) + (mine.secret[at] === 'Q' ? 'P' : 'Q') + mine.secret.slice(at + 1);
    const pq = `AGE-SECRET-KEY-PQ-1${'Q'.repeat(60)}`;
    const refusals: (string | undefined)[] = [];
    let box: Stub.Question | undefined;
    script(web, [(question) => {
      box = question.kind === 'inputBox' ? question : box;
      return question.kind === 'inputBox' ? pq : undefined;
    }]);
    web.vscode.stub.ui.said.length = 0;
    assert.equal(await vault(web).open(web.vscode.Uri.file(journal)), undefined, 'left locked');
    assert.ok(box?.validate !== undefined && PASTE_PROMPT.test(box.text));
    for (const text of ['', mine.recipient, mistyped, pq, '-----BEGIN AGE ENCRYPTED FILE-----abc-----END AGE ENCRYPTED FILE-----', mine.secret]) {
      refusals.push(await box.validate(text));
    }
    assert.deepEqual(refusals, [
      'No age key found: paste the AGE-SECRET-KEY-1… line or the whole key file.',
      'No age key found: paste the AGE-SECRET-KEY-1… line or the whole key file.',
      'That age key is not valid: a character is wrong or missing.',
      'That is not an X25519 age key (age-keygen\'s default): use the command line (leadership-journal --identity).',
      'That is an encrypted file, not a key.',
      undefined,
    ]);
    assert.deepEqual(web.vscode.stub.ui.said, ['The age key cannot be used: That is not an X25519 age key (age-keygen\'s default): use the command line (leadership-journal --identity). Nothing was changed.']);
    assert.deepEqual(snapshot(work), before, 'nothing changed on disk');
    assert.deepEqual([...secrets.entries()], []);
  });

  it('web: kept in SecretStorage only when the user keeps the passphrase there; the next window asks nothing, and a kept key that no longer opens the journal is forgotten', async () => {
    const mine = keygen('key.txt');
    const other = keygen('other.txt');
    const journal = plainJournal();
    await encryptOnTheWeb(journal, mine);
    web.vscode.stub.settings = { 'leadershipJournal.journalFolder': journal, 'leadershipJournal.encryption.rememberPassphrase': true };
    const disk = web.vscode.Uri.file(journal);
    script(web, [paste(mine.secret)]);
    assert.ok(await vault(web).open(disk));
    assert.deepEqual([...secrets.values()], [mine.secret], 'kept, as the user chose');

    asked.length = 0;
    assert.ok(await vault(web).open(disk), 'a new window opens with the kept key');
    assert.equal(asked.length, 0, 'without asking');

    const [secretKey] = [...secrets.keys()];
    secrets.set(secretKey ?? '', other.secret); // Say the journal was encrypted again, to another key.
    script(web, [paste(mine.secret)]);
    assert.ok(await vault(web).open(disk));
    assert.deepEqual(asked.map((question) => question.text.replace(/:.*/, '')), ['Paste your age key'], 'asked once the kept key failed');
    assert.deepEqual([...secrets.values()], [mine.secret]);
    assert.deepEqual(filesHolding(mine.secret), ['key.txt'], 'written to no file');
  });

  it('desktop: a key file that does not open the journal offers to paste the key instead, and with no file known the key may be pasted; no path is remembered', async () => {
    const mine = keygen('key.txt');
    const other = keygen('other.txt');
    const journal = plainJournal();
    desktop.vscode.stub.settings = { 'leadershipJournal.journalFolder': journal, 'leadershipJournal.encryption.identityFile': mine.path };
    script(desktop, [pick('Encrypt, Keep Names Readable'), pick('To My age Key (Identity File)'), noBackup]);
    await desktop.encryptCommand(vault(desktop));
    assert.ok(desktop.vscode.stub.ui.said.includes('Encrypted 2 entries.'), desktop.vscode.stub.ui.said.join('\n'));
    const disk = desktop.vscode.Uri.file(journal);

    desktop.vscode.stub.settings = { 'leadershipJournal.journalFolder': journal, 'leadershipJournal.encryption.identityFile': other.path };
    script(desktop, [pick('Paste the Key Instead…'), paste(mine.secret)]);
    desktop.vscode.stub.ui.said.length = 0;
    assert.ok(await vault(desktop).open(disk));
    assert.deepEqual(desktop.vscode.stub.ui.said, [`The key in ${other.path} does not open this journal. Nothing was changed.`]);

    desktop.vscode.stub.settings = { 'leadershipJournal.journalFolder': journal };
    asked.length = 0;
    script(desktop, [pick('Paste the Key…'), paste(mine.fileText)]);
    const v = vault(desktop);
    const root = await v.open(disk);
    assert.ok(root !== undefined);
    assert.deepEqual(asked.map((question) => question.items), [['Choose the Key File…', 'Paste the Key…'], []], 'a file or the key, then the box');
    assert.equal(Buffer.from(await v.provider.readFile(desktop.vscode.Uri.joinPath(root, '2026', '11', '2026-11-23-1on1-ana.md'))).toString(), ENTRIES['2026/11/2026-11-23-1on1-ana.md']);
    assert.deepEqual([...state.entries()], [], 'no path to remember');
    assert.deepEqual([...secrets.entries()], []);
  });
});
