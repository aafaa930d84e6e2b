// Index figures for the trends view, on 10,000 generated entries of about 300 words written to a
// temporary folder: a cold index (read every file, parse, tag, aggregate), a warm start from the
// persisted index (read and validate the JSON, aggregate), one save (re-read one entry, aggregate
// again), and the heap the 10,000 records hold. It runs what the extension's index runs
// (src/extension/index/journalIndex.ts) for a first build of a journal on the host's own disk: the
// worker pool (src/node/recordPool.ts, one worker per core) is started inside the timing and warms up
// while the folder is listed, then the files are handed out in batches of 400 for the workers to
// stat, read and index.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { listMarkdownUnder } from '../src/node/listMarkdown';
import { createRecordPool, defaultWorkerCount } from '../src/node/recordPool';
import { lazyYaml } from '../scripts/lazyYaml';
import { repoRoot } from '../scripts/vscodePaths';
import { createTagger } from '../src/core/tagger/tagger';
import { isIndexedEntry, type IndexedEntry } from '../src/core/records/entryRecord';
import { indexItem, NO_FACTS } from '../src/core/index/indexItem';
import type { EntryFacts } from '../src/core/reflect/entryFacts';
import { summarise } from '../src/core/trends/summary';
import { journalCorpus } from './corpus';

export interface IndexFigures {
  readonly entries: number;
  /** Median of three cold builds; `coldRange` their lowest and highest. */
  readonly coldMs: number;
  readonly coldRange: readonly [number, number];
  readonly warmMs: number;
  readonly saveMs: number;
  readonly heapMb: number;
  readonly workers: number;
}

