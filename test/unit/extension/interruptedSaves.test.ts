// A save cut off between its write and its rename, put back when a new window unlocks the journal,
// through the extension's own code (dist/encryption.js's vault and commands over the stub `vscode` of
// test/support/vscodeStub.ts, on a real folder through Node's fs, as the desktop host reads a `file:`
// journal): the entry opens again, a partial that does not open is kept and named in the output
// channel with why, and one written just now is left alone.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeDiskProvider } from '../../../bench/nodeDiskProvider';
import { AGE_ALIAS } from '../../../scripts/ageAlias';
import type * as Bundle from '../../../src/extension/encryption/encryptionBundle';
import type { EncryptionHost } from '../../../src/extension/encryption/journalVault';
import { snapshot } from '../../support/identityVault';
import { bundleWithStub } from '../../support/stubBundle';
import type * as Stub from '../../support/vscodeStub';

type Probe = typeof Bundle & { readonly vscode: typeof Stub };

const PASSPHRASE = 'Grüße aus dem Büro';
const ENTRIES: Readonly<Record<string, string>> = {
  '2026/11/2026-11-23.md': '---\ndate: 2026-11-23\nkind: daily\n---\n\nConfidential: the budget is cut by a third.\n',
  '2026/11/2026-11-24.md': '---\ndate: 2026-11-24\nkind: daily\n---\n\nAna asked for leave in January.\n',
  '2026/11/2026-11-25.md': '---\ndate: 2026-11-25\nkind: daily\n---\n\nThe offsite moves to March.\n',
};
const [CUT_OFF, DAMAGED, SAVING] = Object.keys(ENTRIES) as [string, string, string];

describe('extension: a save cut off before its rename, put back at unlock', function () {
  this.timeout(120_000);
  let dir = '';
  let probe: Probe;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lj-interrupted-'));
    probe = await bundleWithStub<Probe>(dir, 'interruptedProbe', "export * from './src/extension/encryption/encryptionBundle';", AGE_ALIAS);
    probe.vscode.stub.providers.set('file', nodeDiskProvider(probe.vscode.FileType));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  /** A new window's vault, whose output channel lines go to `log`. */
  function window(log: string[]): Bundle.JournalVault & { open(disk: Stub.Uri): Promise<Stub.Uri | undefined> } {
    let mounted: { disk: Stub.Uri; root: Stub.Uri } | undefined;
    const host = {
      secrets: { get: async () => undefined, store: async () => undefined, delete: async () => undefined },
      workspaceState: { get: () => undefined, update: async () => undefined, keys: () => [] },
      mount: {
        set: (value: { disk: Stub.Uri; root: Stub.Uri } | undefined) => void (mounted = value),
        rootOf: (folder: Stub.Uri) => (mounted !== undefined && mounted.disk.toString() === folder.toString() ? mounted.root : undefined),
      },
      log: { warn: (line: string) => log.push(`warn ${line}`), info: (line: string) => log.push(`info ${line}`), error: (line: string) => log.push(`error ${line}`) },
    };
    return new probe.JournalVault(host as unknown as EncryptionHost) as never;
  }

  it('a new window\'s unlock renames the old, whole partial into place; a damaged one and one written just now stay', async () => {
    const journal = join(dir, 'journal');
    for (const [path, text] of Object.entries(ENTRIES)) {
      mkdirSync(join(journal, path, '..'), { recursive: true });
      writeFileSync(join(journal, path), text);
    }
    probe.vscode.stub.settings = { 'leadershipJournal.journalFolder': journal };
    probe.vscode.stub.ui.answer = (question) => question.items.find((item) => ['Encrypt, Keep Names Readable', 'With a Passphrase'].includes(item))
      ?? (question.kind === 'inputBox' ? PASSPHRASE : undefined);
    await probe.encryptCommand(window([]) as never);
    assert.ok(probe.vscode.stub.ui.said.some((text) => text.startsWith('Encrypted 3 entries')), probe.vscode.stub.ui.said.join('\n'));

    // What VS Code's delete-then-rename leaves when the window closes between the two: only the partial.
    const old = new Date(Date.now() - 5 * 60_000);
    const at = (path: string): string => join(journal, `${path}.age`);
    renameSync(at(CUT_OFF), `${at(CUT_OFF)}.lj-partial`);
    utimesSync(`${at(CUT_OFF)}.lj-partial`, old, old);
    const sealed = readFileSync(at(DAMAGED));
    rmSync(at(DAMAGED));
    writeFileSync(`${at(DAMAGED)}.lj-partial`, sealed.subarray(0, sealed.length - 30));
    utimesSync(`${at(DAMAGED)}.lj-partial`, old, old);
    renameSync(at(SAVING), `${at(SAVING)}.lj-partial`); // Written a moment ago: a save under way elsewhere.
    const before = snapshot(journal);

    const log: string[] = [];
    const vault = window(log);
    const root = await vault.open(probe.vscode.Uri.file(journal));
    assert.ok(root !== undefined && root.scheme === 'ljencrypted', 'unlocked and mounted');

    const expected = new Map(before);
    expected.set(`${CUT_OFF}.age`, before.get(`${CUT_OFF}.age.lj-partial`) ?? '');
    expected.delete(`${CUT_OFF}.age.lj-partial`);
    assert.deepEqual(snapshot(journal), expected, 'the one partial renamed into place; nothing else changed');
    const text = await vault.provider.readFile(probe.vscode.Uri.joinPath(root, ...CUT_OFF.split('/')) as never);
    assert.equal(Buffer.from(text).toString('utf8'), ENTRIES[CUT_OFF], 'the entry opens as it was saved');
    assert.ok(existsSync(`${at(DAMAGED)}.lj-partial`) && existsSync(`${at(SAVING)}.lj-partial`), 'the others are kept');
    assert.deepEqual(log, [
      `info ${CUT_OFF}.age was put back in place: its last save was cut off after the new version was written and checked, before it was renamed.`,
      `warn An interrupted save was left as it is, not put in place of ${DAMAGED}.age: ${DAMAGED}.age.lj-partial is damaged: it fails age's integrity check (a byte was changed or the file was cut short).`,
      `info ${SAVING}.age.lj-partial was written less than a minute ago, perhaps by a save in another window: left as it is.`,
    ]);
  });
});
