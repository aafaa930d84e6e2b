// The CLI's `report --json` over a generated journal on disk, as issue #13 asks it to be measured,
// each figure as a ratio in one run: beside the *parse floor* (a Node process that lists, reads and
// markdown-it-parses the same files) and the *read-only floor* (one that lists and reads them).
// Cold (no cache), then a second run with the cache (cost per unchanged entry), then 50,000 entries
// (time per entry beside 10,000's, and the peak RSS of the whole process, worker threads included).
// Whole processes, wall-clock, best of a few runs; needs the production bundle (dist/cli.js).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../scripts/vscodePaths';
import { journalEntry, mulberry32 } from './corpus';

export interface ReportFigures {
  readonly entries: number;
  readonly readFloorMs: number;
  readonly parseFloorMs: number;
  readonly coldMs: number;
  readonly warmMs: number;
  readonly emptyMs: number;
  readonly largeEntries: number;
  readonly largeColdMs: number;
  readonly largeParseFloorMs: number;
  readonly largePeakRssMb: number;
}

const WORDS = 330;

/** `count` entries of ~330 words in year/month folders under `dir` (deterministic). */
function writeJournal(dir: string, count: number): void {
  const random = mulberry32(20261202);
  for (let i = 0; i < count; i++) {
    const text = journalEntry(random, i, WORDS);
    const date = text.slice(10, 20);
    const path = join(dir, String(2000 + (i % 25)), date.slice(5, 7), `${date}-${i}.md`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

/** The floors: a plain Node script, reading with sync calls (the fastest Node has for many small files). */
const FLOOR_SCRIPT = `
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const parse = process.argv[3] === 'parse';
const md = parse ? require(process.argv[4])() : undefined;
let n = 0;
const walk = (dir) => {
  for (const child of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, child.name);
    if (child.isDirectory()) walk(path);
    else if (child.name.endsWith('.md')) { const text = readFileSync(path, 'utf8'); if (md) md.parse(text, {}); n++; }
  }
};
walk(process.argv[2]);
process.stdout.write(String(n));
`;

/** Prints the whole process's peak RSS (worker threads included) on stderr at exit. */
const RSS_SCRIPT = `
const { isMainThread } = require('node:worker_threads');
if (isMainThread) process.on('exit', () => process.stderr.write('\\nmaxrss-kb ' + process.resourceUsage().maxRSS + '\\n'));
`;

function timed(args: readonly string[], runs: number): { ms: number; stderr: string } {
  let best = Infinity;
  let stderr = '';
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = performance.now() - start;
    if (result.status !== 0) {
      throw new Error(`${args.join(' ')} failed: ${result.stderr.slice(0, 300)}`);
    }
    stderr = result.stderr;
    best = Math.min(best, ms);
  }
  return { ms: best, stderr };
}

export function runReportBench(entries = 10_000, largeEntries = 50_000): ReportFigures | string {
  const cli = join(repoRoot, 'dist', 'cli.js');
  if (!existsSync(cli)) {
    return 'dist/cli.js is missing: run `npm run build -- --production` first';
  }
  const root = mkdtempSync(join(tmpdir(), 'lj-report-bench-'));
  try {
    const floor = join(root, 'floor.js');
    const rss = join(root, 'rss.js');
    writeFileSync(floor, FLOOR_SCRIPT);
    writeFileSync(rss, RSS_SCRIPT);
    const markdownIt = require.resolve('markdown-it', { paths: [repoRoot] });
    const journal = join(root, 'journal');
    const empty = join(root, 'empty');
    mkdirSync(empty);
    writeJournal(journal, entries);
    const cache = join(root, 'cache');
    const readFloorMs = timed([floor, journal, 'read'], 3).ms;
    const parseFloorMs = timed([floor, journal, 'parse', markdownIt], 3).ms;
    let coldMs = Infinity;
    for (let run = 0; run < 3; run++) {
      rmSync(cache, { recursive: true, force: true });
      coldMs = Math.min(coldMs, timed([cli, 'report', journal, '--json', '--cache', cache], 1).ms);
    }
    const warmMs = timed([cli, 'report', journal, '--json', '--cache', cache], 3).ms;
    const emptyMs = timed([cli, 'report', empty, '--json', '--cache', cache], 3).ms;
    const checked = JSON.parse(spawnSync(process.execPath, [cli, 'report', journal, '--json', '--cache', cache], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout) as { entries: number };
    if (checked.entries !== entries) {
      return `report counted ${checked.entries} entries of ${entries}`;
    }
    rmSync(journal, { recursive: true, force: true });
    const large = join(root, 'large');
    writeJournal(large, largeEntries);
    const largeParseFloorMs = timed([floor, large, 'parse', markdownIt], 1).ms;
    const largeRun = timed(['--require', rss, cli, 'report', large, '--json', '--no-cache'], 1);
    const maxRss = Number(/maxrss-kb (\d+)/.exec(largeRun.stderr)?.[1] ?? NaN);
    return {
      entries, readFloorMs, parseFloorMs, coldMs, warmMs, emptyMs,
      largeEntries, largeColdMs: largeRun.ms, largeParseFloorMs, largePeakRssMb: maxRss / 1024,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function formatReportFigures(f: ReportFigures | string): string {
  if (typeof f === 'string') {
    return `report: skipped (${f})`;
  }
  const perEntry = (ms: number, n: number): string => `${(ms / n).toFixed(3)} ms`;
  const unchanged = Math.max(0, f.warmMs - f.emptyMs) / f.entries;
  const scaling = (f.largeColdMs / f.largeEntries) / (f.coldMs / f.entries);
  return [
    `parse floor (list, read and markdown-it-parse ${f.entries.toLocaleString('en')} entries of ~${WORDS} words, one Node process): ${f.parseFloorMs.toFixed(0)} ms; read-only floor: ${f.readFloorMs.toFixed(0)} ms`,
    `report --json, cold (no cache; writes one): ${f.coldMs.toFixed(0)} ms = ${(f.coldMs / f.parseFloorMs).toFixed(2)}× the parse floor (target ≤ 1.5×), ${(f.coldMs / f.readFloorMs).toFixed(2)}× the read-only floor (target ≤ 4×)`,
    `report --json, second run with the cache: ${f.warmMs.toFixed(0)} ms = ${(f.warmMs / f.parseFloorMs).toFixed(2)}× the parse floor (target ≤ 0.5×); `
      + `${(unchanged * 1000).toFixed(1)} µs per unchanged entry (beyond the ${f.emptyMs.toFixed(0)} ms of a report on an empty folder)`,
    `${f.largeEntries.toLocaleString('en')} entries, cold, no cache: ${f.largeColdMs.toFixed(0)} ms, ${perEntry(f.largeColdMs, f.largeEntries)} per entry beside ${perEntry(f.coldMs, f.entries)} at ${f.entries.toLocaleString('en')} `
      + `(${scaling.toFixed(2)}×, target ≤ 1.2×; ${(f.largeColdMs / f.largeParseFloorMs).toFixed(2)}× its parse floor); peak RSS ${f.largePeakRssMb.toFixed(0)} MB (target ≤ 150 MB)`,
  ].join('\n');
}

if (require.main === module) {
  const [entries, large] = process.argv.slice(2).map(Number);
  console.log(formatReportFigures(runReportBench(entries || undefined, large || undefined)));
}
