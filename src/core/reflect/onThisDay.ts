// On this day: entries written on the same date in earlier years, and on the same day of the month
// in earlier months. Days that some months lack are matched to those months' last day, both ways:
// on 31 March the entries of 28 (or 29) February show, on 28 February 2027 those of 29 February 2024
// (and of 29–31 January) show, and on 29 February 2028 those of 28 February 2027.
import { daysInMonth, parseIsoDate, type LocalDate } from '../calendar/localDate';

export interface Recalled<T> {
  readonly entry: T;
  /** Whole months between the entry's month and today's: 12 for last year. */
  readonly monthsAgo: number;
}

export interface OnThisDay<T> {
  /** The same date in earlier years, newest first. */
  readonly years: readonly Recalled<T>[];
  /** The same day of the month in earlier months (not those already in `years`), newest first. */
  readonly months: readonly Recalled<T>[];
}

/**
 * Whether `earlier` falls on "the same day of the month" as `today`: the same day, or, where one of
 * the two months is shorter, the shorter month's last day standing for the days it lacks.
 */
export function sameDayOfMonth(earlier: LocalDate, today: LocalDate): boolean {
  const earlierLast = daysInMonth(earlier.year, earlier.month);
  const todayLast = daysInMonth(today.year, today.month);
  return Math.min(today.day, earlierLast) === earlier.day || Math.min(earlier.day, todayLast) === today.day;
}

/** Entries (anything with a `YYYY-MM-DD` date) recalled on `today`; today's and later entries are not. */
export function onThisDay<T extends { readonly date: string; readonly path: string }>(entries: readonly T[], today: LocalDate): OnThisDay<T> {
  const years: Recalled<T>[] = [];
  const months: Recalled<T>[] = [];
  const todayMonths = today.year * 12 + today.month - 1;
  for (const entry of entries) {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(entry.date) ? parseIsoDate(entry.date) : undefined;
    if (!date) {
      continue;
    }
    const monthsAgo = todayMonths - (date.year * 12 + date.month - 1);
    if (monthsAgo <= 0 || !sameDayOfMonth(date, today)) {
      continue;
    }
    (monthsAgo % 12 === 0 ? years : months).push({ entry, monthsAgo });
  }
  const newestFirst = (a: Recalled<T>, b: Recalled<T>): number =>
    a.entry.date !== b.entry.date ? (a.entry.date < b.entry.date ? 1 : -1) : a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0;
  return { years: years.sort(newestFirst), months: months.sort(newestFirst) };
}
