// Which expander runs a rule. ical.js (icalLibrary.ts) is the reference and runs every rule but the
// commonest shapes, which a calendar holds by the thousand — daily and weekly rules with an interval,
// weekdays (no ordinals), COUNT or UNTIL: "every weekday at 9", "every other Tuesday". Those are
// expanded here by plain arithmetic on days, about a hundred times faster than ical.js's general
// iterator (see bench/calendarBench.ts), and a property test (recurrence.test.ts) checks on random
// rules of these shapes that both give the same occurrences.
import { recurrenceIterator, type WallIterator } from './icalLibrary';
import { MS_PER_DAY } from './zoneRule';

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const SIMPLE_KEYS = new Set(['freq', 'interval', 'count', 'until', 'byday', 'wkst']);

/**
 * Occurrences of `rule` (a jCal RRULE value) from `startWall`, up to `untilWall` (already in the
 * start's wall clock; the rule's own UNTIL is ignored). Throws, as ical.js does, on a malformed rule.
 */
export function ruleIterator(
  rule: Readonly<Record<string, unknown>>, startWall: number, isDate: boolean, untilWall: number | undefined,
): WallIterator {
  return simpleIterator(rule, startWall, untilWall) ?? recurrenceIterator(rule, startWall, isDate, untilWall);
}

/** The fast expander, or undefined when the rule is not one of its shapes. Exported for the tests. */
export function simpleIterator(
  rule: Readonly<Record<string, unknown>>, startWall: number, untilWall: number | undefined,
): WallIterator | undefined {
  if (Object.keys(rule).some((key) => !SIMPLE_KEYS.has(key))) {
    return undefined;
  }
  const freq = String(rule.freq).toUpperCase();
  const interval = rule.interval === undefined ? 1 : Number(rule.interval);
  const count = rule.count === undefined ? Number.POSITIVE_INFINITY : Number(rule.count);
  const byday = rule.byday === undefined ? [] : (Array.isArray(rule.byday) ? rule.byday : [rule.byday]).map((code) => WEEKDAY_CODES.indexOf(String(code).toUpperCase()));
  const weekStart = weekStartOf(rule.wkst);
  if ((freq !== 'DAILY' && freq !== 'WEEKLY') || !Number.isInteger(interval) || interval < 1 || !(count >= 1) || byday.includes(-1) || weekStart === undefined) {
    return undefined;
  }
  const startDay = Math.floor(startWall / MS_PER_DAY);
  const timeOfDay = startWall - startDay * MS_PER_DAY;
  const startWeekday = weekdayOf(startDay);
  // A start that is not one of the rule's days is left to ical.js, which settles that case its own way.
  if (byday.length > 0 && !byday.includes(startWeekday)) {
    return undefined;
  }
  // The rule's days in order, by its frequency; COUNT and UNTIL end them the same way for both.
  const nextDay = freq === 'DAILY'
    ? dailyDays(startDay, interval, byday)
    : weeklyDays(startDay, interval, byday.length > 0 ? [...new Set(byday)] : [startWeekday], weekStart);
  const until = untilWall ?? Number.POSITIVE_INFINITY;
  let produced = 0;
  return {
    next() {
      if (produced >= count) {
        return undefined;
      }
      const wall = nextDay() * MS_PER_DAY + timeOfDay;
      if (wall > until) {
        return undefined;
      }
      produced += 1;
      return wall;
    },
  };
}

/**
 * The days of a DAILY rule from `startDay` (one of its days), in order: every interval-th day, and
 * of those only the rule's weekdays when it names any. Never ends: the weekdays of every
 * interval-th day repeat within seven steps, and the first is the start's, so one comes round.
 */
function dailyDays(startDay: number, interval: number, byday: readonly number[]): () => number {
  const allowed = new Set(byday);
  let day = startDay;
  return () => {
    for (;;) {
      const current = day;
      day += interval;
      if (byday.length === 0 || allowed.has(weekdayOf(current))) {
        return current;
      }
    }
  };
}

/**
 * The days of a WEEKLY rule from `startDay`, in order: `weekdays` (the rule's, or the start's when
 * it names none) in every interval-th week, weeks starting on WKST, from the start's week (its days
 * before the start passed over).
 */
function weeklyDays(startDay: number, interval: number, weekdays: readonly number[], weekStart: number): () => number {
  const offsets = weekdays.map((weekday) => (weekday - weekStart + 7) % 7).sort((a, b) => a - b);
  let weekFirstDay = startDay - ((weekdayOf(startDay) - weekStart + 7) % 7);
  let index = 0;
  return () => {
    for (;;) {
      if (index === offsets.length) {
        index = 0;
        weekFirstDay += 7 * interval;
      }
      const day = weekFirstDay + (offsets[index] ?? 0);
      index += 1;
      if (day >= startDay) {
        return day;
      }
    }
  };
}

/** 0 = Sunday … 6 = Saturday; epoch day 0 (1970-01-01) was a Thursday. */
function weekdayOf(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** WKST as jCal gives it: ical.js's number (1 = Sunday … 7 = Saturday) or a code; Monday by default. */
function weekStartOf(value: unknown): number | undefined {
  if (value === undefined) {
    return 1;
  }
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1 && value <= 7 ? value - 1 : undefined;
  }
  const index = WEEKDAY_CODES.indexOf(String(value).toUpperCase());
  return index === -1 ? undefined : index;
}
