// The encrypted journal's figures (issue #17), each beside the plain journal's in the same run:
// - the key derivation: the scrypt work factor of the journal's key file against the age-encryption
//   library's default (its recommended one), and what one unlock costs (once per window);
// - opening an entry (VS Code's stat, then read) and saving one (write, then stat) through the
//   extension's file system provider (src/extension/encryption/encryptedJournalProvider.ts), against
//   the same calls on a plain file through a stand-in of VS Code's disk provider; medians of many.
//   A save is measured in a journal of readable names and in one of opaque names (the same entries,
//   names in names.age), on the desktop's disk (Node's fs, whose exclusive create is exact: each save
//   holds the journal's names lock for its last check and rename — with opaque names too, the entry
//   being named in names.age and names.age unchanged since the mount read it) and over an adapter that
//   behaves as `vscode.workspace.fs` does in the web, virtual and remote hosts: its exclusive create a
//   check and a write, where such a save takes no lock (decryptingJournalFs.ts; a save that changes
//   names.age reads its lock back after NAMES_LOCK_CONFIRM_MS);
// - a cold index of 10,000 encrypted entries against 10,000 plain ones, each as the extension reads
//   it: the plain journal with Node's fs (nodeJournalFiles.ts), the encrypted one listed through
//   `vscode.workspace.fs` (workspaceJournalFiles.ts) and each entry read by the provider's own reader
//   (`readEntry`, as the vault mounts it) over the journal unlocked once — every file opened with the
//   journal's X25519 key, no key derivation per file.
// `node --expose-gc --import tsx bench/encryptionBench.ts [COUNT] [cold]`: `cold` measures the cold
// index pairs alone (no library unlock, open or save), for quick runs and profiles (`--cpu-prof`).
// The provider and the index's reader are bundled as the product bundles them, with `vscode` aliased
// to test/support/vscodeStub.ts, whose `workspace.fs` calls the registered providers directly, as
// VS Code's extension host does for a provider registered in it and for `file:`.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';
import { Encrypter } from 'age-encryption';
import { AGE_ALIAS } from '../scripts/ageAlias';
import { repoRoot } from '../scripts/vscodePaths';
import { SCRYPT_WORK_FACTOR } from '../src/core/crypto/ageFile';
import { scryptWorkFactorOf } from '../src/core/crypto/ageHeader';
import { installAgeHostCrypto } from '../src/core/crypto/ageHostCrypto';
import { utf8 } from '../src/core/crypto/bytes';
import type { JournalFiles } from '../src/core/catalogue/journalFiles';
import { encryptJournal } from '../src/core/encryption/encryptJournal';
import type { JournalFs } from '../src/core/encryption/journalFs';
import { writeNameMap, type sealingOf as SealingOf } from '../src/core/encryption/journalUnlock';
import { NAMES_LOCK_CONFIRM_MS } from '../src/core/encryption/namesLock';
import { KEY_PATH, newOpaqueId, opaquePath, PROCESS_WRITER } from '../src/core/encryption/layout';
import { unlockJournal, type UnlockedJournal } from '../src/core/encryption/unlockJournal';
import type { EncryptedJournalProvider } from '../src/extension/encryption/encryptedJournalProvider';
import type { mountedFiles, workspaceFilesFor } from '../src/extension/index/workspaceJournalFiles';
import { nodeJournalFs } from '../src/node/encryption/nodeJournalFs';
import { nativeAgeCrypto } from '../src/node/crypto/nativeAgeCrypto';
import { nodeMigrationHost } from '../src/node/encryption/nodeMigrationHost';
import { nodeJournalFiles } from '../src/node/nodeJournalFiles';
import { defaultWorkerCount } from '../src/node/recordPool';
import type * as Stub from '../test/support/vscodeStub';
import { buildWorker, coldBuild, ownThreadRunner, writeBenchJournal } from './indexBench';
import { nodeDiskProvider } from './nodeDiskProvider';

const PASSPHRASE = 'correct horse battery staple — bench';
/** The extension's mount authority (journal/journalMounts.ts). */
const MOUNT = 'journal';

