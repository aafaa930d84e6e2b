// A journal encrypted to an age identity kept in a file, through the extension's own code
// (dist/encryption.js's commands and vault, bundled as the build bundles them — the age library
// without its post-quantum code, native crypto installed — over the stub `vscode` of
// test/support/vscodeStub.ts, whose window answers as a test's script says), checked with the
// reference `age` tool: what Encrypt Journal… writes opens with `age -d -i` under the identity and
// the backup key, a save is sealed to both, entries `age -r` wrote open here, and a missing or wrong
// key file is said and changes nothing. Needs Debian's `age` (the CI installs it).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { nodeDiskProvider } from '../../../bench/nodeDiskProvider';
import { AGE_ALIAS } from '../../../scripts/ageAlias';
import { DESCRIPTOR_PATH } from '../../../src/core/encryption/layout';
import { parseDescriptor } from '../../../src/core/encryption/journalState';
import type * as Bundle from '../../../src/extension/encryption/encryptionBundle';
import type { EncryptionHost, JournalVault } from '../../../src/extension/encryption/journalVault';
import { runAge, useAgeDir } from '../../support/ageTool';
import { bundleWithStub } from '../../support/stubBundle';
import type * as Stub from '../../support/vscodeStub';

const ENTRIES: Readonly<Record<string, string>> = {
  '2026/11/2026-11-23.md': '---\ndate: 2026-11-23\nkind: daily\n---\n\nI told Zoë why the reorg matters. ✓\n',
  '2026/11/2026-11-23-1on1-ana.md': '---\ndate: 2026-11-23\nkind: one-on-one\npeople: [Ana]\n---\n\nAna asked for leave in January.\n',
};
const SAVED = '---\ndate: 2026-11-24\nkind: daily\n---\n\nConfidential: the budget is cut by a third.\n';

type Probe = typeof Bundle & { readonly vscode: typeof Stub };

/** The vault as the stub's URIs reach it. */
interface StubVault {
  open(disk: Stub.Uri): Promise<Stub.Uri | undefined>;
  mountedRootOf(disk: Stub.Uri): Stub.Uri | undefined;
  readonly provider: {
    readFile(uri: Stub.Uri): Promise<Uint8Array>;
    writeFile(uri: Stub.Uri, content: Uint8Array, options: { readonly create: boolean; readonly overwrite: boolean }): Promise<void>;
  };
}

interface Key {
  readonly path: string;
  readonly recipient: string;
  readonly secret: string;
}

/** Every file under `dir` with its bytes, for "nothing changed". */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        walk(path);
      } else {
        files.set(relative(dir, path), readFileSync(path).toString('base64'));
      }
    }
  };
  walk(dir);
  return files;
}

