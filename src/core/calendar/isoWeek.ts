// Weeks: the ISO-8601 week a day belongs to (its label in file names and templates, `2026-W48`) and
// the user's own week, which starts on the weekday they chose. Pure calendar arithmetic on LocalDate.
import { addDays, toEpochDay, weekday, type LocalDate } from './localDate';

/**
 * An ISO-8601 week: weeks start on Monday and week 1 is the week holding the year's first Thursday.
 * `weekYear` differs from the calendar year near New Year: 2024-12-30 is in 2025-W01, 2021-01-03 is
 * in 2020-W53. `week` is 1–53.
 */
export interface IsoWeek {
  readonly weekYear: number;
  readonly week: number;
}

/** First day of the user's week, as `Date.prototype.getDay`: 0 = Sunday, 1 = Monday … 6 = Saturday. */
export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A run of days, both ends included. */
export interface DateRange {
  readonly start: LocalDate;
  readonly end: LocalDate;
}

/** Narrows a settings value to a {@link WeekStart}; anything but an integer 0–6 is refused. */
export function isWeekStart(value: unknown): value is WeekStart {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6;
}

export function isoWeekOf(date: LocalDate): IsoWeek {
  // The Thursday of the date's Monday-to-Sunday week decides both the week-year and the week.
  const isoWeekday = weekday(date) === 0 ? 7 : weekday(date);
  const thursday = addDays(date, 4 - isoWeekday);
  const dayOfYear = toEpochDay(thursday) - toEpochDay({ year: thursday.year, month: 1, day: 1 });
  return { weekYear: thursday.year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** `2026-W48`: four-digit week-year, two-digit week. */
export function formatIsoWeek(week: IsoWeek): string {
  return `${String(week.weekYear).padStart(4, '0')}-W${String(week.week).padStart(2, '0')}`;
}

/** The last day on or before `date` that is a `weekStart` weekday. */
export function startOfWeek(date: LocalDate, weekStart: WeekStart): LocalDate {
  return addDays(date, -((weekday(date) - weekStart + 7) % 7));
}

/** The user's seven-day week holding `date`. */
export function weekRange(date: LocalDate, weekStart: WeekStart): DateRange {
  const start = startOfWeek(date, weekStart);
  return { start, end: addDays(start, 6) };
}

/**
 * The fourth day of the user's week holding `date`: the same day for every day of that week, and its
 * ISO week is the one sharing at least four days with the user's week (for a Monday start, the ISO
 * week itself). File a weekly entry under this day so that writing it on any day of the week finds
 * one path, labelled with the ISO week most of the user's week falls in.
 */
export function weekAnchor(date: LocalDate, weekStart: WeekStart): LocalDate {
  return addDays(startOfWeek(date, weekStart), 3);
}