export interface EncryptionFigures {
  readonly entries: number;
  /** log2 of scrypt's N in the journal's key file, and in a file the library seals with its defaults. */
  readonly workFactor: number | undefined;
  readonly libraryWorkFactor: number | undefined;
  /** Unlocking the journal: reading and opening its key file (one scrypt), as once per window, with node:crypto's scrypt as the Node host does. */
  readonly unlockMs: number;
  /** The same with the age library's JavaScript scrypt, as the web host does (and the Node host did). */
  readonly libraryUnlockMs: number;
  /** Opening one sealed entry with the unlocked key (the per-file cost), median. */
  readonly openOneMs: number;
  readonly open: Paired;
  /** A save in a journal of readable names, and in one of opaque names, on the desktop's disk (Node's fs). */
  readonly save: Paired;
  readonly saveOpaque: Paired;
  /** The same two through a disk whose exclusive create is a check and a write, as `vscode.workspace.fs` (web, virtual, remote): no lock for either (opaque names: the entry named, names.age unchanged). */
  readonly saveChecked: Paired;
  readonly saveCheckedOpaque: Paired;
  /** One entry read as the index reads it: "plain" through VS Code's stat and read, "encrypted" by the provider's reader. */
  readonly indexRead: Paired;
  readonly cold: Paired & {
    readonly plainRange: readonly [number, number];
    readonly encryptedRange: readonly [number, number];
    /** Medians of the CPU time of the whole process (all threads) during each build. */
    readonly plainCpuMs: number;
    readonly encryptedCpuMs: number;
    /** Builds that gave batches to the worker threads (they start only once a core is seen free for them). */
    readonly plainOnWorkers: number;
    readonly encryptedOnWorkers: number;
  };
  readonly workers: number;
  /** 1-minute load average at the start and at the end. */
  readonly load: readonly [number, number];
}

/** Medians of the plain and the encrypted path, taken alternately in the same run. */
export interface Paired {
  readonly plainMs: number;
  readonly encryptedMs: number;
  readonly runs: number;
}

interface Probe {
  readonly EncryptedJournalProvider: typeof EncryptedJournalProvider;
  readonly sealingOf: typeof SealingOf;
  readonly mountedFiles: typeof mountedFiles;
  readonly workspaceFilesFor: typeof workspaceFilesFor;
  readonly vscode: typeof Stub;
}

/**
 * The provider, the journal's sealing and the index's folder reader, bundled and minified as dist/
 * bundles them, over the stub `vscode`. (Run from source through tsx instead, the noble libraries'
 * module getters alone cost more than the ciphers.)
 */
