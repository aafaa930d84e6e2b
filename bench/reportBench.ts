// The CLI's `report --json` over a generated journal on disk, as issue #13 asks it to be measured,
// each figure as a ratio in one run: beside the *parse floor* (a Node process that lists, reads and
// markdown-it-parses the same files) and the *read-only floor* (one that lists and reads them).
// Cold (no cache), then a second run with the cache (cost per unchanged entry), then 50,000 entries
// (time per entry beside 10,000's, and the peak RSS of the whole process, worker threads included),
// with --no-cache and then as a user runs it by default: writing the cache in the default folder.
// Whole processes, wall-clock, best of a few runs; needs the production bundle (dist/cli.js). The
// machine is shared, so the load average is printed with the figures, and beside each time the CPU
// the process used (all its threads), which a busy machine inflates less than the wall clock.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../scripts/vscodePaths';
import { journalEntry, mulberry32 } from './corpus';
import { markdownIt as markdownItPath, timed, writeFloorScripts, type Timed } from './floors';

export interface ReportFigures {
  readonly entries: number;
  readonly readFloor: Timed;
  readonly parseFloor: Timed;
  readonly cold: Timed;
  readonly warm: Timed;
  readonly empty: Timed;
  readonly largeEntries: number;
  readonly largeCold: Timed;
  readonly largeParseFloor: Timed;
  readonly largePeakRssMb: number;
  /** The 50,000 cold again with no cache option (the default a user gets): it writes the cache in the default folder. */
  readonly largeDefault: Timed;
  readonly largeDefaultPeakRssMb: number;
  /** The 1-minute load average before and after. */
  readonly load: readonly [number, number];
}

const WORDS = 330;

