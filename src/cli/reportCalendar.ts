// `report --calendar FILE… [--me ADDRESS]`: reads the calendars (files, or folders of `.ics` files)
// and the journal's own rules (DIR/.calendar/rules.yml, if there is one), and adds the calendar's
// numbers to the report (core/report/calendarReport.ts). Every problem — a file that cannot be read,
// a mistake in rules.yml, a broken event — is one line on stderr and the rest is still counted; the
// report itself never holds a title or an address. Only when no calendar can be read at all is it an
// error (a message the caller prints, exit 2).
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCalendarReport, type CalendarReport } from '../core/report/calendarReport';
import { errorMessage } from '../core/text/errorMessage';
import { terminalSafe } from '../core/text/terminalSafe';
import { CALENDAR_FOLDER, readRulesFile, RULES_FILE } from '../core/timeAudit/calendarFiles';
import type { CalendarText } from '../core/timeAudit/readCalendars';
import type { TrendSummary } from '../core/trends/summary';
import type { CliIo } from './io';

export async function reportCalendar(dir: string, calendars: readonly string[], me: readonly string[], summary: TrendSummary, io: CliIo): Promise<CalendarReport | string> {
  const warn = (message: string): void => io.stderr(`leadership-journal report: ${terminalSafe(message)}\n`);
  const texts: CalendarText[] = [];
  for (const path of calendars) {
    let files: string[];
    try {
      files = (await stat(path)).isDirectory()
        ? (await readdir(path)).filter((name) => name.toLowerCase().endsWith('.ics')).sort().map((name) => join(path, name))
        : [path];
    } catch (error) {
      warn(`cannot read the calendar ${path}: ${errorMessage(error)}; the other calendars are still counted`);
      continue;
    }
    if (files.length === 0) {
      warn(`the folder ${path} holds no .ics file`);
    }
    for (const file of files) {
      try {
        texts.push({ name: file, text: await io.readFile(file) });
      } catch (error) {
        warn(`cannot read the calendar ${file}: ${errorMessage(error)}; the other calendars are still counted`);
      }
    }
  }
  if (texts.length === 0) {
    return `no calendar could be read from ${calendars.map(terminalSafe).join(', ')}`;
  }
  let rulesText: string | undefined;
  const rulesPath = join(dir, CALENDAR_FOLDER, RULES_FILE);
  try {
    rulesText = await io.readFile(rulesPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      warn(`cannot read ${rulesPath} (${errorMessage(error)}); the built-in rules apply`);
    }
  }
  const rules = readRulesFile(rulesText);
  for (const problem of rules.problems) {
    warn(`${join(dir, CALENDAR_FOLDER)}/${problem}`);
  }
  const { report, audit } = buildCalendarReport(summary, { texts, rules: rules.rules, me });
  for (const problem of audit.problems) {
    warn(problem.message);
  }
  return report;
}
