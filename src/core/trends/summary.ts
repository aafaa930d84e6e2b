// Everything the trends view shows, computed in one call and returned as plain JSON data (no Maps,
// no functions, no undefined, no NaN), so the host or a worker can post it to the webview or cache
// it, and `JSON.parse(JSON.stringify(summary))` is the same summary.
import type { WeekStart } from '../calendar/isoWeek';
import { formatIsoDate, type LocalDate } from '../calendar/localDate';
import { aggregate, type Bucket } from './aggregate';
import { countedEntries } from './counted';
import { compareRecent, DEFAULT_COMPARE, type Comparison, type CompareOptions } from './compare';
import { rankFunctions, type FunctionRank } from './functionRanking';
import { calendarHeatmap, HEATMAP_DAYS, type HeatmapDay } from './heatmap';
import type { IndexedEntry } from '../records/entryRecord';
import { peopleSummary, type PersonSummary } from './people';
import type { Granularity } from './periods';
import { RECENT_TRAP_WEEKS, recentTraps, type RecentTraps } from './recentTraps';
import { streaks, type StreakOptions, type Streaks } from './streaks';
import { rangeStart } from './viewRange';
import { totalsOf, type RangeTotals } from './totals';

export interface SummaryOptions extends StreakOptions {
  readonly granularity: Granularity;
  readonly weekStart: WeekStart;
  /** First day of the range; defaults to the start of the period `DEFAULT_PERIODS - 1` before `to`'s. */
  readonly from?: LocalDate;
  /** Last day of the range; defaults to today. Entries dated after today are not counted even so. */
  readonly to?: LocalDate;
  readonly heatmapDays?: number;
  readonly trapWeeks?: number;
  readonly compare?: CompareOptions;
}

/** Periods shown when no `from` is given: four weeks of days, a quarter of weeks, a year of months. */
export const DEFAULT_PERIODS: Readonly<Record<Granularity, number>> = { day: 28, week: 13, month: 12 };

export interface TrendSummary {
  /** `YYYY-MM-DD`. */
  readonly today: string;
  readonly range: {
    readonly from: string;
    readonly to: string;
    readonly granularity: Granularity;
    readonly weekStart: WeekStart;
  };
  /** Buckets, totals, functions and people cover the range. */
  readonly buckets: readonly Bucket[];
  readonly totals: RangeTotals;
  readonly functions: readonly FunctionRank[];
  readonly people: readonly PersonSummary[];
  /** The heat-map, streaks, recent traps and comparison end on today and ignore later entries. */
  readonly heatmap: readonly HeatmapDay[];
  readonly streaks: Streaks;
  readonly recentTraps: RecentTraps;
  readonly comparison: Comparison;
}

/**
 * The trends view's data for `entries` as of `today`. Only the entries that count are read
 * (counted.ts): nothing written yet, or dated after `today`, and an entry is in no number here.
 * Several entries on one day are all counted (and count once towards a streak). An empty range
 * (`from` after `to`) gives no buckets, zero totals and no people. Throws a RangeError for invalid
 * options (see the functions it calls).
 */
export function summarise(all: readonly IndexedEntry[], today: LocalDate, options: SummaryOptions): TrendSummary {
  const entries = countedEntries(all, today);
  const to = options.to ?? today;
  const from = options.from ?? rangeStart(to, options.granularity, DEFAULT_PERIODS[options.granularity], options.weekStart);
  const buckets = aggregate(entries, { granularity: options.granularity, weekStart: options.weekStart, from, to });
  return {
    today: formatIsoDate(today),
    range: { from: formatIsoDate(from), to: formatIsoDate(to), granularity: options.granularity, weekStart: options.weekStart },
    buckets,
    totals: totalsOf(buckets),
    functions: rankFunctions(buckets),
    people: peopleSummary(entries, from, to),
    heatmap: calendarHeatmap(entries, today, options.heatmapDays ?? HEATMAP_DAYS),
    streaks: streaks(entries.map((entry) => entry.date), today, options),
    recentTraps: recentTraps(entries, today, options.trapWeeks ?? RECENT_TRAP_WEEKS),
    comparison: compareRecent(entries, today, options.compare ?? DEFAULT_COMPARE),
  };
}
