// A calendar day as the user lives it: year, month and day in the local time zone, never a UTC instant.
// Arithmetic on LocalDate is pure calendar arithmetic (done in UTC internally, where no day is 23 or
// 25 hours long), so a DST change or the host's time zone can never shift a date by one.

/** A day of the proleptic Gregorian calendar. `month` is 1–12, `day` is 1–31. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

/**
 * The calendar day an instant belongs to in the host's local time zone. Writing before `dayStartHour`
 * (0–23) still counts as the day before: at 01:00 with a day start of 4 it is yesterday's entry.
 */
export function localDateOf(instant: Date, dayStartHour = 0): LocalDate {
  const today: LocalDate = {
    year: instant.getFullYear(),
    month: instant.getMonth() + 1,
    day: instant.getDate(),
  };
  return instant.getHours() < dayStartHour ? addDays(today, -1) : today;
}

/** Days since 1970-01-01 for a calendar day; the inverse of {@link fromEpochDay}. */
export function toEpochDay(date: LocalDate): number {
  return Math.round(utcMidnight(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

/**
 * `Date.UTC` for any year: `Date.UTC` itself reads years 0–99 as 1900–1999, which would put
 * 0050-01-01 in 1950. `month0` is 0–11 and may overflow as in `Date.UTC`.
 */
function utcMidnight(year: number, month0: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0, day);
  return d.getTime();
}

export function fromEpochDay(epochDay: number): LocalDate {
  return utcDateOf(new Date(epochDay * MS_PER_DAY));
}

/** The day an instant falls on in UTC: a YAML timestamp's written day (it reads one as that day's UTC midnight). */
export function utcDateOf(instant: Date): LocalDate {
  return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * The same day `months` calendar months later (or earlier, for a negative count), clamped to the
 * month's last day: 2026-01-31 plus one month is 2026-02-28, never 2026-03-03.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const month0 = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(month0 / 12);
  const month = month0 - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getDay`. */
export function weekday(date: LocalDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYY-MM-DD`. */
export function formatIsoDate(date: LocalDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** The month `YYYY-MM` of an ISO date `YYYY-MM-DD` (a month's key: the timeline's, the reports'). */
export function isoMonth(isoDate: string): string {
  return isoDate.slice(0, 7);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
    return false;
  }
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) {
    return false;
  }
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMidnight(year, month, 0)).getUTCDate();
}

/** Parses a strict `YYYY-MM-DD`; `undefined` for anything else, including 2026-02-30. */
export function parseIsoDate(text: string): LocalDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}
