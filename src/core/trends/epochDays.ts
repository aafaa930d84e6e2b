// Entry dates as integers. The trends code works on epoch days (days since 1970-01-01) so that "the
// next day", "the same week" and "days between" are integer arithmetic, and reads each distinct date
// text once: a journal of 50,000 entries has a few thousand distinct days.
import { formatIsoDate, fromEpochDay, parseIsoDate, toEpochDay } from '../calendar/localDate';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Date text → epoch day (or undefined), shared by every reader: the texts are immutable, and one
 * save re-aggregates the same 10,000 dates six times over (chart, heat-map, streaks, traps, people,
 * comparison). Bounded: cleared when it would pass DAY_CACHE_LIMIT distinct texts. */
const DAY_CACHE = new Map<string, number | undefined>();
const DAY_CACHE_LIMIT = 200_000;

/**
 * A memoising reader: `YYYY-MM-DD` → epoch day, or undefined for anything that is not exactly a
 * valid date (no surrounding spaces). Entries with such dates are left out by every trends
 * function; `isIndexedEntry` refuses them at the boundary.
 */
export function createDayReader(): (text: string) => number | undefined {
  return readDay;
}

function readDay(text: string): number | undefined {
  const known = DAY_CACHE.get(text);
  if (known !== undefined || DAY_CACHE.has(text)) {
    return known;
  }
  const date = ISO_DATE.test(text) ? parseIsoDate(text) : undefined;
  const day = date === undefined ? undefined : toEpochDay(date);
  if (DAY_CACHE.size >= DAY_CACHE_LIMIT) {
    DAY_CACHE.clear();
  }
  DAY_CACHE.set(text, day);
  return day;
}

export function isoOfEpochDay(day: number): string {
  return formatIsoDate(fromEpochDay(day));
}