describe('extension: a journal encrypted to an age identity file, with the reference age tool', function () {
  this.timeout(120_000);
  const ageDir = useAgeDir('lj-identity-');
  let buildDir = '';
  let probe: Probe;
  let work = '';
  let state: Map<string, unknown>;

  before(async () => {
    buildDir = mkdtempSync(join(tmpdir(), 'lj-identity-probe-'));
    probe = await bundleWithStub<Probe>(buildDir, 'identityProbe', "export * from './src/extension/encryption/encryptionBundle';", AGE_ALIAS);
    probe.vscode.stub.providers.set('file', nodeDiskProvider(probe.vscode.FileType));
  });

  after(() => rmSync(buildDir, { recursive: true, force: true }));

  beforeEach(() => {
    work = mkdtempSync(join(ageDir(), 'case-'));
    state = new Map();
    probe.vscode.stub.ui.said.length = 0;
  });

  function keygen(name: string): Key {
    const path = join(work, name);
    const run = spawnSync('age-keygen', ['-o', path], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const text = readFileSync(path, 'utf8');
    const recipient = /public key: (age1\S+)/.exec(text)?.[1];
    const secret = /^(AGE-SECRET-KEY-1\S+)$/m.exec(text)?.[1];
    assert.ok(recipient !== undefined && secret !== undefined);
    return { path, recipient, secret };
  }

  function plainJournal(): string {
    const journal = join(work, 'journal');
    for (const [path, text] of Object.entries(ENTRIES)) {
      mkdirSync(join(journal, path, '..'), { recursive: true });
      writeFileSync(join(journal, path), text);
    }
    return journal;
  }

  function vault(): JournalVault & StubVault {
    let mounted: { disk: Stub.Uri; root: Stub.Uri } | undefined;
    const host = {
      secrets: { get: async () => undefined, store: async () => undefined, delete: async () => undefined },
      workspaceState: { get: (key: string) => state.get(key), update: async (key: string, value: unknown) => void state.set(key, value), keys: () => [...state.keys()] },
      mount: {
        set: (value: { disk: Stub.Uri; root: Stub.Uri } | undefined) => void (mounted = value),
        rootOf: (disk: Stub.Uri) => (mounted !== undefined && mounted.disk.toString() === disk.toString() ? mounted.root : undefined),
      },
      log: { warn: () => undefined, info: () => undefined, error: () => undefined },
    };
    return new probe.JournalVault(host as unknown as EncryptionHost) as JournalVault & StubVault;
  }

  /** The window's answers: the first item whose label a rule names, typed text, or a path. */
  function script(rules: readonly ((question: Stub.Question) => string | undefined)[]): void {
    probe.vscode.stub.ui.answer = (question) => {
      for (const rule of rules) {
        const answer = rule(question);
        if (answer !== undefined) {
          return answer;
        }
      }
      return undefined;
    };
  }

  const pick = (label: string) => (question: Stub.Question): string | undefined => question.items.find((item) => item === label);

  function ageOpens(key: Key, file: string): string {
    const run = runAge(['--decrypt', '--identity', key.path, file], work);
    assert.equal(run.status, 0, `age -d -i ${key.path} ${file}: ${run.stderr}`);
    return run.stdout;
  }

  it('Encrypt Journal… to the identity file and a backup key: age -d -i opens every entry with either, and a save is sealed to both', async () => {
    const mine = keygen('key.txt');
    const backup = keygen('backup.txt');
    const journal = plainJournal();
    probe.vscode.stub.settings = { 'leadershipJournal.journalFolder': journal, 'leadershipJournal.encryption.identityFile': mine.path };
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
    await probe.encryptCommand(v);
    assert.ok(probe.vscode.stub.ui.said.includes('Encrypted 2 entries.'), probe.vscode.stub.ui.said.join('\n'));
    assert.match(refused ?? '', /not a valid age recipient/, 'a mistyped key is refused in the box');

    const descriptor = parseDescriptor(readFileSync(join(journal, DESCRIPTOR_PATH)));
    assert.deepEqual(descriptor, { mode: 'identity', names: 'readable', recipients: [backup.recipient] }, 'stored as the CLI stores it');
    for (const [path, text] of Object.entries(ENTRIES)) {
      assert.equal(ageOpens(mine, join(journal, `${path}.age`)), text, path);
      assert.equal(ageOpens(backup, join(journal, `${path}.age`)), text, `${path}, with the backup key`);
    }

    const root = v.mountedRootOf(probe.vscode.Uri.file(journal));
    assert.ok(root !== undefined, 'the journal is open in the window after encrypting');
    await v.provider.writeFile(probe.vscode.Uri.joinPath(root, '2026', '11', '2026-11-24.md'), Buffer.from(SAVED), { create: true, overwrite: false });
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
    probe.vscode.stub.settings = { 'leadershipJournal.journalFolder': journal };
    script([pick('Encrypt, Keep Names Readable'), pick('To My age Key (Identity File)'), pick('Choose the Key File…'), (question) => (question.kind === 'openDialog' ? mine.path : question.kind === 'inputBox' ? '' : undefined)]);
    await probe.encryptCommand(vault());
    writeFileSync(join(work, 'theirs.md'), SAVED);
    const run = runAge(['--encrypt', '--recipient', mine.recipient, '--output', join(journal, '2026/11/2026-11-25.md.age'), join(work, 'theirs.md')], work);
    assert.equal(run.status, 0, run.stderr);

    state.clear();
    let dialogs = 0;
    script([pick('Choose the Key File…'), (question) => (question.kind === 'openDialog' ? (dialogs++, mine.path) : undefined)]);
    const fresh = vault(); // A new window: nothing unlocked.
    const root = await fresh.open(probe.vscode.Uri.file(journal));
    assert.ok(root !== undefined && root.scheme === 'ljencrypted', probe.vscode.stub.ui.said.join('\n'));
    assert.equal(dialogs, 1);
    assert.equal(Buffer.from(await fresh.provider.readFile(probe.vscode.Uri.joinPath(root, '2026', '11', '2026-11-25.md'))).toString(), SAVED, 'the entry age wrote');
    assert.equal(Buffer.from(await fresh.provider.readFile(probe.vscode.Uri.joinPath(root, '2026', '11', '2026-11-23.md'))).toString(), ENTRIES['2026/11/2026-11-23.md']);
    assert.deepEqual([...state.values()], [mine.path], 'the path, remembered for the workspace');

    const again = vault(); // Another window of the same workspace: the remembered file, no dialog.
    assert.ok(await again.open(probe.vscode.Uri.file(journal)));
    assert.equal(dialogs, 1);
  });

  it('a missing, wrong or not-a-key file is said plainly, offers another, and changes nothing', async () => {
    const mine = keygen('key.txt');
    const other = keygen('other.txt');
    const journal = plainJournal();
    probe.vscode.stub.settings = { 'leadershipJournal.journalFolder': journal, 'leadershipJournal.encryption.identityFile': mine.path };
    script([pick('Encrypt, Keep Names Readable'), pick('To My age Key (Identity File)'), (question) => (question.kind === 'inputBox' ? '' : undefined)]);
    await probe.encryptCommand(vault());
    writeFileSync(join(work, 'notes.txt'), 'my shopping list\n');
    state.set(`leadershipJournal.identityFile:${probe.vscode.Uri.file(journal).toString()}`, join(work, 'gone.txt'));
    const before = snapshot(work);

    const dialog = [other.path, join(work, 'notes.txt')];
    script([
      pick('Choose Another File…'),
      (question) => (question.kind === 'openDialog' ? dialog.shift() : undefined),
    ]);
    const said = probe.vscode.stub.ui.said;
    said.length = 0;
    const root = await vault().open(probe.vscode.Uri.file(journal));
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
    probe.vscode.stub.settings = { 'leadershipJournal.journalFolder': journal, 'leadershipJournal.encryption.identityFile': mine.path };
    script([pick('Encrypt, Keep Names Readable'), pick('To My age Key (Identity File)'), pick('Decrypt'), (question) => (question.kind === 'inputBox' ? '' : undefined)]);
    const v = vault();
    await probe.encryptCommand(v);
    await probe.decryptCommand(v);
    assert.ok(probe.vscode.stub.ui.said.some((text) => text.startsWith('Decrypted 2 entries')), probe.vscode.stub.ui.said.join('\n'));
    for (const [path, text] of Object.entries(ENTRIES)) {
      assert.equal(readFileSync(join(journal, path), 'utf8'), text);
    }
    assert.deepEqual(readdirSync(journal).sort(), ['2026']);
  });
});
