// Index figures for the trends view, on 10,000 generated entries of about 300 words written to a
// temporary folder, running what the extension's index runs (src/extension/index/journalIndex.ts):
// the core's journal catalogue over the folder through the Node adapter (the extension host's local
// `file:` folders), with the index's record maker (src/extension/index/indexMaker.ts) handing the
// texts to the worker pool (src/node/recordPool.ts, one worker per core). Figures: a cold index
// (list, read, parse, tag, aggregate; the pool started and warmed inside the timing, as a first
// build does), the index persisted (the bytes the extension's storage writes, made from the
// catalogue's pieces), a warm start from the persisted index (read and validate it, aggregate), a warm build
// (that, then list and stamp every file; nothing to read), one save (the editor's text made into a
// record, aggregate again), and the heap the 10,000 records hold; and, in the same run, the parse
// floor of issue #13 (bench/floors.ts: a Node process that lists, reads and markdown-it-parses the
// same files), each time printed beside it as a ratio. The timed code is the product's,
// bundled and minified as dist/ bundles it (indexBenchEntry.ts; `loadIndexCode`), not tsx's
// compilation of the sources; `loadIndexCode(dir, root)` bundles another checkout's sources the same
// way, so a branch and main can be timed alternately in one process (bench/indexPair.ts).
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import * as source from './indexBenchEntry';
import { defaultWorkerCount } from '../src/node/recordPool';
import { lazyYaml } from '../scripts/lazyYaml';
import { repoRoot } from '../scripts/vscodePaths';
import type { JournalCatalogue } from '../src/core/catalogue/catalogue';
import type { JournalFiles } from '../src/core/catalogue/journalFiles';
import type { IndexedEntry } from '../src/core/records/entryRecord';
import type { RecordRunner } from '../src/extension/index/recordRunner';
import { journalCorpus } from './corpus';
import { parseFloor, writeFloorScripts, type Timed } from './floors';

/** The code a cold build, a warm start and a save run: indexBenchEntry.ts, bundled (`loadIndexCode`) or as tsx compiles it (`source`). */
export type IndexCode = typeof source;

export interface IndexFigures {
  readonly entries: number;
  /** Median of three cold builds; `coldRange` their lowest and highest. */
  readonly coldMs: number;
  readonly coldRange: readonly [number, number];
  /** CPU time of the whole process (every thread) in the cold build that gave `coldMs`: a busy machine disturbs it far less than the wall clock. */
  readonly coldCpuMs: number;
  /** The persisted index's bytes made (JournalCatalogue.persistBytes, as the extension writes them), best of three. */
  readonly persistMs: number;
  readonly persistMb: number;
  readonly warmMs: number;
  readonly warmBuildMs: number;
  readonly saveMs: number;
  readonly heapMb: number;
  readonly workers: number;
  /** Cold builds (of three) that gave batches to the workers: they start only when a core is seen free for them. */
  readonly onWorkers: number;
  /** The parse floor of the same journal, best of three whole processes, measured between the cold builds and the warm start. */
  readonly parseFloor: Timed;
}

/**
 * Builds dist-like tagger.js, yaml.js and recordWorker.js into `dir`, as scripts/build.ts does (the
 * worker loads the others beside it), from the checkout at `root` (this one by default).
 */
