// An unlocked encrypted journal mounted as journalVault.ts mounts it, for the tests of what the
// extension writes through the mount (createIfAbsent, templates): the provider, JournalMount,
// createIfAbsent and workspaceJournalFs bundled once per describe block with `vscode` aliased to
// test/support/vscodeStub.ts (useMountedJournal), and a fresh fixture journal in memory per call of
// `mounted`. Like useEncryptionProbe (identityVault.ts): call the getters inside tests and hooks.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encryptJournal } from '../../src/core/encryption/encryptJournal';
import type { NameMode } from '../../src/core/encryption/journalState';
import { unlockJournal } from '../../src/core/encryption/unlockJournal';
import type { EncryptedJournalProvider } from '../../src/extension/encryption/encryptedJournalProvider';
import type { workspaceJournalFs } from '../../src/extension/encryption/workspaceJournalFs';
import type { JournalMount } from '../../src/extension/journal/journalMounts';
import type { createIfAbsent } from '../../src/extension/journal/journalStore';
import { fixtureJournal, testHost } from './encryptedJournal';
import type { MemoryJournalFs } from './memoryJournalFs';
import { bundleWithStub } from './stubBundle';
import type * as Stub from './vscodeStub';

export const PASSPHRASE = 'nur ich';

/** The bundled modules, and the stub `vscode` they were bundled over. */
export interface MountProbe {
  readonly EncryptedJournalProvider: typeof EncryptedJournalProvider;
  readonly JournalMount: typeof JournalMount;
  readonly createIfAbsent: typeof createIfAbsent;
  readonly workspaceJournalFs: typeof workspaceJournalFs;
  readonly vscode: typeof Stub;
}

export interface Mounted {
  readonly provider: EncryptedJournalProvider;
  /** The encrypted journal's files, as they are on disk. */
  readonly disk: MemoryJournalFs;
  /** The mount's root: the journal as the editor sees it. */
  readonly root: Stub.Uri;
  readonly mount: JournalMount;
}

export interface MountOptions {
  /** How the journal's file names are sealed (encryptJournal's default when absent). */
  readonly names?: NameMode;
  /** VS Code's stat of the mount's files, in place of the provider's own. */
  readonly stat?: (uri: Stub.Uri) => Promise<Stub.FileStat>;
}

/**
 * For the enclosing describe block: the probe (built before its tests, its folder removed after, the
 * stub's `ljencrypted` provider unset), `mounted` to encrypt, unlock and mount a fresh fixture
 * journal, and `at` for a path under a mount's root.
 */
export function useMountedJournal(name: string): {
  readonly probe: () => MountProbe;
  readonly mounted: (options?: MountOptions) => Promise<Mounted>;
  readonly at: (root: Stub.Uri, path: string) => never;
} {
  let dir = '';
  let built: MountProbe | undefined;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), `lj-${name}-`));
    built = await bundleWithStub<MountProbe>(dir, 'probe', [
      "export { EncryptedJournalProvider } from './src/extension/encryption/encryptedJournalProvider';",
      "export { workspaceJournalFs } from './src/extension/encryption/workspaceJournalFs';",
      "export { JournalMount } from './src/extension/journal/journalMounts';",
      "export { createIfAbsent } from './src/extension/journal/journalStore';",
    ].join('\n'));
  });
  after(() => {
    built?.vscode.stub.providers.delete('ljencrypted');
    rmSync(dir, { recursive: true, force: true });
  });
  const probe = (): MountProbe => {
    if (built === undefined) {
      throw new Error('the probe is bundled in a before hook: call this inside a test or a later hook');
    }
    return built;
  };

  async function mounted(options: MountOptions = {}): Promise<Mounted> {
    const { vscode, EncryptedJournalProvider: Provider, JournalMount: Mount } = probe();
    const disk = fixtureJournal();
    const credential = { kind: 'passphrase', passphrase: PASSPHRASE } as const;
    const encrypted = await encryptJournal(testHost(disk), options.names === undefined ? { credential } : { credential, names: options.names });
    assert.equal(encrypted.status, 'done');
    const unlock = await unlockJournal(disk, credential);
    assert.ok(unlock.ok);
    vscode.stub.disk = disk;
    const provider = new Provider();
    const diskRoot = vscode.Uri.from({ scheme: 'mem', path: '/journal' });
    const root = provider.mount('journal', diskRoot as never, unlock.journal, disk) as unknown as Stub.Uri;
    const { stat } = options;
    const seen = stat === undefined ? provider : Object.assign(Object.create(provider) as EncryptedJournalProvider, { stat });
    vscode.stub.providers.set('ljencrypted', seen as unknown as Stub.StubProvider);
    const mount = new Mount();
    mount.set({ disk: diskRoot as never, root: root as never, create: (uri, bytes) => provider.createFile(uri, bytes) });
    return { provider, disk, root, mount };
  }

  const at = (root: Stub.Uri, path: string): never => probe().vscode.Uri.joinPath(root, ...path.split('/')) as never;
  return { probe, mounted, at };
}
