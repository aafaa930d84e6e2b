// Entry dates as integers. The trends code works on epoch days (days since 1970-01-01) so that "the
// next day", "the same week" and "days between" are integer arithmetic, and reads each distinct date
// text once: a journal of 50,000 entries has a few thousand distinct days.
import { formatIsoDate, fromEpochDay, parseIsoDate, toEpochDay } from '../calendar/localDate';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A memoising reader for one computation: `YYYY-MM-DD` → epoch day, or undefined for anything that
 * is not exactly a valid date (no surrounding spaces). Entries with such dates are left out by every
 * trends function; `isIndexedEntry` refuses them at the boundary.
 */
export function createDayReader(): (text: string) => number | undefined {
  const cache = new Map<string, number | undefined>();
  return (text) => {
    if (cache.has(text)) {
      return cache.get(text);
    }
    const date = ISO_DATE.test(text) ? parseIsoDate(text) : undefined;
    const day = date === undefined ? undefined : toEpochDay(date);
    cache.set(text, day);
    return day;
  };
}

export function isoOfEpochDay(day: number): string {
  return formatIsoDate(fromEpochDay(day));
}