export async function buildWorker(dir: string, root = repoRoot): Promise<string> {
  const common = { bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', absWorkingDir: root } as const;
  await esbuild.build({ ...common, entryPoints: ['src/extension/tagging/taggerBundle.ts'], outfile: join(dir, 'tagger.js') });
  await esbuild.build({ ...common, entryPoints: ['src/extension/lazy/yamlBundle.ts'], outfile: join(dir, 'yaml.js') });
  await esbuild.build({ ...common, entryPoints: ['src/node/recordWorker.ts'], outfile: join(dir, 'recordWorker.js'), plugins: [lazyYaml] });
  return join(dir, 'recordWorker.js');
}

/**
 * This checkout's indexBenchEntry.ts, its imports resolved in the checkout at `root`, bundled into
 * `dir` (beside buildWorker's yaml.js, which the lazy YAML shim loads) and loaded.
 */
export async function loadIndexCode(dir: string, root = repoRoot): Promise<IndexCode> {
  const outfile = join(dir, 'indexBench.js');
  await esbuild.build({
    stdin: { contents: readFileSync(join(repoRoot, 'bench', 'indexBenchEntry.ts'), 'utf8'), resolveDir: join(root, 'bench'), sourcefile: 'indexBenchEntry.ts', loader: 'ts' },
    outfile, bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', absWorkingDir: root, plugins: [lazyYaml],
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(outfile) as IndexCode;
}

const TODAY = { year: 2026, month: 12, day: 31 };

function summary(code: IndexCode, entries: readonly IndexedEntry[]): void {
  code.summarise(entries, TODAY, { granularity: 'week', weekStart: 1, forgiveWeekends: true });
}

/** The window's own thread's runner, tagging with a tagger warmed on `sample` (as an editor session's would be). */
export function ownThreadRunner(sample: string, code: IndexCode = source): RecordRunner {
  const tagger = code.createTagger();
  const tag = (text: string) => tagger.tag(text);
  tag(sample);
  return code.inThreadRunner((path, text) => code.indexItem(path, text, tag));
}

/**
 * The bench's workers run without this process's options: under `--import tsx` every worker would
 * load tsx and esbuild (and compile their WebAssembly) before the tagger, ~0.3 s of CPU a worker that
 * the extension's workers (a bundled file in the extension host) never spend.
 */
const WORKER_EXEC_ARGV: readonly string[] = [];

/**
 * Whether a core is free for the workers, as the index judges it (poolRunner.ts), or as
 * `LJ_BENCH_CORE` says: `free` (the workers take batches from the build's first one on, as on
 * an idle machine) or `busy` (none: the window's own thread makes every record). On this project's
 * shared machine other sessions' jobs decide the judgement, and with it which path a run times.
 */
function coreJudging(): { judge?: () => () => boolean } {
  const core = process.env.LJ_BENCH_CORE;
  return core === 'free' || core === 'busy' ? { judge: () => () => core === 'free' } : {};
}

/**
 * One cold build of the catalogue over `files`, as the extension's index runs a first build: a new
 * worker pool (new threads, so nothing is compiled yet) started and warmed inside the timing, the
 * folder listed, every file read and made a record, the trends aggregated.
 */
export async function coldBuild(files: JournalFiles, ownThread: RecordRunner, workerFile: string, workers: number, code: IndexCode = source): Promise<{ ms: number; cpuMs: number; catalogue: JournalCatalogue; onWorkers: boolean }> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const pool = code.createRecordPool(workerFile, workers, { execArgv: WORKER_EXEC_ARGV });
  // The Node host's bulk runner (src/extension/index/workerRunner.ts), without its settings.
  const bulk = code.poolRunner(pool, workers, () => ({ evidence: false }), coreJudging());
  const maker = code.indexMaker(ownThread, bulk, (error) => { throw error; });
  const catalogue = new code.JournalCatalogue(files, maker);
  bulk.warm?.(); // As a first build does before listing the folder.
  await catalogue.build();
  bulk.rest?.();
  summary(code, catalogue.entries());
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  await pool.dispose();
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, catalogue, onWorkers: maker.onWorkers };
}

/** The bench's journal of `count` generated entries, written into `dir`: a folder a year of 365 entries. */
export function writeBenchJournal(dir: string, count: number): { texts: string[]; paths: string[] } {
  const texts = journalCorpus(count, 7);
  const paths = texts.map((_, i) => `${String(2000 + Math.floor(i / 365)).padStart(4, '0')}/${String(i).padStart(5, '0')}.md`);
  for (const [i, text] of texts.entries()) {
    mkdirSync(join(dir, paths[i]!.slice(0, 4)), { recursive: true });
    writeFileSync(join(dir, paths[i]!), text);
  }
  return { texts, paths };
}

export async function runIndexBench(count = 10_000): Promise<IndexFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'lj-index-'));
  const bundles = mkdtempSync(join(tmpdir(), 'lj-worker-'));
  try {
    const workerFile = await buildWorker(bundles);
    const code = await loadIndexCode(bundles);
    const { texts, paths } = writeBenchJournal(dir, count);
    const workers = defaultWorkerCount();
    const ownThread = ownThreadRunner(texts[0]!, code);
    const catalogueWith = (bulk: RecordRunner | undefined): JournalCatalogue =>
      new code.JournalCatalogue(code.nodeJournalFiles(dir), code.indexMaker(ownThread, bulk, (error) => { throw error; }));
    // Three cold builds, each with a new pool (new threads, so nothing is compiled yet); the median counts.
    const colds: { ms: number; cpuMs: number }[] = [];
    let onWorkers = 0;
    let built: JournalCatalogue | undefined;
    for (let run = 0; run < 3; run++) {
      built = undefined; // Only one build's records are kept, as in the extension.
      global.gc?.();
      const build = await coldBuild(code.nodeJournalFiles(dir), ownThread, workerFile, workers, code);
      if (build.catalogue.size !== paths.length) {
        throw new Error(`catalogued ${build.catalogue.size} files, wrote ${paths.length}`);
      }
      colds.push({ ms: build.ms, cpuMs: build.cpuMs });
      onWorkers += build.onWorkers ? 1 : 0;
      built = build.catalogue;
    }
    colds.sort((x, y) => x.ms - y.ms);
    const { ms: coldMs, cpuMs: coldCpuMs } = colds[1]!;
    const entryCount = built!.entries().length;
    const floor = parseFloor(writeFloorScripts(bundles), dir, 3);
    const store = join(dir, '.index.json'); // A dot-file: the catalogue does not list it.
    let persistMs = Infinity;
    let bytes: Uint8Array = new Uint8Array(0);
    for (let run = 0; run < 3; run++) {
      bytes = new Uint8Array(0);
      global.gc?.();
      const tp = performance.now();
      bytes = built!.persistBytes(dir);
      persistMs = Math.min(persistMs, performance.now() - tp);
    }
    writeFileSync(store, bytes);
    const persistMb = bytes.length / 2 ** 20;
    bytes = new Uint8Array(0);
    built = undefined;
    global.gc?.();
    // A warm start: the stored index read and validated, the trends aggregated.
    const t1 = performance.now();
    const held: { catalogue: JournalCatalogue | undefined } = { catalogue: catalogueWith(undefined) };
    const refused = held.catalogue!.load(readFileSync(store, 'utf8'), dir);
    if (refused !== undefined) {
      throw new Error(`the persisted index was refused: ${refused}`);
    }
    summary(code, held.catalogue!.entries());
    const warmMs = performance.now() - t1;
    // Then the build a warm start runs: the folder listed and every file stamped; nothing is read.
    const t2 = performance.now();
    const warmBuild = await held.catalogue!.build();
    summary(code, held.catalogue!.entries());
    const warmBuildMs = performance.now() - t2;
    if (warmBuild.read !== 0) {
      throw new Error(`a warm build read ${warmBuild.read} files`);
    }
    // Saves in a session that has been running: the median of seven, each making one entry from the
    // editor's text and aggregating the whole index again (what the extension does on a save).
    const saves: number[] = [];
    for (let i = 1; i <= 7; i++) {
      const one = paths[paths.length - i]!;
      const text = `${readFileSync(join(dir, one), 'utf8')}\nI explained why it matters.\n`;
      writeFileSync(join(dir, one), text);
      const t3 = performance.now();
      await held.catalogue!.saved(one, text);
      summary(code, held.catalogue!.entries());
      saves.push(performance.now() - t3);
    }
    saves.sort((a, b) => a - b);
    const saveMs = saves[3] ?? NaN;
    // The heap the index holds: measured with the catalogue alive, then again once it is dropped —
    // each after the current job ends (V8 keeps what a running job touched until then).
    await new Promise((resolve) => setImmediate(resolve));
    global.gc?.();
    const heapWith = process.memoryUsage().heapUsed;
    const indexed = held.catalogue!.size;
    held.catalogue = undefined;
    await new Promise((resolve) => setImmediate(resolve));
    global.gc?.();
    const heapMb = (heapWith - process.memoryUsage().heapUsed) / 2 ** 20;
    if (indexed !== count) {
      throw new Error(`the persisted index held ${indexed} files, not ${count}`);
    }
    return { entries: entryCount, coldMs, coldRange: [colds[0]!.ms, colds[2]!.ms], coldCpuMs, persistMs, persistMb, warmMs, warmBuildMs, saveMs, heapMb, workers, onWorkers, parseFloor: floor };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(bundles, { recursive: true, force: true });
  }
}

