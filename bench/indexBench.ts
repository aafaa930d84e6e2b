// Index figures for the trends view, on 10,000 generated entries of about 300 words written to a
// temporary folder: a cold index (read every file, parse, tag, aggregate), a warm start from the
// persisted index (read and validate the JSON, aggregate), one save (re-read one entry, aggregate
// again), and the heap the 10,000 records hold. It runs the same core functions as the extension's
// index (src/extension/index/journalIndex.ts) with Node's fs in place of vscode.workspace.fs.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTagger } from '../src/core/tagger/tagger';
import { isIndexedEntry, type IndexedEntry } from '../src/core/trends/indexEntry';
import { indexRecord } from '../src/core/trends/indexRecord';
import { summarise } from '../src/core/trends/summary';
import { journalCorpus } from './corpus';

export interface IndexFigures {
  readonly entries: number;
  readonly coldMs: number;
  readonly warmMs: number;
  readonly saveMs: number;
  readonly heapMb: number;
}

const TODAY = { year: 2026, month: 12, day: 31 };

function summary(entries: readonly IndexedEntry[]): void {
  summarise(entries, TODAY, { granularity: 'week', weekStart: 1, forgiveWeekends: true });
}

export function runIndexBench(count = 10_000): IndexFigures {
  const dir = mkdtempSync(join(tmpdir(), 'lj-index-'));
  try {
    const texts = journalCorpus(count, 7);
    const paths = texts.map((_, i) => `${String(2000 + Math.floor(i / 365)).padStart(4, '0')}/${String(i).padStart(5, '0')}.md`);
    for (const [i, text] of texts.entries()) {
      mkdirSync(join(dir, paths[i]!.slice(0, 4)), { recursive: true });
      writeFileSync(join(dir, paths[i]!), text);
    }
    const tagger = createTagger();
    const tag = (text: string) => tagger.tag(text);
    tag(texts[0]!); // Warm the JIT a little, as an editor session would be.
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const files: Record<string, { mtime: number; size: number; entry: IndexedEntry | null }> = {};
    for (const path of paths) {
      const file = join(dir, path);
      const stat = statSync(file);
      const record = indexRecord(path, readFileSync(file, 'utf8'), tag);
      files[path] = { mtime: stat.mtimeMs, size: stat.size, entry: record.ok ? record.entry : null };
    }
    const entries = Object.values(files).flatMap((f) => (f.entry ? [f.entry] : []));
    summary(entries);
    const coldMs = performance.now() - t0;
    global.gc?.();
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    const store = join(dir, 'index.json');
    writeFileSync(store, JSON.stringify({ version: 1, files }));
    const t1 = performance.now();
    const loaded = JSON.parse(readFileSync(store, 'utf8')) as { files: Record<string, { entry: unknown }> };
    const warm = Object.values(loaded.files).flatMap((f) => (isIndexedEntry(f.entry) ? [f.entry] : []));
    summary(warm);
    const warmMs = performance.now() - t1;
    // Saves in a session that has been running: the median of seven, each re-reading one entry and
    // aggregating the whole index again (what the extension does on a save).
    const saves: number[] = [];
    for (let i = 1; i <= 7; i++) {
      const t2 = performance.now();
      const one = paths[paths.length - i]!;
      const updated = indexRecord(one, `${readFileSync(join(dir, one), 'utf8')}\nI explained why it matters.\n`, tag);
      files[one] = { mtime: 0, size: 0, entry: updated.ok ? updated.entry : null };
      summary(Object.values(files).flatMap((f) => (f.entry ? [f.entry] : [])));
      saves.push(performance.now() - t2);
    }
    saves.sort((a, b) => a - b);
    const saveMs = saves[3] ?? NaN;
    return { entries: entries.length, coldMs, warmMs, saveMs, heapMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatIndexFigures(f: IndexFigures): string {
  return [
    `entries indexed:                          ${f.entries}`,
    `cold index (read, parse, tag, aggregate):  ${f.coldMs.toFixed(0)} ms   (target ≤ 1500 ms)`,
    `warm start from the persisted index:       ${f.warmMs.toFixed(0)} ms   (target ≤ 150 ms)`,
    `one save (re-read one entry, aggregate):   ${f.saveMs.toFixed(1)} ms   (target ≤ 20 ms; median of 7)`,
    `heap held by the index:                    ${f.heapMb.toFixed(1)} MB   (target ≤ 60 MB${global.gc ? '' : '; run node with --expose-gc for an exact figure'})`,
  ].join('\n');
}

if (require.main === module) {
  console.log(formatIndexFigures(runIndexBench()));
}
