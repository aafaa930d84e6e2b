// What a journal report holds: the trends summary over the whole journal (or since a day), plus what
// was read and what was skipped. This is the JSON the CLI prints with `--json` and the input of the
// terminal and HTML renderers; its shape is a contract (see `JournalReport`), changed only with
// `version`.
import type { WeekStart } from '../calendar/isoWeek';
import { formatIsoDate, parseIsoDate, type LocalDate } from '../calendar/localDate';
import { byDateThenPath } from '../text/order';
import { isWritten } from '../trends/counted';
import type { IndexedEntry } from '../records/entryRecord';
import { summarise, type SummaryOptions, type TrendSummary } from '../trends/summary';
import type { CalendarReport } from './calendarReport';

export const REPORT_FORMAT = 'leadership-journal-report';
/**
 * 2: `unwritten`, and entries with nothing written or dated after today are in no number of the summary.
 * 3: private entries are counted but never named: not among the people, not in the traps' lists of entries.
 */
export const REPORT_VERSION = 3;

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
  /** Private entries in `entries` (`private: true` or `#private`): counted in the summary, named nowhere in it. */
  readonly private: number;
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
    summary: withoutNames(kept, today, {
      granularity: 'week',
      weekStart: REPORT_WEEK_START,
      from,
      to: today,
      forgiveWeekends: true,
    }),
    private: kept.filter(isPrivate).length,
  };
}

function isPrivate(entry: IndexedEntry): boolean {
  return entry.private === true;
}

/**
 * The summary of `entries`, every number counting the private ones as the trends do, but the parts
 * that name people or entries read from the others only: the people table and each week's people,
 * and each trap's list of entries (its count still counts them).
 */
function withoutNames(entries: readonly IndexedEntry[], today: LocalDate, options: SummaryOptions): TrendSummary {
  const summary = summarise(entries, today, options);
  const hidden = new Set(entries.filter(isPrivate).map((entry) => entry.path));
  if (hidden.size === 0) {
    return summary;
  }
  const shown = summarise(entries.filter((entry) => !isPrivate(entry)), today, options);
  const bucketPeople = new Map(shown.buckets.map((bucket) => [bucket.key, bucket.people]));
  return {
    ...summary,
    buckets: summary.buckets.map((bucket) => ({ ...bucket, people: bucketPeople.get(bucket.key) ?? [] })),
    people: shown.people,
    recentTraps: {
      ...summary.recentTraps,
      traps: summary.recentTraps.traps.map((trap) => ({ ...trap, entries: trap.entries.filter((sighting) => !hidden.has(sighting.path)) })),
    },
  };
}