export function formatIndexFigures(f: IndexFigures): string {
  // Each ratio goes first in its line's parentheses, so each line still starts `label: N ms` as
  // before; the floor's own line comes last.
  const ratio = (ms: number): string => `${(ms / f.parseFloor.ms).toFixed(2)}× the parse floor`;
  return [
    `entries indexed:                          ${f.entries}`,
    `cold index (list, read, parse, tag, aggregate): ${f.coldMs.toFixed(0)} ms   (${ratio(f.coldMs)}, CPU ${(f.coldCpuMs / f.parseFloor.cpuMs).toFixed(2)}×; target ≤ 1500 ms; median of 3 builds, ${f.coldRange[0].toFixed(0)}–${f.coldRange[1].toFixed(0)}; CPU ${f.coldCpuMs.toFixed(0)} ms; ${f.workers} worker thread(s) beside this one in ${f.onWorkers} of 3 builds, started inside the timing once a core was seen free)`,
    `index persisted (its bytes, from the pieces): ${f.persistMs.toFixed(0)} ms   (${ratio(f.persistMs)}; ${f.persistMb.toFixed(1)} MB; best of 3; written after a save or a build, not in their time)`,
    `warm start from the persisted index:       ${f.warmMs.toFixed(0)} ms   (${ratio(f.warmMs)}; target ≤ 150 ms; read, validate, aggregate)`,
    `then the warm build (list, stamp, aggregate): ${f.warmBuildMs.toFixed(0)} ms   (${ratio(f.warmBuildMs)}; nothing read)`,
    `one save (the editor's text, aggregate):   ${f.saveMs.toFixed(1)} ms   (${(f.saveMs / f.parseFloor.ms).toFixed(4)}× the parse floor; target ≤ 20 ms; median of 7)`,
    `heap held by the index:                    ${f.heapMb.toFixed(1)} MB   (target ≤ 60 MB${global.gc ? '' : '; run node with --expose-gc for an exact figure'})`,
    `parse floor, the ratios' base (list, read, markdown-it-parse the same files; one Node process, best of 3): ${f.parseFloor.ms.toFixed(0)} ms   (CPU ${f.parseFloor.cpuMs.toFixed(0)} ms)`,
  ].join('\n');
}

if (require.main === module) {
  void runIndexBench().then((figures) => console.log(formatIndexFigures(figures)));
}
