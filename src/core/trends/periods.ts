// The periods a date range is cut into for a trend chart (days, the user's weeks or calendar months),
// how each is labelled, and which period a day falls in, in constant time per day.
import { formatIsoWeek, isoWeekOf, startOfWeek, type WeekStart } from '../calendar/isoWeek';
import { daysInMonth, fromEpochDay, isoMonth, toEpochDay, type LocalDate } from '../calendar/localDate';
import { isoOfEpochDay } from './epochDays';

export type Granularity = 'day' | 'week' | 'month';

/** More periods than this is a caller's mistake (50 years of days): pass a narrower range. */
export const MAX_PERIODS = 20_000;

export interface Period {
  /** `2026-11-23`, `2026-W48` or `2026-11`: unique within a grid. */
  readonly key: string;
  /** First and last day of the period that lie in the range, `YYYY-MM-DD`. */
  readonly start: string;
  readonly end: string;
}

export interface PeriodGrid {
  readonly count: number;
  /** The index of the period holding `day`; only for days from the range's first to its last. */
  indexOf(day: number): number;
  period(index: number): Period;
}

/**
 * The contiguous periods covering epoch days `fromDay`…`toDay` (both included, `fromDay <= toDay`).
 * The first and last periods may be cut short by the range; their `start` and `end` say so.
 *
 * Weeks start on `weekStart` and are labelled with an ISO week: the ISO week of the week's fourth
 * day (start + 3, see `weekAnchor`), which is the ISO week sharing at least four days with it. For a
 * Monday start that is the week's own ISO week; for a Sunday start, the week Sunday 2026-11-22 to
 * Saturday 11-28 is `2026-W48`. Consecutive weeks have consecutive anchors, so labels never repeat.
 */
export function periodGrid(granularity: Granularity, weekStart: WeekStart, fromDay: number, toDay: number): PeriodGrid {
  switch (granularity) {
    case 'day':
      return dayGrid(fromDay, toDay);
    case 'week':
      return weekGrid(weekStart, fromDay, toDay);
    case 'month':
      return monthGrid(fromDay, toDay);
  }
}

/** The first day of the month `monthsBack` months before `date`'s (0 = `date`'s own month). */
export function monthStart(date: LocalDate, monthsBack: number): LocalDate {
  const index = date.year * 12 + (date.month - 1) - monthsBack;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

function checkCount(count: number): number {
  if (count > MAX_PERIODS) {
    throw new RangeError(`A trend range of ${count} periods is more than ${MAX_PERIODS}: choose a shorter range or a coarser granularity.`);
  }
  return count;
}

function clipped(key: string, start: number, end: number, fromDay: number, toDay: number): Period {
  return { key, start: isoOfEpochDay(Math.max(start, fromDay)), end: isoOfEpochDay(Math.min(end, toDay)) };
}

function dayGrid(fromDay: number, toDay: number): PeriodGrid {
  return {
    count: checkCount(toDay - fromDay + 1),
    indexOf: (day) => day - fromDay,
    period: (index) => {
      const iso = isoOfEpochDay(fromDay + index);
      return { key: iso, start: iso, end: iso };
    },
  };
}

function weekGrid(weekStart: WeekStart, fromDay: number, toDay: number): PeriodGrid {
  const first = toEpochDay(startOfWeek(fromEpochDay(fromDay), weekStart));
  return {
    count: checkCount(Math.floor((toDay - first) / 7) + 1),
    indexOf: (day) => Math.floor((day - first) / 7),
    period: (index) => {
      const start = first + index * 7;
      const key = formatIsoWeek(isoWeekOf(fromEpochDay(start + 3)));
      return clipped(key, start, start + 6, fromDay, toDay);
    },
  };
}

/** Mean month length over the Gregorian 400-year cycle (146,097 days, 4,800 months). */
const MEAN_MONTH_DAYS = 146_097 / 4_800;

function monthGrid(fromDay: number, toDay: number): PeriodGrid {
  const from = fromEpochDay(fromDay);
  const to = fromEpochDay(toDay);
  const count = checkCount((to.year - from.year) * 12 + (to.month - from.month) + 1);
  // starts[i] is the epoch day of month i's first day; starts[count] is the day after the last month.
  const starts: number[] = [];
  for (let index = 0; index <= count; index++) {
    const monthIndex = from.month - 1 + index;
    starts.push(toEpochDay({ year: from.year + Math.floor(monthIndex / 12), month: (monthIndex % 12) + 1, day: 1 }));
  }
  const startOf = (index: number): number => starts[index] ?? Number.NaN;
  return {
    count,
    indexOf: (day) => {
      // A guess from the mean month length is off by at most one or two; walk to the right month.
      let index = Math.min(count - 1, Math.max(0, Math.floor((day - startOf(0)) / MEAN_MONTH_DAYS)));
      while (index > 0 && day < startOf(index)) {
        index--;
      }
      while (index < count - 1 && day >= startOf(index + 1)) {
        index++;
      }
      return index;
    },
    period: (index) => {
      const first = fromEpochDay(startOf(index));
      const key = isoMonth(isoOfEpochDay(startOf(index)));
      return clipped(key, startOf(index), startOf(index) + daysInMonth(first.year, first.month) - 1, fromDay, toDay);
    },
  };
}