async function buildProbe(dir: string): Promise<Probe> {
  await esbuild.build({
    bundle: true, minify: process.env.LJ_BENCH_NAMES === undefined, keepNames: process.env.LJ_BENCH_NAMES !== undefined, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', absWorkingDir: repoRoot,
    stdin: {
      contents: [
        "export { EncryptedJournalProvider } from './src/extension/encryption/encryptedJournalProvider';",
        "export { sealingOf } from './src/core/encryption/journalUnlock';",
        "export { mountedFiles, workspaceFilesFor } from './src/extension/index/workspaceJournalFiles';",
        "export * as vscode from './test/support/vscodeStub';",
        // The Node host's native age crypto, installed in this bundle's copy of the core as dist/encryption.js installs it.
        "import { installHostCrypto } from './src/extension/encryption/hostCrypto';",
        'installHostCrypto();',
      ].join('\n'),
      resolveDir: repoRoot,
      sourcefile: 'encryptionProbe.ts',
      loader: 'ts',
    },
    alias: { ...AGE_ALIAS, vscode: './test/support/vscodeStub.ts' },
    outfile: join(dir, 'encryptionProbe.js'),
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(dir, 'encryptionProbe.js')) as Probe;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : ((sorted[middle - 1]! + sorted[middle]!) / 2);
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

/** `plain` and `encrypted` run alternately `runs` times (each given the run's number); the medians. */
async function paired(runs: number, plain: (run: number) => Promise<unknown>, encrypted: (run: number) => Promise<unknown>): Promise<Paired> {
  const plains: number[] = [];
  const encrypteds: number[] = [];
  for (let run = 0; run < runs; run++) {
    plains.push(await timed(() => plain(run)));
    encrypteds.push(await timed(() => encrypted(run)));
  }
  return { plainMs: median(plains), encryptedMs: median(encrypteds), runs };
}

/**
 * `disk` as `vscode.workspace.fs` behaves in the web, virtual and remote hosts
 * (workspaceJournalFs.ts): its exclusive create a check (a read) and then a write, and said so, so the
 * names lock is confirmed by reading it back after NAMES_LOCK_CONFIRM_MS (namesLock.ts).
 */
function checkThenWrite(disk: JournalFs): JournalFs {
  return {
    list: () => disk.list(),
    read: (path) => disk.read(path),
    write: (path, bytes) => disk.write(path, bytes),
    async createExclusive(path, bytes) {
      if (await disk.read(path) !== undefined) {
        return false;
      }
      await disk.write(path, bytes);
      return true;
    },
    createChecksThenWrites: true,
    rename: (from, to) => disk.rename(from, to),
    remove: (path) => disk.remove(path),
    removeEmptyFolders: (path) => disk.removeEmptyFolders(path),
    ...(disk.listFolder === undefined ? {} : { listFolder: (folder: string) => disk.listFolder!(folder) }),
    ...(disk.stat === undefined ? {} : { stat: (path: string) => disk.stat!(path) }),
  };
}

/** Index entries as JSON lines, by path: what the trends and the reflection features are given. */
function entriesOf(files: { entries(): readonly { path: string }[] }): string {
  return files.entries().map((entry) => JSON.stringify(entry)).sort().join('\n');
}

/** `cold`: only the cold index pairs (and what they need), for profiling and quick runs. */
export async function runEncryptionBench(count = 10_000, only?: 'cold'): Promise<EncryptionFigures> {
  const loadBefore = loadavg()[0] ?? NaN;
  const work = mkdtempSync(join(tmpdir(), 'lj-encryption-'));
  try {
    const plainDir = join(work, 'plain');
    const encryptedDir = join(work, 'encrypted');
    const opaqueDir = join(work, 'opaque');
    mkdirSync(plainDir);
    mkdirSync(encryptedDir);
    mkdirSync(opaqueDir);
    const { texts, paths } = writeBenchJournal(plainDir, count);
    installAgeHostCrypto(nativeAgeCrypto); // As the Node hosts do (hostCrypto.ts, cli/main.ts).

    // The encrypted journal: Encrypt Journal's descriptor and key file (a new journal key sealed with
    // the passphrase at the product's work factor), then every entry sealed to that key as the
    // migration seals it (NAME.md.age, readable names). Sealing the files directly rather than through
    // the migration skips its flushed writes and read-backs, which are the migration's cost, not the index's.
    const outcome = await encryptJournal(nodeMigrationHost(encryptedDir), { credential: { kind: 'passphrase', passphrase: PASSPHRASE } });
    if (outcome.status !== 'done') {
      throw new Error(`could not encrypt the bench journal: ${outcome.reason ?? outcome.status}`);
    }
    const workFactor = scryptWorkFactorOf(readFileSync(join(encryptedDir, ...KEY_PATH.split('/'))));
    const libraryDefault = new Encrypter(); // The library's defaults: what it recommends.
    libraryDefault.setPassphrase(PASSPHRASE);
    const libraryWorkFactor = scryptWorkFactorOf(await libraryDefault.encrypt(utf8('x')));
    let unlocked: UnlockedJournal | undefined;
    const unlock = (): Promise<number> => timed(async () => {
      const result = await unlockJournal(nodeJournalFs(encryptedDir), { kind: 'passphrase', passphrase: PASSPHRASE });
      if (!result.ok) {
        throw new Error(`the bench journal does not unlock: ${result.message}`);
      }
      unlocked = result.journal;
    });
    const unlockMs = await unlock();
    installAgeHostCrypto(undefined); // The library's JavaScript scrypt, as the web host unlocks.
    const libraryUnlockMs = only === 'cold' ? NaN : await unlock();
    installAgeHostCrypto(nativeAgeCrypto);
    const journal = unlocked!;
    const probe = await buildProbe(work);
    const sealing = probe.sealingOf(journal.keys);
    const sealed: Uint8Array[] = [];
    for (const [i, text] of texts.entries()) {
      const bytes = await sealing.seal(utf8(text));
      sealed.push(bytes);
      const file = join(encryptedDir, `${paths[i]!}.age`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
    }
    // The same entries in a journal of opaque names: Encrypt Journal's descriptor and key for opaque
    // names (over an empty journal), then every entry sealed to an opaque file and named in names.age,
    // written once, as the migration leaves it.
    let opaqueJournal: UnlockedJournal | undefined;
    if (only !== 'cold') {
      const opaqueOutcome = await encryptJournal(nodeMigrationHost(opaqueDir), { credential: { kind: 'passphrase', passphrase: PASSPHRASE }, names: 'opaque' });
      if (opaqueOutcome.status !== 'done') {
        throw new Error(`could not encrypt the opaque bench journal: ${opaqueOutcome.reason ?? opaqueOutcome.status}`);
      }
      const empty = await unlockJournal(nodeJournalFs(opaqueDir), { kind: 'passphrase', passphrase: PASSPHRASE });
      if (!empty.ok) {
        throw new Error(`the opaque bench journal does not unlock: ${empty.message}`);
      }
      const opaqueSealing = probe.sealingOf(empty.journal.keys); // Its own journal key.
      const names = new Map<string, string>();
      for (const [i, text] of texts.entries()) {
        const id = newOpaqueId();
        names.set(id, paths[i]!);
        writeFileSync(join(opaqueDir, opaquePath(id)), await opaqueSealing.seal(utf8(text)));
      }
      await writeNameMap(nodeJournalFs(opaqueDir), { map: names, gone: new Set(), generation: 0 }, opaqueSealing, PROCESS_WRITER);
      const opened = await unlockJournal(nodeJournalFs(opaqueDir), { kind: 'passphrase', passphrase: PASSPHRASE });
      if (!opened.ok || opened.journal.names.names.size !== count) {
        throw new Error(`the opaque bench journal does not unlock with its ${count} names: ${opened.ok ? opened.journal.names.names.size : opened.message}`);
      }
      opaqueJournal = opened.journal;
    }

    // The per-file cost: one sealed entry opened with the unlocked key (a fresh opener, as a mount has).
    const opener = probe.sealingOf(journal.keys);
    const singles: number[] = [];
    for (let i = 0; i < (only === 'cold' ? 0 : 1001); i++) {
      const at = (i * 37) % count;
      singles.push(await timed(() => opener.open(paths[at]!, sealed[at]!)));
    }
    const openOneMs = median(singles.slice(1));

    const { Uri, FileType, stub } = probe.vscode;
    const disk = nodeDiskProvider(FileType);
    stub.providers.set('file', disk);
    const provider = new probe.EncryptedJournalProvider();
    stub.providers.set('ljencrypted', provider as unknown as Stub.StubProvider);
    const encryptedRoot = Uri.from({ scheme: 'file', path: encryptedDir });
    /** A fresh mount, as an unlock makes: nothing listed, no size known; the key already open. */
    const mount = (): Stub.Uri => provider.mount(MOUNT, encryptedRoot as never, journal, nodeJournalFs(encryptedDir)) as unknown as Stub.Uri;
    const plainUri = (path: string): Stub.Uri => Uri.from({ scheme: 'file', path: join(plainDir, path) });
    const encryptedUri = (root: Stub.Uri, path: string): Stub.Uri => Uri.joinPath(root, ...path.split('/'));

    // Open: what VS Code asks of a provider to show a file — its stat, then its bytes. Each run opens
    // another entry (the first open of each, as a user opens a day), in a journal of `count`.
    let root = mount();
    const order = (run: number): string => paths[(run * 97 + 11) % count]!;
    await provider.readDirectory(root as never); // The listing an unlock's first reader makes.
    const open = await paired(only === 'cold' ? 0 : 201, async (run) => {
      const uri = plainUri(order(run));
      await disk.stat(uri);
      return disk.readFile(uri);
    }, async (run) => {
      const uri = encryptedUri(root, order(run));
      await provider.stat(uri as never);
      return provider.readFile(uri as never);
    });
    // Save: what VS Code does to save an editor — write the bytes, then stat the file for its new
    // times. The same entry each time, its text a little longer each time.
    const savePath = paths[Math.floor(count / 2)]!;
    const saveText = (run: number): Uint8Array => utf8(`${texts[Math.floor(count / 2)]!}\nSaved ${run} times; I explained why it matters.\n`);
    const plainSave = async (run: number): Promise<unknown> => {
      const uri = plainUri(savePath);
      await disk.writeFile(uri, saveText(run), { create: false, overwrite: true });
      return disk.stat(uri);
    };
    /** The encrypted save of run `run` on the mount at `at`: the entry opened once first, as an editor does. */
    const encryptedSave = (at: Stub.Uri) => async (run: number): Promise<unknown> => {
      const uri = encryptedUri(at, savePath);
      if (run === 0) {
        await provider.readFile(uri as never);
      }
      await provider.writeFile(uri as never, saveText(run), { create: false, overwrite: true });
      return provider.stat(uri as never);
    };
    const save = await paired(only === 'cold' ? 0 : 41, plainSave, encryptedSave(root));
    const opaqueRoot = opaqueJournal === undefined ? undefined : provider.mount('opaque', Uri.from({ scheme: 'file', path: opaqueDir }) as never, opaqueJournal, nodeJournalFs(opaqueDir)) as unknown as Stub.Uri;
    const saveOpaque = await paired(opaqueRoot === undefined ? 0 : 41, plainSave, encryptedSave(opaqueRoot!));
    // Through a disk whose create is a check and a write (web, virtual, remote): no names lock there for either (opaque: names.age unchanged, the entry in it).
    const checkedRoot = provider.mount('checked', encryptedRoot as never, journal, checkThenWrite(nodeJournalFs(encryptedDir))) as unknown as Stub.Uri;
    const saveChecked = await paired(only === 'cold' ? 0 : 11, plainSave, encryptedSave(checkedRoot));
    const checkedOpaqueRoot = opaqueJournal === undefined ? undefined : provider.mount('checked-opaque', Uri.from({ scheme: 'file', path: opaqueDir }) as never, opaqueJournal, checkThenWrite(nodeJournalFs(opaqueDir))) as unknown as Stub.Uri;
    const saveCheckedOpaque = await paired(checkedOpaqueRoot === undefined ? 0 : 11, plainSave, encryptedSave(checkedOpaqueRoot!));

    // One entry as the index reads it, on the host's thread: through VS Code (its stat, then its
    // bytes, as workspaceJournalFiles.ts reads any folder) against the provider's own reader
    // (`readEntry`, what the index of an unlocked journal uses), alternately, each on a mount of its
    // own and each run another entry, so neither finds the other's work done.
    const viaVsCode = mount();
    provider.mount('reader', encryptedRoot as never, journal, nodeJournalFs(encryptedDir));
    const workspaceFiles = probe.workspaceFilesFor(viaVsCode as never).files as unknown as JournalFiles;
    await workspaceFiles.list('');
    await provider.readDirectory(Uri.from({ scheme: 'ljencrypted', authority: 'reader', path: '/' }) as never);
    const indexRead = await paired(only === 'cold' ? 0 : 1001, (run) => workspaceFiles.read(order(run + 1000)), (run) => provider.readEntry('reader', order(run + 1000)));

    // Cold index: plain and encrypted alternately, three of each; a new mount for each encrypted build.
    const workers = defaultWorkerCount();
    const workerFile = await buildWorker(mkdtempSync(join(work, 'worker-')));
    const ownThread = ownThreadRunner(texts[0]!);
    const plainColds: number[] = [];
    const encryptedColds: number[] = [];
    // CPU time of the whole process (every thread: the host's, the index's and the opening workers'),
    // which a busy machine disturbs far less than the wall clock.
    const plainCpus: number[] = [];
    const encryptedCpus: number[] = [];
    const cpuMs = (since: NodeJS.CpuUsage): number => {
      const used = process.cpuUsage(since);
      return (used.user + used.system) / 1000;
    };
    let plainOnWorkers = 0;
    let encryptedOnWorkers = 0;
    let plainEntries = '';
    let encryptedEntries = '';
    for (let run = 0; run < 3; run++) {
      global.gc?.();
      let cpu = process.cpuUsage();
      const plain = await coldBuild(nodeJournalFiles(plainDir), ownThread, workerFile, workers);
      plainCpus.push(cpuMs(cpu));
      plainColds.push(plain.ms);
      plainOnWorkers += plain.onWorkers ? 1 : 0;
      plainEntries = entriesOf(plain.catalogue);
      global.gc?.();
      root = mount();
      // As the index reads an unlocked journal (journalIndex.ts): listed and statted through
      // `vscode.workspace.fs`, each entry read by the provider's own reader (the vault's mount).
      const files = probe.mountedFiles(probe.workspaceFilesFor(root as never), (path) => provider.readEntry(MOUNT, path)).files as unknown as JournalFiles;
      cpu = process.cpuUsage();
      const encrypted = await coldBuild(files, ownThread, workerFile, workers);
      encryptedCpus.push(cpuMs(cpu));
      encryptedColds.push(encrypted.ms);
      encryptedOnWorkers += encrypted.onWorkers ? 1 : 0;
      encryptedEntries = entriesOf(encrypted.catalogue);
      if (encrypted.catalogue.size !== count || plain.catalogue.size !== count) {
        throw new Error(`catalogued ${plain.catalogue.size} plain and ${encrypted.catalogue.size} encrypted files, wrote ${count}`);
      }
    }
    if (plainEntries !== encryptedEntries) {
      throw new Error('the encrypted journal indexed to other entries than the plain one');
    }
    const range = (values: readonly number[]): readonly [number, number] => [Math.min(...values), Math.max(...values)];
    return {
      entries: count,
      workFactor,
      libraryWorkFactor,
      unlockMs,
      libraryUnlockMs,
      openOneMs,
      open,
      save,
      saveOpaque,
      saveChecked,
      saveCheckedOpaque,
      indexRead,
      cold: {
        plainMs: median(plainColds), encryptedMs: median(encryptedColds), runs: 3, plainRange: range(plainColds), encryptedRange: range(encryptedColds),
        plainCpuMs: median(plainCpus), encryptedCpuMs: median(encryptedCpus), plainOnWorkers, encryptedOnWorkers,
      },
      workers,
      load: [loadBefore, loadavg()[0] ?? NaN],
    };
  } finally {
    installAgeHostCrypto(undefined);
    rmSync(work, { recursive: true, force: true });
  }
}

const mark = (ok: boolean): string => (ok ? '✅' : '❌');

export function formatEncryptionFigures(f: EncryptionFigures): string {
  const added = (p: Paired): number => p.encryptedMs - p.plainMs;
  const ratio = f.cold.encryptedMs / f.cold.plainMs;
  const factor = (logN: number | undefined): string => (logN === undefined ? 'not found' : `2^${logN}`);
  const cold = `cold index of ${f.entries.toLocaleString('en')}, median of ${f.cold.runs} each, alternating: plain ${f.cold.plainMs.toFixed(0)} ms (${f.cold.plainRange[0].toFixed(0)}–${f.cold.plainRange[1].toFixed(0)}), encrypted ${f.cold.encryptedMs.toFixed(0)} ms (${f.cold.encryptedRange[0].toFixed(0)}–${f.cold.encryptedRange[1].toFixed(0)}): ${ratio.toFixed(2)}×   (target ≤ 1.5× ${mark(ratio <= 1.5)}; ${f.workers} worker threads, given batches in ${f.cold.plainOnWorkers} plain and ${f.cold.encryptedOnWorkers} encrypted builds of ${f.cold.runs}, once a core was seen free); CPU time of all threads: plain ${f.cold.plainCpuMs.toFixed(0)} ms, encrypted ${f.cold.encryptedCpuMs.toFixed(0)} ms: ${(f.cold.encryptedCpuMs / f.cold.plainCpuMs).toFixed(2)}×`;
  const load = `load average (1 min):                      ${f.load[0].toFixed(1)} at the start, ${f.load[1].toFixed(1)} at the end`;
  if (f.open.runs === 0) {
    return [load, cold].join('\n'); // The cold index alone (`… encryptionBench.ts 10000 cold`).
  }
  return [
    load,
    `key derivation: scrypt work factor ${factor(f.workFactor)} in the journal's key file; the age-encryption library's default (recommended) ${factor(f.libraryWorkFactor)}; the product's constant 2^${SCRYPT_WORK_FACTOR}   ${mark(f.workFactor !== undefined && f.workFactor === f.libraryWorkFactor)}`,
    `unlocking the journal (one scrypt, once per window): ${f.unlockMs.toFixed(0)} ms with node:crypto's scrypt (the Node host), ${f.libraryUnlockMs.toFixed(0)} ms with the library's JavaScript one (the web host)`,
    `opening one sealed entry with the unlocked key: ${f.openOneMs.toFixed(2)} ms   (median of 1,000; the per-file cost)`,
    `open an entry (stat + read), median of ${f.open.runs}: plain ${f.open.plainMs.toFixed(2)} ms, encrypted ${f.open.encryptedMs.toFixed(2)} ms: adds ${added(f.open).toFixed(2)} ms   (target ≤ 10 ms ${mark(added(f.open) <= 10)})`,
    `the index's read of one encrypted entry, median of ${f.indexRead.runs}: through VS Code (stat, then read) ${f.indexRead.plainMs.toFixed(3)} ms, the provider's reader ${f.indexRead.encryptedMs.toFixed(3)} ms (the host's thread, per entry)`,
    `save an entry (write + stat), readable names, median of ${f.save.runs}: plain ${f.save.plainMs.toFixed(2)} ms, encrypted ${f.save.encryptedMs.toFixed(2)} ms: adds ${added(f.save).toFixed(2)} ms   (target ≤ 10 ms ${mark(added(f.save) <= 10)})`,
    `save an entry (write + stat), opaque names (${f.entries.toLocaleString('en')} in names.age), median of ${f.saveOpaque.runs}: plain ${f.saveOpaque.plainMs.toFixed(2)} ms, encrypted ${f.saveOpaque.encryptedMs.toFixed(2)} ms: adds ${added(f.saveOpaque).toFixed(2)} ms   (target ≤ 10 ms ${mark(added(f.saveOpaque) <= 10)})`,
    `save through a create that checks, then writes (as vscode.workspace.fs: web, virtual, remote; no names lock there for a save that leaves names.age as it is — one that changes it reads its lock back after ${NAMES_LOCK_CONFIRM_MS} ms), median of ${f.saveChecked.runs}: readable names adds ${added(f.saveChecked).toFixed(2)} ms   (target ≤ 10 ms ${mark(added(f.saveChecked) <= 10)}), opaque names adds ${added(f.saveCheckedOpaque).toFixed(2)} ms   (target ≤ 10 ms ${mark(added(f.saveCheckedOpaque) <= 10)})`,
    cold,
  ].join('\n');
}

if (require.main === module) {
  void runEncryptionBench(Number(process.argv[2] ?? 10_000), process.argv[3] === 'cold' ? 'cold' : undefined).then((figures) => console.log(formatEncryptionFigures(figures)));
}
