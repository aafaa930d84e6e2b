// What the unit tests of identity journals share (identityJournal.test.ts, pastedIdentityJournal.test.ts):
// a plain journal to encrypt, `age-keygen` keys, the vault of a new window over the stub `vscode`
// (vscodeStub.ts) with the test's own workspace state and secrets, the window's scripted answers, and
// a snapshot of a folder's files for "nothing changed" and "written nowhere"; and the bundle they all
// run (useEncryptionProbe, PROBE_EXPORTS), built once per describe block, with the settings the
// features hand the vault (stubSettings); and, for the commands that close the journal's editors and
// reopen them (the order tests), a journal sealed with a passphrase as the stub's journal folder
// (sealedJournal) and one editor of it open while a command runs (withOpenEditor; in the mount,
// withMountedEditor).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { nodeDiskProvider } from '../../bench/nodeDiskProvider';
import { AGE_ALIAS } from '../../scripts/ageAlias';
import { encryptJournal } from '../../src/core/encryption/encryptJournal';
import type * as Config from '../../src/extension/config';
import type * as Bundle from '../../src/extension/encryption/encryptionBundle';
import type { EncryptionHost, JournalVault } from '../../src/extension/encryption/journalVault';
import { nodeJournalFs } from '../../src/node/encryption/nodeJournalFs';
import { processLiveness } from '../../src/node/encryption/nodeMigrationHost';
import { TEST_WORK_FACTOR } from './encryptedJournal';
import { bundleWithStub } from './stubBundle';
import type * as Stub from './vscodeStub';

export const ENTRIES: Readonly<Record<string, string>> = {
  '2026/11/2026-11-23.md': '---\ndate: 2026-11-23\nkind: daily\n---\n\nI told Zoë why the reorg matters. ✓\n',
  '2026/11/2026-11-23-1on1-ana.md': '---\ndate: 2026-11-23\nkind: one-on-one\npeople: [Ana]\n---\n\nAna asked for leave in January.\n',
};
export const SAVED = '---\ndate: 2026-11-24\nkind: daily\n---\n\nConfidential: the budget is cut by a third.\n';

/** dist/encryption.js's exports, bundled over the stub, and the stub itself; with config.ts's `readSettings` over the same stub (stubSettings). */
export type Probe = typeof Bundle & Pick<typeof Config, 'readSettings'> & { readonly vscode: typeof Stub };

/** The probe's entry: dist/encryption.js's exports and the features' reader of the settings. */
export const PROBE_EXPORTS = "export * from './src/extension/encryption/encryptionBundle'; export { readSettings } from './src/extension/config';";

/**
 * The features' settings service as the vault's host gets it (settingsService.ts's `current`), over
 * the stub's `stub.settings`. The features' service reads them again after each change of a setting;
 * the stub fires no change event, so this one reads them at each use, and a test may set
 * `stub.settings` between two windows.
 */
export function stubSettings(probe: Probe): Pick<EncryptionHost, 'settings'>['settings'] {
  return {
    get current() {
      return probe.readSettings();
    },
  };
}

/**
 * The encryption bundle as dist/encryption.js is built (the age alias), over the stub `vscode`, for
 * the enclosing describe block: built into a temporary folder before its tests (removed after), with
 * VS Code's disk provider for `file:` stood in by Node's fs. `dir` is that folder, where a test may
 * make its journals too. Call the getters inside tests and hooks.
 */
export function useEncryptionProbe(name: string): { readonly probe: () => Probe; readonly dir: () => string } {
  let dir = '';
  let probe: Probe | undefined;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), `lj-${name}-`));
    probe = await bundleWithStub<Probe>(dir, name, PROBE_EXPORTS, AGE_ALIAS);
    probe.vscode.stub.providers.set('file', nodeDiskProvider(probe.vscode.FileType));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  return {
    probe: () => {
      if (probe === undefined) {
        throw new Error('the encryption bundle is built in a before hook: call this inside a test or a later hook');
      }
      return probe;
    },
    dir: () => dir,
  };
}

/** The vault as the stub's URIs reach it. */
export interface StubVault {
  open(disk: Stub.Uri): Promise<Stub.Uri | undefined>;
  mountedRootOf(disk: Stub.Uri): Stub.Uri | undefined;
  readonly provider: {
    readFile(uri: Stub.Uri): Promise<Uint8Array>;
    writeFile(uri: Stub.Uri, content: Uint8Array, options: { readonly create: boolean; readonly overwrite: boolean }): Promise<void>;
  };
}

export interface AgeKey {
  readonly path: string;
  readonly recipient: string;
  readonly secret: string;
  /** The file as age-keygen wrote it. */
  readonly fileText: string;
}

