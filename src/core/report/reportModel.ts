// What a journal report holds: the trends summary over the whole journal (or since a day), plus what
// was read and what was skipped. This is the JSON the CLI prints with `--json` and the input of the
// terminal and HTML renderers; its shape is a contract (see `JournalReport`), changed only with
// `version`.
import type { WeekStart } from '../calendar/isoWeek';
import { formatIsoDate, parseIsoDate, type LocalDate } from '../calendar/localDate';
import { byDateThenPath } from '../text/order';
import { isWritten } from '../trends/counted';
import type { IndexedEntry } from '../records/entryRecord';
import { summarise, type TrendSummary } from '../trends/summary';
import type { CalendarReport } from './calendarReport';

export const REPORT_FORMAT = 'leadership-journal-report';
/** 2: `unwritten`, and entries with nothing written or dated after today are in no number of the summary. */
export const REPORT_VERSION = 2;

/** Reports use ISO weeks (Monday first) and forgive weekends in streaks, as the view does by default. */
export const REPORT_WEEK_START: WeekStart = 1;

/** A file under the journal folder that is not read as an entry, and why. */
export interface SkippedFile {
  /** Journal-relative, '/'-separated. */
  readonly path: string;
  readonly reason: string;
}

export interface JournalReport {
  readonly format: typeof REPORT_FORMAT;
  readonly version: typeof REPORT_VERSION;
  /** The day the report is as of, `YYYY-MM-DD`. */
  readonly today: string;
  /** The first day included when asked for (`--since`), else null. */
  readonly since: string | null;
  /** Entries read (on or after `since`), those dated after `today` included. */
  readonly entries: number;
  /** The earliest and latest of their days; null with no entries. */
  readonly firstEntry: string | null;
  readonly lastEntry: string | null;
  /** Entries dated after `today`: in `entries`, but not in the summary, which ends today. */
  readonly future: number;
  /** Entries with nothing written in them yet (untouched scaffolds): in `entries`, in no number of the summary. */
  readonly unwritten: number;
  /** Files not read as entries, by path. */
  readonly skipped: readonly SkippedFile[];
  /**
   * The trends summary by week from `since` (or the first entry) to `today`: `totals` are the whole
   * range, `buckets` one per week (the first may start mid-week), and the heat-map, streaks, recent
   * traps and comparison end on `today` as in the trends view.
   */
  readonly summary: TrendSummary;
  /** With `--calendar`: the calendar's hours over the same weeks (calendarReport.ts); absent otherwise. */
  readonly calendar?: CalendarReport;
}

function byPath(a: SkippedFile, b: SkippedFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * The report for `entries` as of `today`. Entries before `since` are left out; the result does not
 * depend on the order of `entries` or `skipped`. Throws a RangeError when the range is too long to
 * cut into weeks (an entry dated centuries back; see `MAX_PERIODS`).
 */
export function buildReport(
  entries: readonly IndexedEntry[],
  skipped: readonly SkippedFile[],
  today: LocalDate,
  since?: LocalDate,
): JournalReport {
  const sinceText = since ? formatIsoDate(since) : null;
  const kept = entries.filter((entry) => sinceText === null || entry.date >= sinceText).sort(byDateThenPath);
  const todayText = formatIsoDate(today);
  const firstEntry = kept[0]?.date ?? null;
  const from = since ?? (firstEntry !== null ? parseIsoDate(firstEntry) : undefined) ?? today;
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    today: todayText,
    since: sinceText,
    entries: kept.length,
    firstEntry,
    lastEntry: kept.at(-1)?.date ?? null,
    future: kept.filter((entry) => entry.date > todayText).length,
    unwritten: kept.filter((entry) => !isWritten(entry)).length,
    skipped: [...skipped].sort(byPath),
    summary: summarise(kept, today, {
      granularity: 'week',
      weekStart: REPORT_WEEK_START,
      from,
      to: today,
      forgiveWeekends: true,
    }),
  };
}
