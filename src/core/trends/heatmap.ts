// The calendar heat-map: one cell per day for the last year, how much was written and how it leaned.
import { addDays, type LocalDate } from '../calendar/localDate';
import { aggregate } from './aggregate';
import type { IndexedEntry } from '../records/entryRecord';

export interface HeatmapDay {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly count: number;
  /** Mean why share of the day's tagged entries; null when none is tagged (or there are none). */
  readonly whyShare: number | null;
}

/** 53 weeks: a full year of columns whatever weekday the grid starts on. */
export const HEATMAP_DAYS = 371;

/**
 * One cell for each of the `days` days ending on `today`, oldest first; days after `today` are not
 * shown. Shares follow the same rule as trend buckets. Throws a RangeError unless `days` is a
 * non-negative integer.
 */
export function calendarHeatmap(entries: readonly IndexedEntry[], today: LocalDate, days = HEATMAP_DAYS): HeatmapDay[] {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`A heat-map covers a whole number of days, not ${days}.`);
  }
  if (days === 0) {
    return [];
  }
  return aggregate(entries, { granularity: 'day', weekStart: 1, from: addDays(today, 1 - days), to: today })
    .map((bucket) => ({ date: bucket.key, count: bucket.entries, whyShare: bucket.whyShare }));
}

/** A day's shade for its number of entries: 0 for none; 1 for one (the usual day must be clearly visible) up to 4 for the busiest. */
export function heatLevel(count: number, max: number): number {
  if (count === 0) {
    return 0;
  }
  return max <= 1 ? 1 : Math.min(4, 1 + Math.round(((count - 1) * 3) / (max - 1)));
}

/** A day's tint class, from how (`t0`) to why (`t4`) by its why share; `tn` when written but not tagged; '' when empty. */
export function heatTint(day: HeatmapDay): '' | 'tn' | 't0' | 't1' | 't2' | 't3' | 't4' {
  if (day.count === 0) {
    return '';
  }
  return day.whyShare === null ? 'tn' : `t${Math.min(4, Math.floor(day.whyShare * 5)) as 0 | 1 | 2 | 3 | 4}`;
}
