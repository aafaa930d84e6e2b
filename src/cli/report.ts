// `leadership-journal report DIR [--since DATE] [--json | --html FILE] [--cache DIR | --no-cache]
// [--calendar FILE… [--me ADDRESS]]`: the trends view's numbers over a journal folder on disk, as a
// terminal summary (default), as JSON on stdout, or as one self-contained HTML file. With
// `--calendar`, the calendar's hours over the same weeks too (reportCalendar.ts). The folder is read
// through the journal catalogue, kept between runs in a cache (reportJournal.ts, reportCache.ts), so
// a second report reads only the files that changed. The calendar, the HTML page and the terminal
// summary are each loaded only when asked for (ical.js alone is a tenth of the CLI bundle).
//
// Exit codes: 0 when the report was made (files that are not entries are skipped, listed on stderr
// and in the JSON, and do not fail it); 2 for a usage error, a bad DATE, or a DIR that is missing,
// unreadable or not a folder; 1 when the report cannot be computed or FILE cannot be written. An
// existing FILE is replaced, as `>` would; a FILE that is a folder cannot be written (exit 1).
import { statSync, writeFileSync } from 'node:fs';
import { localDateOf } from '../core/calendar/localDate';
import { buildReport, type JournalReport, type SkippedFile } from '../core/report/reportModel';
import { errorMessage } from '../core/text/errorMessage';
import { plural, pluralMessage } from '../core/text/format';
import { terminalJson, terminalSafe } from '../core/text/terminalSafe';
import type { CliIo } from './io';
import { parseReportArgs, REPORT_USAGE, type ReportArgs } from './reportArgs';
import { readJournal, type ReadJournal } from './reportJournal';

/** Skipped files named on stderr before the rest are only counted. */
export const SKIPPED_SHOWN = 10;

/** Why `dir` cannot be read as a journal folder, or undefined when it can. */
function folderProblem(dir: string): string | undefined {
  try {
    return statSync(dir).isDirectory() ? undefined : `${terminalSafe(dir)} is not a folder`;
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
  io.stderr(`leadership-journal report: skipped ${pluralMessage(skipped.length, '{0} file that is not an entry', '{0} files that are not entries')}:\n${lines.join('\n')}\n`);
}

export async function runReport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseReportArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`leadership-journal report: ${terminalSafe(parsed)}\n${REPORT_USAGE}\n`);
    return 2;
  }
  const problem = folderProblem(parsed.dir);
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
    const { reportCalendar } = await import('./reportCalendar');
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
      io.stdout((await import('../core/report/textReport')).renderTextReport(report, parsed.dir)); // Escapes the folder's name and the entries' text itself.
      return 0;
    case 'json':
      io.stdout(`${terminalJson(report, 2)}\n`);
      return 0;
    case 'html': {
      const file = parsed.output.file;
      try {
        const { renderHtmlReport } = await import('../core/report/htmlReport');
        writeFileSync(file, renderHtmlReport(report, { journal: parsed.dir, generator: `leadership-journal ${io.version}` }), 'utf8');
      } catch (error) {
        io.stderr(`leadership-journal report: cannot write ${terminalSafe(file)}: ${terminalSafe(errorMessage(error))}\n`);
        return 1;
      }
      io.stdout(`Wrote ${terminalSafe(file)}: ${plural(report.summary.totals.entries, 'entry', 'entries')} as of ${report.today}.\n`);
      return 0;
    }
  }
}
