// "This month against the months before it": the recent calendar months (the current one up to
// today) compared with the mean of the months just before them.
import { toEpochDay, type LocalDate } from '../calendar/localDate';
import { aggregate, type Bucket } from './aggregate';
import type { IndexedEntry } from '../records/entryRecord';
import { monthStart } from './periods';

export interface CompareOptions {
  /** Recent calendar months, the current one included (it counts up to today). */
  readonly months: number;
  /** Full calendar months before them, averaged into the baseline. */
  readonly against: number;
}

export const DEFAULT_COMPARE: CompareOptions = { months: 1, against: 3 };

export interface PeriodStats {
  /** First and last day covered, `YYYY-MM-DD`. */
  readonly from: string;
  readonly to: string;
  readonly months: number;
  readonly days: number;
  /** Mean entries per month. A month with no entries counts as 0: not writing is a real value. */
  readonly entries: number;
  /**
   * Entries per seven days over the days covered. The current month is only partly over, so this,
   * not `entries`, is the fair comparison of how often one writes.
   */
  readonly entriesPerWeek: number;
  /** Mean trap flags per month (an entry showing two traps counts two). */
  readonly traps: number;
  readonly trapsPerWeek: number;
  /**
   * Mean of the monthly shares (see `Bucket`) over the months that have tagged entries: a month
   * with none has no share and is left out rather than counted as 0. Null when no month has one.
   */
  readonly whyShare: number | null;
  readonly balancedShare: number | null;
}

/** Recent minus baseline; a share delta is null when either side has no share. */
export type ComparisonDelta = Pick<PeriodStats, 'entries' | 'entriesPerWeek' | 'traps' | 'trapsPerWeek' | 'whyShare' | 'balancedShare'>;

export interface Comparison {
  readonly recent: PeriodStats;
  readonly baseline: PeriodStats;
  readonly delta: ComparisonDelta;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function meanOfShares(values: readonly (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length > 0 ? sum(present) / present.length : null;
}

function trapFlags(bucket: Bucket): number {
  return sum(Object.values(bucket.traps));
}

/** `buckets` are whole months except a last one cut at today; `days` is the number they cover. */
function stats(buckets: readonly Bucket[], days: number): PeriodStats {
  const entries = sum(buckets.map((bucket) => bucket.entries));
  const traps = sum(buckets.map(trapFlags));
  return {
    from: buckets[0]?.start ?? '',
    to: buckets.at(-1)?.end ?? '',
    months: buckets.length,
    days,
    entries: entries / buckets.length,
    entriesPerWeek: (entries * 7) / days,
    traps: traps / buckets.length,
    trapsPerWeek: (traps * 7) / days,
    whyShare: meanOfShares(buckets.map((bucket) => bucket.whyShare)),
    balancedShare: meanOfShares(buckets.map((bucket) => bucket.balancedShare)),
  };
}

function difference(recent: number | null, baseline: number | null): number | null {
  return recent === null || baseline === null ? null : recent - baseline;
}

function checkMonths(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`compareRecent: ${name} must be a whole number of months, at least 1, not ${value}.`);
  }
}

/**
 * The `months` calendar months ending with today's (counted up to `today`) against the `against`
 * full months before them. Entries after `today` are ignored. Never NaN: counts of empty months are
 * 0 and shares without tagged entries are null. Throws a RangeError for months below 1.
 */
export function compareRecent(entries: readonly IndexedEntry[], today: LocalDate, options: CompareOptions = DEFAULT_COMPARE): Comparison {
  checkMonths('months', options.months);
  checkMonths('against', options.against);
  const first = monthStart(today, options.months + options.against - 1);
  const recentFirst = monthStart(today, options.months - 1);
  const buckets = aggregate(entries, { granularity: 'month', weekStart: 1, from: first, to: today });
  const baseline = stats(buckets.slice(0, options.against), toEpochDay(recentFirst) - toEpochDay(first));
  const recent = stats(buckets.slice(options.against), toEpochDay(today) - toEpochDay(recentFirst) + 1);
  return {
    recent,
    baseline,
    delta: {
      entries: recent.entries - baseline.entries,
      entriesPerWeek: recent.entriesPerWeek - baseline.entriesPerWeek,
      traps: recent.traps - baseline.traps,
      trapsPerWeek: recent.trapsPerWeek - baseline.trapsPerWeek,
      whyShare: difference(recent.whyShare, baseline.whyShare),
      balancedShare: difference(recent.balancedShare, baseline.balancedShare),
    },
  };
}
