// Dates, times and durations as jCal writes them (`2026-01-05T09:00:00`, `2026-01-05T08:00:00Z`,
// `2026-01-05`, `PT1H30M`), read into wall-clock milliseconds (zoneRule.ts). ical.js leaves these
// values unchecked when it parses (`2026-xx-01` passes), so they are checked here: a value that is
// not a real date or time is `undefined`, and the caller reports it.
import { MS_PER_HOUR, MS_PER_MINUTE, utcFromFields } from './zoneRule';

export interface IcsTime {
  /** Wall-clock milliseconds (UTC for a `Z` time, the TZID's zone for a zoned one, else local). */
  readonly wall: number;
  /** A DATE value: a whole day, no time. */
  readonly isDate: boolean;
  /** Written in UTC (`…Z`). */
  readonly utc: boolean;
  /** The TZID parameter, if any (ignored for UTC and date values). */
  readonly tzid: string | undefined;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z)?)?$/;

/** Reads one jCal date or date-time value; `undefined` when it is not a valid one. */
export function readIcsTime(value: unknown, tzid: string | undefined): IcsTime | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const match = DATE_TIME.exec(value);
  if (!match) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const isDate = match[4] === undefined;
  const [hour, minute, second] = isDate ? [0, 0, 0] : [Number(match[4]), Number(match[5]), Number(match[6])];
  // A leap second (60) is read as the next minute's first, as RFC 5545 allows.
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 60) {
    return undefined;
  }
  const utc = match[7] === 'Z';
  return {
    wall: utcFromFields(year, month, day, hour, minute, second),
    isDate,
    utc,
    tzid: utc || isDate ? undefined : tzid,
  };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export interface IcsDuration {
  /** Whole days and weeks (nominal: a day is a calendar day, 23 or 25 hours across a clock change). */
  readonly days: number;
  /** Hours, minutes and seconds (exact). */
  readonly ms: number;
  readonly negative: boolean;
}

const DURATION = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Reads an RFC 5545 duration (`PT1H30M`, `P1D`, `-PT15M`); `undefined` when it is not one. */
export function readIcsDuration(value: unknown): IcsDuration | undefined {
  if (typeof value !== 'string' || value.endsWith('T') || value.endsWith('P')) {
    return undefined;
  }
  const match = DURATION.exec(value);
  if (!match) {
    return undefined;
  }
  const part = (index: number): number => Number(match[index] ?? 0);
  return {
    days: part(2) * 7 + part(3),
    ms: part(4) * MS_PER_HOUR + part(5) * MS_PER_MINUTE + part(6) * 1000,
    negative: match[1] === '-',
  };
}
