// "This month against the months before it", like with like: the current month so far (its first day
// to today) against the same days of each of the months before it (the 1st to the same day of the
// month, or the month's last day when it is shorter), averaged. On the 2nd of the month that is two
// days against two days, never two days scaled up to a month or a week.
import { daysInMonth, toEpochDay, type LocalDate } from '../calendar/localDate';
import { aggregate, type Bucket } from './aggregate';
import type { IndexedEntry } from '../records/entryRecord';
import { monthStart } from './periods';

export interface CompareOptions {
  /** Months before the current one whose same days are averaged into the baseline. */
  readonly against: number;
}

export const DEFAULT_COMPARE: CompareOptions = { against: 3 };

export interface PeriodStats {
  /** First and last day covered, `YYYY-MM-DD` (the baseline's days are those windows, not all days between). */
  readonly from: string;
  readonly to: string;
  readonly months: number;
  /** Days covered: the current month's days so far, or the sum of the baseline's windows. */
  readonly days: number;
  /** Mean entries per window (a month's days so far). A window with no entries counts as 0: not writing is a real value. */
  readonly entries: number;
  /** Entries per seven days over the days covered. */
  readonly entriesPerWeek: number;
  /** Mean trap flags per window (an entry showing two traps counts two). */
  readonly traps: number;
  readonly trapsPerWeek: number;
  /**
   * Mean of the windows' shares (see `Bucket`) over the windows that have tagged entries: a window
   * with none has no share and is left out rather than counted as 0. Null when no window has one.
   */
  readonly whyShare: number | null;
  readonly balancedShare: number | null;
}

/** Recent minus baseline; a share delta is null when either side has no share. */
export type ComparisonDelta = Pick<PeriodStats, 'entries' | 'entriesPerWeek' | 'traps' | 'trapsPerWeek' | 'whyShare' | 'balancedShare'>;

export interface Comparison {
  /** The day of the month both sides run to: today's (each earlier month is cut there, or at its end). */
  readonly throughDay: number;
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

/** One bucket per window (each inside one month); `days` is the number of days they cover. */
function stats(windows: readonly Bucket[], days: number): PeriodStats {
  const entries = sum(windows.map((bucket) => bucket.entries));
  const traps = sum(windows.map(trapFlags));
  return {
    from: windows[0]?.start ?? '',
    to: windows.at(-1)?.end ?? '',
    months: windows.length,
    days,
    entries: entries / windows.length,
    entriesPerWeek: days > 0 ? (entries * 7) / days : 0,
    traps: traps / windows.length,
    trapsPerWeek: days > 0 ? (traps * 7) / days : 0,
    whyShare: meanOfShares(windows.map((bucket) => bucket.whyShare)),
    balancedShare: meanOfShares(windows.map((bucket) => bucket.balancedShare)),
  };
}

function difference(recent: number | null, baseline: number | null): number | null {
  return recent === null || baseline === null ? null : recent - baseline;
}

/** The month `monthsBack` before today's, from its 1st to `throughDay` (or its last day). */
function window(entries: readonly IndexedEntry[], today: LocalDate, monthsBack: number): { bucket: Bucket; days: number } {
  const first = monthStart(today, monthsBack);
  const last: LocalDate = { ...first, day: Math.min(today.day, daysInMonth(first.year, first.month)) };
  const [bucket] = aggregate(entries, { granularity: 'month', weekStart: 1, from: first, to: last });
  if (!bucket) {
    throw new RangeError('compareRecent: a month window was empty'); // Cannot happen: first ≤ last.
  }
  return { bucket, days: toEpochDay(last) - toEpochDay(first) + 1 };
}

/**
 * The current month up to `today` against the same days of the `against` months before it.
 * Entries after `today` are ignored. Never NaN: counts of empty windows are 0 and shares without
 * tagged entries are null. Throws a RangeError unless `against` is a whole number, at least 1.
 */
export function compareRecent(entries: readonly IndexedEntry[], today: LocalDate, options: CompareOptions = DEFAULT_COMPARE): Comparison {
  if (!Number.isSafeInteger(options.against) || options.against < 1) {
    throw new RangeError(`compareRecent: against must be a whole number of months, at least 1, not ${options.against}.`);
  }
  const current = window(entries, today, 0);
  const before = Array.from({ length: options.against }, (_, index) => window(entries, today, options.against - index));
  const recent = stats([current.bucket], current.days);
  const baseline = stats(before.map((part) => part.bucket), sum(before.map((part) => part.days)));
  return {
    throughDay: today.day,
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