/** Every file under `dir` with its bytes (base64), for "nothing changed". */
export function snapshot(dir: string): Map<string, string> {
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

/** A new key file `dir/name`, made by age-keygen. */
export function keygen(dir: string, name: string): AgeKey {
  const path = join(dir, name);
  const run = spawnSync('age-keygen', ['-o', path], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const fileText = readFileSync(path, 'utf8');
  const recipient = /public key: (age1\S+)/.exec(fileText)?.[1];
  const secret = /^(AGE-SECRET-KEY-1\S+)$/m.exec(fileText)?.[1];
  assert.ok(recipient !== undefined && secret !== undefined);
  return { path, recipient, secret, fileText };
}

/** ENTRIES written as a plain journal in `dir/journal`; its path. */
export function plainJournal(dir: string): string {
  const journal = join(dir, 'journal');
  for (const [path, text] of Object.entries(ENTRIES)) {
    mkdirSync(join(journal, path, '..'), { recursive: true });
    writeFileSync(join(journal, path), text);
  }
  return journal;
}

/**
 * ENTRIES as a plain journal in a new folder named `prefix…` under `parent`, encrypted with
 * `passphrase` (at the tests' work factor) and made the stub's journal folder; its path.
 */
export async function sealedJournal(probe: Probe, parent: string, prefix: string, passphrase: string): Promise<string> {
  const journal = plainJournal(mkdtempSync(join(parent, prefix)));
  const host = { fs: nodeJournalFs(journal), me: { pid: process.pid, host: 'this-host' }, liveness: processLiveness, now: () => new Date(), workFactor: TEST_WORK_FACTOR };
  assert.equal((await encryptJournal(host, { credential: { kind: 'passphrase', passphrase } })).status, 'done');
  probe.vscode.stub.settings = { 'leadershipJournal.journalFolder': journal };
  return journal;
}

/**
 * Runs `command` with one editor open on `tab` (a journal file, as the command finds it open), each
 * editor the command opens passed to `opened`; afterwards the stub's tabs, editor opener and scripted
 * answers are as before it.
 */
export async function withOpenEditor(probe: Probe, tab: Stub.Uri, opened: (uri: Stub.Uri) => void, command: () => Promise<unknown>): Promise<void> {
  const { vscode } = probe;
  vscode.window.tabGroups.all.push({ tabs: [{ input: new vscode.TabInputText(tab) }] });
  const showTextDocument = vscode.window.showTextDocument;
  vscode.window.showTextDocument = async (...args: unknown[]): Promise<void> => opened(args[0] as Stub.Uri);
  try {
    await command();
  } finally {
    vscode.window.showTextDocument = showTextDocument;
    vscode.window.tabGroups.all.length = 0;
    vscode.stub.ui.answer = () => undefined;
    vscode.stub.ui.said.length = 0;
  }
}

/** {@link withOpenEditor} with the editor on `path` (inside the journal) in the mount, as after an unlock. */
export async function withMountedEditor(probe: Probe, path: string, opened: (uri: Stub.Uri) => void, command: () => Promise<unknown>): Promise<void> {
  await withOpenEditor(probe, probe.vscode.Uri.from({ scheme: 'ljencrypted', authority: 'journal', path: `/${path}` }), opened, command);
}

/** A new window's vault: nothing unlocked; the workspace state and secrets are the test's maps; its output channel's lines go to `log` ("info …", "warn …"). */
export function stubVault(probe: Probe, state: Map<string, unknown>, secrets = new Map<string, string>(), log: string[] = []): JournalVault & StubVault {
  let mounted: { disk: Stub.Uri; root: Stub.Uri } | undefined;
  const host = {
    secrets: { get: async (key: string) => secrets.get(key), store: async (key: string, value: string) => void secrets.set(key, value), delete: async (key: string) => void secrets.delete(key) },
    workspaceState: { get: (key: string) => state.get(key), update: async (key: string, value: unknown) => void state.set(key, value), keys: () => [...state.keys()] },
    settings: stubSettings(probe),
    mount: {
      set: (value: { disk: Stub.Uri; root: Stub.Uri } | undefined) => void (mounted = value),
      rootOf: (disk: Stub.Uri) => (mounted !== undefined && mounted.disk.toString() === disk.toString() ? mounted.root : undefined),
    },
    log: { warn: (line: string) => log.push(`warn ${line}`), info: (line: string) => log.push(`info ${line}`), error: (line: string) => log.push(`error ${line}`) },
  };
  return new probe.JournalVault(host as unknown as EncryptionHost) as JournalVault & StubVault;
}

/** The window's answers: the first rule's that gives one (a label, typed text, a path); each question is pushed to `asked`. */
export function script(probe: Probe, rules: readonly ((question: Stub.Question) => string | undefined)[], asked: Stub.Question[] = []): void {
  probe.vscode.stub.ui.answer = (question) => {
    asked.push(question);
    for (const rule of rules) {
      const answer = rule(question);
      if (answer !== undefined) {
        return answer;
      }
    }
    return undefined;
  };
}

/** A rule that picks the item labelled `label`. */
export const pick = (label: string) => (question: Stub.Question): string | undefined => question.items.find((item) => item === label);

/** An order test's log: `told` (a rule for `script`) notes the closing message that starts with `prefix`, and whether `disk` is mounted then; a test notes its reopened editors in `events` with `mounted()`. */
export function orderLog(vault: StubVault, disk: Stub.Uri, prefix: string): { readonly events: string[]; readonly mounted: () => string; readonly told: (question: Stub.Question) => undefined } {
  const events: string[] = [];
  const mounted = (): string => (vault.mountedRootOf(disk) === undefined ? 'not mounted' : 'mounted');
  const told = (question: Stub.Question): undefined => {
    if (question.kind === 'message' && question.text.startsWith(prefix)) {
      events.push(`told: ${question.text} (${mounted()})`);
    }
    return undefined;
  };
  return { events, mounted, told };
}
