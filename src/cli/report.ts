// `leadership-journal report DIR [--since DATE] [--json | --html FILE] [--cache DIR | --no-cache]
// [--calendar FILE… [--me ADDRESS]]`: the trends view's numbers over a journal folder on disk, as a
// terminal summary (default), as JSON on stdout, or as one self-contained HTML file. With
// `--calendar`, the calendar's hours over the same weeks too (reportCalendar.ts). The folder is read through the journal catalogue,
// kept between runs in a cache (reportJournal.ts, reportCache.ts), so a second report reads only
// the files that changed.
//
// Exit codes: 0 when the report was made (files that are not entries are skipped, listed on stderr
// and in the JSON, and do not fail it); 2 for a usage error, a bad DATE, or a DIR that is missing,
// unreadable or not a folder; 1 when the report cannot be computed or FILE cannot be written. An
// existing FILE is replaced, as `>` would; a FILE that is a folder cannot be written (exit 1).
import { stat, writeFile } from 'node:fs/promises';
import { localDateOf, parseIsoDate, type LocalDate } from '../core/calendar/localDate';
import { renderHtmlReport } from '../core/report/htmlReport';
import { buildReport, type JournalReport, type SkippedFile } from '../core/report/reportModel';
import { renderTextReport } from '../core/report/textReport';
import { errorMessage } from '../core/text/errorMessage';
import { plural } from '../core/text/format';
import { terminalJson, terminalSafe } from '../core/text/terminalSafe';
import type { CliIo } from './io';
import { reportCalendar } from './reportCalendar';
import { readJournal, type CacheChoice, type ReadJournal } from './reportJournal';

export interface ReportArgs {
  readonly dir: string;
  readonly since: LocalDate | undefined;
  readonly output: { readonly format: 'text' } | { readonly format: 'json' } | { readonly format: 'html'; readonly file: string };
  readonly cache: CacheChoice;
  /** Threads to make records on, this one included (`--jobs`); undefined: one per spare core (spareThreads.ts). */
  readonly jobs: number | undefined;
  /** `.ics` files or folders of them (`--calendar`), and the user's own addresses in them (`--me`). */
  readonly calendars: readonly string[];
  readonly me: readonly string[];
}

export const REPORT_USAGE = 'Usage: leadership-journal report DIR [--since YYYY-MM-DD] [--json | --html FILE] [--cache DIR | --no-cache] [--jobs N] [--calendar FILE… [--me ADDRESS]]';

/** Skipped files named on stderr before the rest are only counted. */
export const SKIPPED_SHOWN = 10;