/** Builds dist-like tagger.js, yaml.js and recordWorker.js into `dir`, as scripts/build.ts does (the worker loads the others beside it). */
async function buildWorker(dir: string): Promise<string> {
  const common = { bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', absWorkingDir: repoRoot } as const;
  await esbuild.build({ ...common, entryPoints: ['src/extension/tagging/taggerBundle.ts'], outfile: join(dir, 'tagger.js') });
  await esbuild.build({ ...common, entryPoints: ['src/extension/lazy/yamlBundle.ts'], outfile: join(dir, 'yaml.js') });
  await esbuild.build({ ...common, entryPoints: ['src/node/recordWorker.ts'], outfile: join(dir, 'recordWorker.js'), plugins: [lazyYaml] });
  return join(dir, 'recordWorker.js');
}


const TODAY = { year: 2026, month: 12, day: 31 };

function summary(entries: readonly IndexedEntry[]): void {
  summarise(entries, TODAY, { granularity: 'week', weekStart: 1, forgiveWeekends: true });
}

export async function runIndexBench(count = 10_000): Promise<IndexFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'lj-index-'));
  try {
    const workerFile = await buildWorker(mkdtempSync(join(tmpdir(), 'lj-worker-')));
    const texts = journalCorpus(count, 7);
    const paths = texts.map((_, i) => `${String(2000 + Math.floor(i / 365)).padStart(4, '0')}/${String(i).padStart(5, '0')}.md`);
    for (const [i, text] of texts.entries()) {
      mkdirSync(join(dir, paths[i]!.slice(0, 4)), { recursive: true });
      writeFileSync(join(dir, paths[i]!), text);
    }
    const tagger = createTagger();
    const tag = (text: string) => tagger.tag(text);
    tag(texts[0]!); // Warm the JIT a little, as an editor session would be.
    // Three cold builds, each with a new pool (new threads, so nothing is compiled yet); the median counts.
    type Files = Record<string, { mtime: number; size: number; entry: IndexedEntry | null; facts: EntryFacts }>;
    const coldBuild = async (): Promise<{ ms: number; files: Files }> => {
      const t0 = performance.now();
      const pool = createRecordPool(workerFile);
      pool.warm({ evidence: false }); // As a build does before listing the folder.
      const listed = await listMarkdownUnder(dir);
      if (listed.length !== paths.length) {
        throw new Error(`listed ${listed.length} files, wrote ${paths.length}`);
      }
      const built: Files = {};
      const running: Promise<void>[] = [];
      for (let at = 0; at < listed.length; at += 400) {
        const batch = listed.slice(at, at + 400);
        // A first build of a local journal: the workers stat, read and index the files.
        running.push(pool.records(batch.map((path) => ({ path, file: join(dir, path) })), { evidence: false }).then((results) => {
          for (const [i, record] of results.entries()) {
            built[batch[i]!] = {
              mtime: record.stamp?.mtime ?? 0, size: record.stamp?.size ?? 0,
              entry: record.record.ok ? record.record.entry : null, facts: record.facts,
            };
          }
        }));
      }
      await Promise.all(running);
      summary(Object.values(built).flatMap((f) => (f.entry ? [f.entry] : [])));
      const ms = performance.now() - t0;
      await pool.dispose();
      return { ms, files: built };
    };
    const colds: number[] = [];
    let files: Files = {};
    for (let run = 0; run < 3; run++) {
      files = {}; // Only one build's records are kept, as in the extension.
      global.gc?.();
      const build = await coldBuild();
      colds.push(build.ms);
      files = build.files;
    }
    colds.sort((x, y) => x - y);
    const coldMs = colds[1]!;
    let entries = Object.values(files).flatMap((f) => (f.entry ? [f.entry] : []));
    const entryCount = entries.length;
    const store = join(dir, 'index.json');
    writeFileSync(store, JSON.stringify({ version: 1, files }));
    const t1 = performance.now();
    const held: { index: { files: Record<string, { entry: unknown }> } | undefined } = {
      index: JSON.parse(readFileSync(store, 'utf8')) as { files: Record<string, { entry: unknown }> },
    };
    summary(Object.values(held.index?.files ?? {}).flatMap((f) => (isIndexedEntry(f.entry) ? [f.entry] : [])));
    const warmMs = performance.now() - t1;
    // The heap the index holds: measured with the warm-loaded index alive, then again once it is
    // dropped — each after the current job ends (V8 keeps what a running job touched until then).
    entries = [];
    await new Promise((resolve) => setImmediate(resolve)); // Garbage of this job is only freed after it.
    global.gc?.();
    const heapWith = process.memoryUsage().heapUsed;
    const indexed = Object.keys(held.index?.files ?? {}).length;
    held.index = undefined;
    await new Promise((resolve) => setImmediate(resolve));
    global.gc?.();
    const heapMb = (heapWith - process.memoryUsage().heapUsed) / 2 ** 20;
    if (indexed !== count) {
      throw new Error(`the persisted index held ${indexed} files, not ${count}`);
    }
    // Saves in a session that has been running: the median of seven, each re-reading one entry and
    // aggregating the whole index again (what the extension does on a save).
    const saves: number[] = [];
    for (let i = 1; i <= 7; i++) {
      const t2 = performance.now();
      const one = paths[paths.length - i]!;
      const updated = indexItem(one, `${readFileSync(join(dir, one), 'utf8')}\nI explained why it matters.\n`, tag);
      files[one] = { mtime: 0, size: 0, entry: updated.record.ok ? updated.record.entry : null, facts: updated.record.ok ? updated.facts : NO_FACTS };
      summary(Object.values(files).flatMap((f) => (f.entry ? [f.entry] : [])));
      saves.push(performance.now() - t2);
    }
    saves.sort((a, b) => a - b);
    const saveMs = saves[3] ?? NaN;
    return { entries: entryCount, coldMs, coldRange: [colds[0]!, colds[2]!], warmMs, saveMs, heapMb, workers: defaultWorkerCount() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatIndexFigures(f: IndexFigures): string {
  return [
    `entries indexed:                          ${f.entries}`,
    `cold index (list, read, parse, tag, aggregate): ${f.coldMs.toFixed(0)} ms   (target ≤ 1500 ms; median of 3 builds, ${f.coldRange[0].toFixed(0)}–${f.coldRange[1].toFixed(0)}; ${f.workers} worker threads, started inside the timing)`,
    `warm start from the persisted index:       ${f.warmMs.toFixed(0)} ms   (target ≤ 150 ms)`,
    `one save (re-read one entry, aggregate):   ${f.saveMs.toFixed(1)} ms   (target ≤ 20 ms; median of 7)`,
    `heap held by the index:                    ${f.heapMb.toFixed(1)} MB   (target ≤ 60 MB${global.gc ? '' : '; run node with --expose-gc for an exact figure'})`,
  ].join('\n');
}

if (require.main === module) {
  void runIndexBench().then((figures) => console.log(formatIndexFigures(figures)));
}
