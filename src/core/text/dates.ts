// Dates and month and weekday names in a language, in one place: the entry templates' weekday and
// long date, the person page's month, a review's title and week span (in the entry language), the
// HTML report's month names, the trends view's dates and heat-map labels, when a calendar event was,
// and the English names a typed date is read with (core/calendar/datePhrase.ts). Each surface names a style here
// and a locale (VS Code's display language, the webview's posted one, the report's); `Intl` writes
// it, English when `Intl` refuses the locale or there is none. A day is written as the calendar day
// it is (formatted in UTC, so no time zone can move it by a day); an instant (an event's start) in
// the machine's time zone, where the event happened. File names, front matter and what the user types
// stay ISO (`2026-11-23`, core/calendar/localDate.ts). Build a format once and call it often: `Intl`
// formatters are slow to make (the heat-map writes hundreds of dates).
import { fromEpochDay, parseIsoDate, type LocalDate } from '../calendar/localDate';

/** How a date is written, as `Intl` options; the examples are `en` and `de`. */
export const DATE_STYLES = {
  /** `Monday`, `Montag`: an entry template's `{weekday}`. */
  weekday: { weekday: 'long' },
  /** `Mon`, `Mo`: the heat-map's rows. */
  weekdayShort: { weekday: 'short' },
  /** `November 23, 2026`, `23. November 2026`: a date in a message or a template. */
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  /** `November 2026`, `März 2026`: a month with its year, written out. */
  monthYear: { month: 'long', year: 'numeric' },
  /** `Nov 2026`, `Nov. 2026`: a month bucket of the trends. */
  shortMonthYear: { month: 'short', year: 'numeric' },
  /** `Nov`, `Mär`: a month's name alone (the report's charts and tables, the heat-map's columns). */
  month: { month: 'short' },
  /** `November`, `März`: a month's name written out, alone (a date that month has no room for). */
  monthLong: { month: 'long' },
  /** `Nov 23`, `23. Nov.`: a day in a span whose year is said once. */
  short: { day: 'numeric', month: 'short' },
  /** `Mon, Nov 23, 2026`, `Mo., 23. Nov. 2026`: one day of the trends. */
  weekdayDate: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  /** `Mon, Nov 23`, `Mo., 23. Nov.`: an all-day event. */
  eventDay: { weekday: 'short', day: 'numeric', month: 'short' },
  /** `Mon, Nov 23, 09:00 AM`, `Mo., 23. Nov., 09:00`: an event with its time. */
  eventTime: { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
} as const satisfies Readonly<Record<string, Intl.DateTimeFormatOptions>>;

export type DateStyle = keyof typeof DATE_STYLES;

/** A calendar day, or `YYYY-MM-DD` or `YYYY-MM` text (a month: its first day), as text; text that names no day is returned as it is. */
export type DayFormat = (day: LocalDate | string) => string;

/** `Intl`'s formatter for `locale`, or English's when `Intl` refuses it (or it is empty). */
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale || 'en', options);
  } catch {
    return new Intl.DateTimeFormat('en', options);
  }
}

/** `2026-11-23`, `2026-11` (its 1st) or a longer text starting so; undefined for anything else. */
function dayOf(text: string): LocalDate | undefined {
  const match = /^(\d{4}-\d{2})(-\d{2})?/.exec(text);
  return match ? parseIsoDate(`${match[1]}${match[2] ?? '-01'}`) : undefined;
}

/** Days written in `locale` in `style`, each as the calendar day it is. */
export function dayFormat(locale: string | undefined, style: DateStyle): DayFormat {
  const format = formatter(locale, { ...DATE_STYLES[style], timeZone: 'UTC' });
  return (day) => {
    const date = typeof day === 'string' ? dayOf(day) : day;
    if (!date) {
      return String(day);
    }
    // Date.UTC would read a year before 100 as 19xx; setUTCFullYear takes it as it is.
    const instant = new Date(Date.UTC(2000, 0, 1));
    instant.setUTCFullYear(date.year, date.month - 1, date.day);
    return format.format(instant);
  };
}

/** The English weekday names, written with one Intl formatter the first time they are asked for. */
let englishWeekdays: readonly string[] | undefined;

/**
 * `sunday` … `saturday`, indexed as `weekday()` counts (0 = Sunday): the English names a setting
 * (rest days) or a typed date (`last friday`) is read with, lower case. Day 3 of 1970 was a Sunday.
 * Built once and shared (frozen): every reading of the rest-days setting asks for them.
 */
export function englishWeekdayNames(): readonly string[] {
  englishWeekdays ??= Object.freeze([0, 1, 2, 3, 4, 5, 6].map((day) => fromEpochDay(3 + day)).map(dayFormat('en', 'weekday')).map((name) => name.toLowerCase()));
  return englishWeekdays;
}

/** Instants (milliseconds since 1970) written in `locale` in `style`, in the machine's time zone. */
export function instantFormat(locale: string | undefined, style: DateStyle): (instant: number) => string {
  const format = formatter(locale, DATE_STYLES[style]);
  return (instant) => format.format(new Date(instant));
}