/** The arguments after `report`, or a message saying what is wrong with them. */
export function parseReportArgs(args: readonly string[]): ReportArgs | string {
  const dirs: string[] = [];
  let since: LocalDate | undefined;
  let json = false;
  let html: string | undefined;
  let cacheDir: string | undefined;
  let noCache = false;
  let jobs: number | undefined;
  const calendars: string[] = [];
  const me: string[] = [];
  let sawCalendar = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => {
      if (inline !== undefined) {
        return inline;
      }
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) {
        return undefined;
      }
      i++;
      return next;
    };
    if (name === '--since') {
      const text = value();
      if (text === undefined) {
        return '--since needs a DATE (YYYY-MM-DD)';
      }
      since = parseIsoDate(text);
      if (since === undefined) {
        return `--since: "${text}" is not a date; use YYYY-MM-DD, e.g. 2026-01-01`;
      }
    } else if (name === '--json' && inline === undefined) {
      json = true;
    } else if (name === '--html') {
      html = value();
      if (html === undefined || html === '') {
        return '--html needs a FILE to write';
      }
    } else if (name === '--cache') {
      cacheDir = value();
      if (cacheDir === undefined || cacheDir === '') {
        return '--cache needs a DIR to keep the cache in';
      }
    } else if (name === '--no-cache' && inline === undefined) {
      noCache = true;
    } else if (name === '--jobs') {
      const count = Number(value());
      if (!Number.isInteger(count) || count < 1 || count > 64) {
        return '--jobs needs a whole number from 1 to 64';
      }
      jobs = count;
    } else if (name === '--calendar') {
      // Every argument up to the next option is a calendar: `--calendar a.ics b.ics`.
      sawCalendar = true;
      const first = value();
      if (first === undefined || first === '') {
        return '--calendar needs at least one FILE (an .ics file or a folder of them)';
      }
      calendars.push(first);
      while (inline === undefined && args[i + 1] !== undefined && !(args[i + 1] ?? '').startsWith('-')) {
        calendars.push(args[++i] ?? '');
      }
    } else if (name === '--me') {
      const address = value();
      if (address === undefined || !address.includes('@')) {
        return '--me needs your e-mail ADDRESS as it appears in the calendar';
      }
      me.push(address.replace(/^mailto:/i, '').toLowerCase());
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option "${arg}"`;
    } else {
      dirs.push(arg);
    }
  }
  if (json && html !== undefined) {
    return '--json and --html cannot be used together: choose one';
  }
  if (noCache && cacheDir !== undefined) {
    return '--cache and --no-cache cannot be used together: choose one';
  }
  if (me.length > 0 && !sawCalendar) {
    return '--me is only used with --calendar';
  }
  if (dirs.length !== 1 || dirs[0] === undefined) {
    return dirs.length === 0 ? 'expected the journal folder, DIR' : `expected one DIR, got ${dirs.length}: ${dirs.join(' ')}`;
  }
  const output = html !== undefined ? { format: 'html' as const, file: html } : { format: json ? 'json' as const : 'text' as const };
  const cache: CacheChoice = noCache ? { kind: 'none' } : cacheDir !== undefined ? { kind: 'dir', dir: cacheDir } : { kind: 'default' };
  return { dir: dirs[0], since, output, cache, jobs, calendars, me };
}

/** Why `dir` cannot be read as a journal folder, or undefined when it can. */
async function folderProblem(dir: string): Promise<string | undefined> {
  try {
    return (await stat(dir)).isDirectory() ? undefined : `${terminalSafe(dir)} is not a folder`;
  } catch (error) {
    return `cannot read the journal folder ${terminalSafe(dir)}: ${terminalSafe(errorMessage(error))}`;
  }
}

function reportSkipped(skipped: readonly SkippedFile[], io: CliIo): void {
  if (skipped.length === 0) {
    return;
  }
  const lines = skipped.slice(0, SKIPPED_SHOWN).map((file) => `  ${terminalSafe(file.path)}: ${terminalSafe(file.reason)}`);
  if (skipped.length > SKIPPED_SHOWN) {
    lines.push(`  … and ${skipped.length - SKIPPED_SHOWN} more (--json lists them all)`);
  }
  io.stderr(`leadership-journal report: skipped ${skipped.length === 1 ? '1 file that is not an entry' : `${skipped.length} files that are not entries`}:\n${lines.join('\n')}\n`);
}

export async function runReport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseReportArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`leadership-journal report: ${terminalSafe(parsed)}\n${REPORT_USAGE}\n`);
    return 2;
  }
  const problem = await folderProblem(parsed.dir);
  if (problem !== undefined) {
    io.stderr(`leadership-journal report: ${problem}\n`);
    return 2;
  }
  let journal: ReadJournal;
  try {
    journal = await readJournal(parsed.dir, parsed.cache, io, parsed.jobs);
  } catch (error) {
    // Each file's trouble is a skip with its reason: only the journal folder itself failing lands here.
    io.stderr(`leadership-journal report: cannot read the journal folder ${terminalSafe(parsed.dir)}: ${terminalSafe(errorMessage(error))}\n`);
    return 2;
  }
  reportSkipped(journal.skipped, io);
  let report: JournalReport;
  try {
    report = buildReport(journal.entries, journal.skipped, localDateOf(io.now()), parsed.since);
  } catch (error) {
    io.stderr(`leadership-journal report: cannot compute the report: ${terminalSafe(errorMessage(error))}\n`);
    return 1;
  }
  if (parsed.calendars.length > 0) {
    const calendar = await reportCalendar(parsed.dir, parsed.calendars, parsed.me, report.summary, io);
    if (typeof calendar === 'string') {
      io.stderr(`leadership-journal report: ${calendar}\n`);
      return 2;
    }
    report = { ...report, calendar };
  }
  return printReport(report, parsed, io);
}

/**
 * The report as `--json`, `--html FILE` or text asks (the plain and the encrypted journal's report
 * alike, cli/encryption/encryptedReport.ts): what reaches the terminal is made safe for it first.
 */
export async function printReport(report: JournalReport, parsed: Pick<ReportArgs, 'dir' | 'output'>, io: CliIo): Promise<number> {
  switch (parsed.output.format) {
    case 'text':
      io.stdout(renderTextReport(report, parsed.dir)); // Escapes the folder's name and the entries' text itself.
      return 0;
    case 'json':
      io.stdout(`${terminalJson(report, 2)}\n`);
      return 0;
    case 'html': {
      const file = parsed.output.file;
      try {
        await writeFile(file, renderHtmlReport(report, { journal: parsed.dir, generator: `leadership-journal ${io.version}` }), 'utf8');
      } catch (error) {
        io.stderr(`leadership-journal report: cannot write ${terminalSafe(file)}: ${terminalSafe(errorMessage(error))}\n`);
        return 1;
      }
      io.stdout(`Wrote ${terminalSafe(file)}: ${plural(report.summary.totals.entries, 'entry', 'entries')} as of ${report.today}.\n`);
      return 0;
    }
  }
}
