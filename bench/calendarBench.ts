// Calendar time audit figures (issue #16): ten years of a busy calendar, generated as a Google export
// (test/support/calendarGenerator.ts: ~30,000 occurrences from recurring series and one-offs),
// parsed, expanded and aggregated; and, in the same run on the same text, ical.js parsing it alone.
// Both run from one esbuild bundle (calendarBenchEntry.ts), alternating, five times each after a
// warm-up; the medians are compared. Wall-clock and CPU time are printed, with the load average,
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

export interface CalendarFigures {
  readonly megabytes: number;
  readonly components: number;
  readonly occurrences: number;
  readonly problems: number;
  readonly weeks: number;
  /** Medians of five runs, milliseconds: wall clock and CPU. */
  readonly parseWall: number;
  readonly parseCpu: number;
  readonly auditWall: number;
  readonly auditCpu: number;
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

export async function runCalendarBench(): Promise<CalendarFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'lj-calendar-bench-'));
  try {
    const entry = await loadEntry(dir);
    const calendar = generateCalendar({ seed: 16, firstYear: 2016, years: 10 });
    const from = { year: 2016, month: 1, day: 1 };
    const to = { year: 2025, month: 12, day: 31 };
    const audit = (): AuditRun => entry.audit(calendar.text, GENERATED_OWNER, from, to);
    entry.icalParse(calendar.text); // warm-up: compile both paths before timing
    audit();
    const parses: { wall: number; cpu: number }[] = [];
    const audits: { value: AuditRun; wall: number; cpu: number }[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      parses.push(timed(() => entry.icalParse(calendar.text)));
      audits.push(timed(audit));
    }
    const last = audits[audits.length - 1]?.value;
    return {
      megabytes: calendar.text.length / 1e6,
      components: calendar.components,
      occurrences: last?.occurrences ?? 0,
      problems: last?.problems ?? 0,
      weeks: last?.weeks ?? 0,
      parseWall: median(parses.map((run) => run.wall)),
      parseCpu: median(parses.map((run) => run.cpu)),
      auditWall: median(audits.map((run) => run.wall)),
      auditCpu: median(audits.map((run) => run.cpu)),
      readWall: median(audits.map((run) => run.value.readMs)),
      aggregateWall: median(audits.map((run) => run.value.aggregateMs)),
      load: loadavg(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatCalendarFigures(f: CalendarFigures): string {
  const ratioWall = f.auditWall / f.parseWall;
  const ratioCpu = f.auditCpu / f.parseCpu;
  return [
    `calendar: ten years, ${f.megabytes.toFixed(1)} MB, ${f.components.toLocaleString('en')} VEVENTs → ${f.occurrences.toLocaleString('en')} occurrences counted, ${f.weeks} weeks, ${f.problems} problems`,
    `parse, expand and aggregate:   ${f.auditWall.toFixed(0)} ms wall, ${f.auditCpu.toFixed(0)} ms CPU   (target ≤ 1000 ms; read ${f.readWall.toFixed(0)} + aggregate ${f.aggregateWall.toFixed(0)} ms wall; median of ${RUNS})`,
    `ical.js alone parsing it:      ${f.parseWall.toFixed(0)} ms wall, ${f.parseCpu.toFixed(0)} ms CPU`,
    `ratio to ical.js alone:        ${ratioWall.toFixed(2)}× wall, ${ratioCpu.toFixed(2)}× CPU   (target ≤ 3×)`,
    `load average while measured:   ${f.load.map((value) => value.toFixed(1)).join(', ')} (1, 5, 15 min) on this machine's cores`,
  ].join('\n');
}

if (require.main === module) {
  void runCalendarBench().then((figures) => console.log(formatCalendarFigures(figures)));
}
