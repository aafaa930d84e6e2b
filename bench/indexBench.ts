// Index figures for the trends view, on 10,000 generated entries of about 300 words written to a
// temporary folder: a cold index (read every file, parse, tag, aggregate), a warm start from the
// persisted index (read and validate the JSON, aggregate), one save (re-read one entry, aggregate
// again), and the heap the 10,000 records hold. It runs what the extension's index runs
// (src/extension/index/journalIndex.ts): files statted and read 32 at a time in batches of 400,
// each batch handed to the worker pool (src/node/recordPool.ts, one worker per core, started inside
// the timing) while the next is read; Node's fs stands in for vscode.workspace.fs.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { createRecordPool, defaultWorkerCount } from '../src/node/recordPool';
import { repoRoot } from '../scripts/vscodePaths';
import { createTagger } from '../src/core/tagger/tagger';
import { isIndexedEntry, type IndexedEntry } from '../src/core/trends/indexEntry';
import { indexItem, NO_FACTS } from '../src/core/index/indexItem';
import type { EntryFacts } from '../src/core/reflect/entryFacts';
import { summarise } from '../src/core/trends/summary';
import { journalCorpus } from './corpus';

export interface IndexFigures {
  readonly entries: number;
  readonly coldMs: number;
  readonly warmMs: number;
  readonly saveMs: number;
  readonly heapMb: number;
  readonly workers: number;
}

/** Builds dist-like tagger.js and recordWorker.js into `dir` (the worker loads the tagger beside it). */
async function buildWorker(dir: string): Promise<string> {
  const common = { bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', absWorkingDir: repoRoot } as const;
  await esbuild.build({ ...common, entryPoints: ['src/extension/tagging/taggerBundle.ts'], outfile: join(dir, 'tagger.js') });
  await esbuild.build({ ...common, entryPoints: ['src/node/recordWorker.ts'], outfile: join(dir, 'recordWorker.js') });
  return join(dir, 'recordWorker.js');
}

/** Runs `work` on every item with at most `limit` in flight (as journalIndex.ts does). */
async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      await work(items[next++] as T);
    }
  }));
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
    const t0 = performance.now();
    const pool = createRecordPool(workerFile);
    const files: Record<string, { mtime: number; size: number; entry: IndexedEntry | null; facts: EntryFacts }> = {};
    const stats = new Map<string, { mtimeMs: number; size: number }>();
    await forEachLimited(paths, 32, async (path) => {
      stats.set(path, await stat(join(dir, path)));
    });
    const running: Promise<void>[] = [];
    for (let at = 0; at < paths.length; at += 400) {
      const batch = paths.slice(at, at + 400);
      const jobs = new Array<{ path: string; text: string }>(batch.length);
      await forEachLimited([...batch.keys()], 32, async (i) => {
        jobs[i] = { path: batch[i]!, text: await readFile(join(dir, batch[i]!), 'utf8') };
      });
      running.push(pool.records(jobs, {}).then((results) => {
        for (const [i, record] of results.entries()) {
          const path = batch[i]!;
          const fileStat = stats.get(path)!;
          files[path] = { mtime: fileStat.mtimeMs, size: fileStat.size, entry: record.record.ok ? record.record.entry : null, facts: record.facts };
        }
      }));
    }
    await Promise.all(running);
    await pool.dispose();
    let entries = Object.values(files).flatMap((f) => (f.entry ? [f.entry] : []));
    summary(entries);
    const coldMs = performance.now() - t0;
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
    // dropped (the object keeps it reachable until then, whatever the optimiser thinks of locals).
    entries = [];
    global.gc?.();
    const heapWith = process.memoryUsage().heapUsed;
    const indexed = Object.keys(held.index?.files ?? {}).length;
    held.index = undefined;
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
    return { entries: entryCount, coldMs, warmMs, saveMs, heapMb, workers: defaultWorkerCount() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatIndexFigures(f: IndexFigures): string {
  return [
    `entries indexed:                          ${f.entries}`,
    `cold index (read, parse, tag, aggregate):  ${f.coldMs.toFixed(0)} ms   (target ≤ 1500 ms; ${f.workers} worker threads, started inside the timing)`,
    `warm start from the persisted index:       ${f.warmMs.toFixed(0)} ms   (target ≤ 150 ms)`,
    `one save (re-read one entry, aggregate):   ${f.saveMs.toFixed(1)} ms   (target ≤ 20 ms; median of 7)`,
    `heap held by the index:                    ${f.heapMb.toFixed(1)} MB   (target ≤ 60 MB${global.gc ? '' : '; run node with --expose-gc for an exact figure'})`,
  ].join('\n');
}

if (require.main === module) {
  void runIndexBench().then((figures) => console.log(formatIndexFigures(figures)));
}
