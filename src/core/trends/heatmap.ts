// The calendar heat-map: one cell per day for the last year, how much was written and how it leaned.
import { addDays, type LocalDate } from '../calendar/localDate';
import { aggregate } from './aggregate';
import type { IndexedEntry } from './indexEntry';

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
