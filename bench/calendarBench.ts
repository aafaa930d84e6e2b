// Calendar time audit figures (issue #16): ten years of a busy calendar, generated as a Google export
// (test/support/calendarGenerator.ts: ~30,000 occurrences from recurring series and one-offs),
// parsed, expanded and aggregated; and, in the same run, ical.js parsing it alone — the whole file, and
// the file cut down to what the audit reads (each VEVENT's used properties: the audit no longer hands
// ical.js the rest, so that is the like-for-like comparison, and the whole file the user's). All run
// from one esbuild bundle (calendarBenchEntry.ts), alternating, five times each after a warm-up; the
// medians are compared, and the best runs printed beside them. Wall-clock and CPU time are printed, with the load average,
// because this project's machines are shared: CPU time is what the code costs, wall time what a
// user waits on a busy machine.
//
//   node --expose-gc --import tsx bench/calendarBench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { repoRoot } from '../scripts/vscodePaths';
import { GENERATED_OWNER, generateCalendar } from '../test/support/calendarGenerator';
import type * as EntryModule from './calendarBenchEntry';
import type { AuditRun } from './calendarBenchEntry';

type Entry = typeof EntryModule;

/** Milliseconds of one thing timed over the runs: wall clock and CPU, median and best. */
export interface Timing {
  readonly wall: number;
  readonly cpu: number;
  readonly bestWall: number;
  readonly bestCpu: number;
}

export interface CalendarFigures {
  readonly megabytes: number;
  /** The same calendar cut down to what the audit reads (calendarBenchEntry.ts usedPropertiesOnly). */
  readonly usedMegabytes: number;
  readonly components: number;
  readonly occurrences: number;
  /** Occurrences the audit counts in the cut-down text: the same, or the cut was wrong. */
  readonly usedOccurrences: number;
  readonly problems: number;
  readonly weeks: number;
  readonly audit: Timing;
  /** ical.js alone parsing the whole file, and parsing only what the audit reads. */
  readonly parse: Timing;
  readonly parseUsed: Timing;
  /** Medians, wall clock, of the audit's two parts. */
  readonly readWall: number;
  readonly aggregateWall: number;
  readonly load: readonly number[];
}

const RUNS = 5;

async function loadEntry(dir: string): Promise<Entry> {
  const outfile = join(dir, 'calendarBench.js');
  await esbuild.build({
    entryPoints: ['bench/calendarBenchEntry.ts'], outfile, bundle: true, minify: true, platform: 'node', format: 'cjs',
    target: 'node20', logLevel: 'silent', absWorkingDir: repoRoot,
  });
  // The bundle is CommonJS: import() gives its exports by name (esbuild marks them __esModule, which
  // tsx honours) or, under plain Node, as the default export.
  const loaded = (await import(pathToFileURL(outfile).href)) as Partial<Entry> & { default?: Entry };
  return loaded.icalParse ? (loaded as Entry) : (loaded.default as Entry);
}

function timed<T>(run: () => T): { value: T; wall: number; cpu: number } {
  global.gc?.();
  const cpuBefore = process.cpuUsage();
  const before = performance.now();
  const value = run();
  const wall = performance.now() - before;
  const cpu = process.cpuUsage(cpuBefore);
  return { value, wall, cpu: (cpu.user + cpu.system) / 1000 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function summary(runs: readonly { wall: number; cpu: number }[]): Timing {
  const walls = runs.map((run) => run.wall);
  const cpus = runs.map((run) => run.cpu);
  return { wall: median(walls), cpu: median(cpus), bestWall: Math.min(...walls), bestCpu: Math.min(...cpus) };
}

export async function runCalendarBench(): Promise<CalendarFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'lj-calendar-bench-'));
  try {
    const entry = await loadEntry(dir);
    const calendar = generateCalendar({ seed: 16, firstYear: 2016, years: 10 });
    const used = entry.usedPropertiesOnly(calendar.text);
    const from = { year: 2016, month: 1, day: 1 };
    const to = { year: 2025, month: 12, day: 31 };
    const audit = (): AuditRun => entry.audit(calendar.text, GENERATED_OWNER, from, to);
    const usedOccurrences = entry.audit(used, GENERATED_OWNER, from, to).occurrences;
    entry.icalParse(calendar.text); // warm-up: compile every path before timing
    entry.icalParse(used);
    audit();
    const parses: { wall: number; cpu: number }[] = [];
    const parsesUsed: { wall: number; cpu: number }[] = [];
    const audits: { value: AuditRun; wall: number; cpu: number }[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      parses.push(timed(() => entry.icalParse(calendar.text)));
      parsesUsed.push(timed(() => entry.icalParse(used)));
      audits.push(timed(audit));
    }
    const last = audits[audits.length - 1]?.value;
    return {
      megabytes: calendar.text.length / 1e6,
      usedMegabytes: used.length / 1e6,
      components: calendar.components,
      occurrences: last?.occurrences ?? 0,
      usedOccurrences,
      problems: last?.problems ?? 0,
      weeks: last?.weeks ?? 0,
      audit: summary(audits),
      parse: summary(parses),
      parseUsed: summary(parsesUsed),
      readWall: median(audits.map((run) => run.value.readMs)),
      aggregateWall: median(audits.map((run) => run.value.aggregateMs)),
      load: loadavg(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatCalendarFigures(f: CalendarFigures): string {
  const ms = (t: Timing): string => `${t.wall.toFixed(0)} ms wall, ${t.cpu.toFixed(0)} ms CPU (best ${t.bestWall.toFixed(0)} / ${t.bestCpu.toFixed(0)})`;
  const ratio = (a: Timing, b: Timing): string => `${(a.wall / b.wall).toFixed(2)}× wall, ${(a.cpu / b.cpu).toFixed(2)}× CPU (best ${(a.bestWall / b.bestWall).toFixed(2)}× / ${(a.bestCpu / b.bestCpu).toFixed(2)}×)`;
  return [
    `calendar: ten years, ${f.megabytes.toFixed(1)} MB, ${f.components.toLocaleString('en')} VEVENTs → ${f.occurrences.toLocaleString('en')} occurrences counted, ${f.weeks} weeks, ${f.problems} problems`,
    `parse, expand and aggregate:       ${ms(f.audit)}   (target ≤ 1000 ms; read ${f.readWall.toFixed(0)} + aggregate ${f.aggregateWall.toFixed(0)} ms wall; medians of ${RUNS})`,
    `ical.js alone, the whole file:     ${ms(f.parse)}`,
    `ical.js alone, what the audit reads (${f.usedMegabytes.toFixed(1)} MB, ${f.usedOccurrences.toLocaleString('en')} occurrences counted from it): ${ms(f.parseUsed)}`,
    `ratio to ical.js on the whole file:       ${ratio(f.audit, f.parse)}   (target ≤ 3×)`,
    `ratio to ical.js on what the audit reads: ${ratio(f.audit, f.parseUsed)}   (target ≤ 3×)`,
    `load average while measured:   ${f.load.map((value) => value.toFixed(1)).join(', ')} (1, 5, 15 min) on this machine's cores`,
  ].join('\n');
}

if (require.main === module) {
  void runCalendarBench().then((figures) => console.log(formatCalendarFigures(figures)));
}
