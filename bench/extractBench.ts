// extractUserText over the CLI report bench's journal (bench/reportBench.ts: 10,000 entries of ~330
// words, the same seed), read two ways in one process: the shipped reader (the journal-shaped fast
// path, markdown-it for the rest: src/core/tagger/journalRuns.ts) and markdown-it alone. Each is
// warmed up, then the two are timed in turn, five rounds; the best round of each counts. Prints how
// many entries the fast path read and the load average.
//
//   npx tsx bench/extractBench.ts [ENTRIES]
import { loadavg } from 'node:os';
import { markdownItRuns } from '../src/core/tagger/inlineRuns';
import { journalRuns } from '../src/core/tagger/journalRuns';
import { extractUserText, readRuns, type RunReader } from '../src/core/tagger/markdownText';
import { splitEntry } from '../src/core/entries/entrySplit';
import { journalEntry, mulberry32 } from './corpus';

const WORDS = 330;

function journal(count: number): string[] {
  const random = mulberry32(20261202); // reportBench.ts's seed and entry size
  return Array.from({ length: count }, (_, index) => journalEntry(random, index, WORDS));
}

function time(entries: readonly string[], read: RunReader): number {
  const start = performance.now();
  let blocks = 0;
  for (const entry of entries) {
    blocks += extractUserText(entry, read).length;
  }
  const ms = performance.now() - start;
  if (blocks === 0) {
    throw new Error('no blocks');
  }
  return ms;
}

if (require.main === module) {
  const count = Number(process.argv[2]) || 10_000;
  const entries = journal(count);
  const fast = entries.filter((entry) => journalRuns(splitEntry(entry).body) !== undefined).length;
  const load = loadavg()[0] ?? NaN;
  time(entries, readRuns);
  time(entries, markdownItRuns);
  let best = { shipped: Infinity, markdownIt: Infinity };
  for (let round = 0; round < 5; round++) {
    best = { shipped: Math.min(best.shipped, time(entries, readRuns)), markdownIt: Math.min(best.markdownIt, time(entries, markdownItRuns)) };
  }
  console.log(`load average (1 min) ${load.toFixed(1)} before, ${(loadavg()[0] ?? NaN).toFixed(1)} after; ${fast.toLocaleString('en')} of ${count.toLocaleString('en')} entries on the fast path`);
  console.log(`extractUserText, markdown-it alone: ${best.markdownIt.toFixed(0)} ms (${(best.markdownIt / count * 1000).toFixed(1)} µs per entry)`);
  console.log(`extractUserText, shipped reader:    ${best.shipped.toFixed(0)} ms (${(best.shipped / count * 1000).toFixed(1)} µs per entry) = ${(best.shipped / best.markdownIt).toFixed(2)}×`);
}