/** `count` entries of ~330 words in year/month folders under `dir` (deterministic): the bench's journal. */
export function writeJournal(dir: string, count: number): void {
  const random = mulberry32(20261202);
  for (let i = 0; i < count; i++) {
    const text = journalEntry(random, i, WORDS);
    const date = text.slice(10, 20);
    const path = join(dir, String(2000 + (i % 25)), date.slice(5, 7), `${date}-${i}.md`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

const load = (): number => loadavg()[0] ?? NaN;

/**
 * `extra`: more arguments for every report run (`--jobs 2` measures the two-thread report whatever
 * the load); `cli`: another build of the CLI to measure (an earlier one, to compare in one sitting).
 */
export function runReportBench(entries = 10_000, largeEntries = 50_000, extra: readonly string[] = [], cli = join(repoRoot, 'dist', 'cli.js')): ReportFigures | string {
  if (!existsSync(cli)) {
    return 'dist/cli.js is missing: run `npm run build -- --production` first';
  }
  const root = mkdtempSync(join(tmpdir(), 'lj-report-bench-'));
  try {
    const { floor, rss } = writeFloorScripts(root);
    const markdownIt = markdownItPath();
    const journal = join(root, 'journal');
    const emptyDir = join(root, 'empty');
    mkdirSync(emptyDir);
    writeJournal(journal, entries);
    const cache = join(root, 'cache');
    const loadBefore = load();
    const readFloor = timed(rss, [floor, journal, 'read'], 3);
    const parseFloor = timed(rss, [floor, journal, 'parse', markdownIt], 3);
    let cold: Timed = { ms: Infinity, cpuMs: Infinity };
    for (let run = 0; run < 3; run++) {
      rmSync(cache, { recursive: true, force: true });
      const one = timed(rss, [cli, 'report', journal, '--json', '--cache', cache, ...extra], 1);
      cold = one.ms < cold.ms ? one : cold;
    }
    const warm = timed(rss, [cli, 'report', journal, '--json', '--cache', cache, ...extra], 3);
    const empty = timed(rss, [cli, 'report', emptyDir, '--json', '--cache', cache], 3);
    const checked = JSON.parse(spawnSync(process.execPath, [cli, 'report', journal, '--json', '--cache', cache], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout) as { entries: number };
    if (checked.entries !== entries) {
      return `report counted ${checked.entries} entries of ${entries}`;
    }
    rmSync(journal, { recursive: true, force: true });
    const large = join(root, 'large');
    writeJournal(large, largeEntries);
    const largeParseFloor = timed(rss, [floor, large, 'parse', markdownIt], 1);
    const largeRun = timed(rss, [cli, 'report', large, '--json', '--no-cache', ...extra], 1);
    const maxRss = Number(/maxrss-kb (\d+)/.exec(largeRun.stderr)?.[1] ?? NaN);
    // The default folder, $XDG_CACHE_HOME/leadership-journal (cacheFolder.ts), pointed into the bench's folder.
    const xdg = join(root, 'xdg');
    const defaultRun = timed(rss, [cli, 'report', large, '--json', ...extra], 1, { ...process.env, XDG_CACHE_HOME: xdg });
    const written = existsSync(join(xdg, 'leadership-journal')) ? readdirSync(join(xdg, 'leadership-journal')) : [];
    if (!written.some((name) => name.endsWith('.catalogue'))) {
      return `the default report at ${largeEntries} wrote no cache in ${xdg}/leadership-journal`;
    }
    return {
      entries, readFloor, parseFloor, cold, warm, empty,
      largeEntries, largeCold: { ms: largeRun.ms, cpuMs: largeRun.cpuMs, ...(largeRun.workers === undefined ? {} : { workers: largeRun.workers }) }, largeParseFloor, largePeakRssMb: maxRss / 1024,
      largeDefault: { ms: defaultRun.ms, cpuMs: defaultRun.cpuMs, ...(defaultRun.workers === undefined ? {} : { workers: defaultRun.workers }) },
      largeDefaultPeakRssMb: Number(/maxrss-kb (\d+)/.exec(defaultRun.stderr)?.[1] ?? NaN) / 1024,
      load: [loadBefore, load()],
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
  const threads = (t: Timed): string => (t.workers === undefined || Number.isNaN(t.workers) ? '' : `, ${1 + t.workers} thread${t.workers === 0 ? '' : 's'}`);
  const time = (t: Timed): string => `${t.ms.toFixed(0)} ms (CPU ${t.cpuMs.toFixed(0)} ms${threads(t)})`;
  const ratio = (a: Timed, b: Timed): string => `${(a.ms / b.ms).toFixed(2)}× (CPU ${(a.cpuMs / b.cpuMs).toFixed(2)}×)`;
  const unchanged = Math.max(0, f.warm.ms - f.empty.ms) / f.entries;
  const scaling = (f.largeCold.ms / f.largeEntries) / (f.cold.ms / f.entries);
  return [
    `load average (1 min) ${f.load[0].toFixed(1)} before, ${f.load[1].toFixed(1)} after, on ${availableParallelism()} cores`,
    `parse floor (list, read and markdown-it-parse ${f.entries.toLocaleString('en')} entries of ~${WORDS} words, one Node process): ${time(f.parseFloor)}; read-only floor: ${time(f.readFloor)}`,
    `report --json, cold (no cache; writes one): ${time(f.cold)} = ${ratio(f.cold, f.parseFloor)} the parse floor (target ≤ 1.5×), ${ratio(f.cold, f.readFloor)} the read-only floor (target ≤ 4×)`,
    `report --json, second run with the cache: ${time(f.warm)} = ${ratio(f.warm, f.parseFloor)} the parse floor (target ≤ 0.5×); `
      + `${(unchanged * 1000).toFixed(1)} µs per unchanged entry (beyond the ${f.empty.ms.toFixed(0)} ms of a report on an empty folder)`,
    `${f.largeEntries.toLocaleString('en')} entries, cold, no cache: ${time(f.largeCold)}, ${perEntry(f.largeCold.ms, f.largeEntries)} per entry beside ${perEntry(f.cold.ms, f.entries)} at ${f.entries.toLocaleString('en')} `
      + `(${scaling.toFixed(2)}×, target ≤ 1.2×; ${ratio(f.largeCold, f.largeParseFloor)} its parse floor); peak RSS ${f.largePeakRssMb.toFixed(0)} MB (target ≤ 150 MB)`,
    `${f.largeEntries.toLocaleString('en')} entries, cold, the default (no cache option; writes the cache in the default folder): ${time(f.largeDefault)}, `
      + `${ratio(f.largeDefault, f.largeParseFloor)} its parse floor; peak RSS ${f.largeDefaultPeakRssMb.toFixed(0)} MB (target ≤ 150 MB)`,
  ].join('\n');
}

if (require.main === module) {
  // tsx bench/reportBench.ts [ENTRIES [LARGE [CLI.js]]] [-- REPORT ARGS…], e.g. `10000 50000 -- --jobs 2`.
  const args = process.argv.slice(2);
  const dash = args.indexOf('--');
  const [entries, large, cli] = dash < 0 ? args : args.slice(0, dash);
  const extra = dash < 0 ? [] : args.slice(dash + 1);
  console.log(`${cli ?? 'dist/cli.js'} ${extra.join(' ')}`);
  console.log(formatReportFigures(runReportBench(Number(entries) || undefined, Number(large) || undefined, extra, cli)));
}
