// Writing streaks that forgive. A streak is a run of days in which every day either has an entry or
// is a rest day (by default Saturday and Sunday, when weekends are forgiven): a missed weekend does
// not break a weekday habit. Its length counts the days with entries, rest days written on
// included, and it starts and ends on days with entries. Several entries on one day count once.
import { toEpochDay, type LocalDate } from '../calendar/localDate';
import { englishWeekdayNames } from '../text/dates';
import { createDayReader, isoOfEpochDay } from './epochDays';

export interface StreakOptions {
  /** The switch: false means every day without an entry breaks a streak, whatever `restDays` says. */
  readonly forgiveWeekends: boolean;
  /** Weekdays (0 = Sunday … 6 = Saturday) that never break a streak; default `[0, 6]`. */
  readonly restDays?: readonly number[];
}

export interface Streak {
  /** Days with entries in the streak; 0 when there is none. */
  readonly length: number;
  /** First and last day with an entry, `YYYY-MM-DD`; null when `length` is 0. */
  readonly start: string | null;
  readonly end: string | null;
}

export const NO_STREAK: Streak = { length: 0, start: null, end: null };

/**
 * Rest days from a setting: a list of weekday names (any case) to weekday numbers, each once, in
 * the order given; unknown names are dropped. Undefined when `value` is not a list at all.
 */
export function parseRestDays(value: unknown): number[] | undefined {
  if (!Array.isArray(value)) {
    return undefined;
  }
  const names = englishWeekdayNames();
  const days = value.map((day) => (typeof day === 'string' ? names.indexOf(day.trim().toLowerCase()) : -1));
  return [...new Set(days.filter((day) => day >= 0))];
}

/** A run of days with entries: indexes into the sorted distinct days. */
interface Run {
  readonly first: number;
  readonly last: number;
}

/** Whether each weekday (0–6) is a rest day. Throws a RangeError for a rest day outside 0–6. */
function restWeekdays(options: StreakOptions): readonly boolean[] {
  const restDays = options.forgiveWeekends ? options.restDays ?? [0, 6] : [];
  for (const day of restDays) {
    if (!Number.isInteger(day) || day < 0 || day > 6) {
      throw new RangeError(`A rest day must be a weekday number 0–6, not ${day}.`);
    }
  }
  return [0, 1, 2, 3, 4, 5, 6].map((day) => restDays.includes(day));
}

/** 0 = Sunday … 6 = Saturday for an epoch day (1970-01-01 was a Thursday). */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Whether every day strictly between `after` and `before` is a rest day. */
function onlyRestBetween(after: number, before: number, rest: readonly boolean[]): boolean {
  if (before - after - 1 >= 7) {
    return rest.every(Boolean);
  }
  for (let day = after + 1; day < before; day++) {
    if (!rest[weekdayOf(day)]) {
      return false;
    }
  }
  return true;
}

/** Distinct valid entry days up to `today`, ascending; future and malformed dates are ignored. */
function pastDays(entryDates: readonly string[], today: number): number[] {
  const readDay = createDayReader();
  const days = new Set<number>();
  for (const text of entryDates) {
    const day = readDay(text);
    if (day !== undefined && day <= today) {
      days.add(day);
    }
  }
  return [...days].sort((a, b) => a - b);
}

/** The maximal runs, oldest first. Linear in the number of days with entries. */
function runsOf(days: readonly number[], rest: readonly boolean[]): Run[] {
  const runs: Run[] = [];
  let first = 0;
  for (let index = 1; index <= days.length; index++) {
    const previous = days[index - 1];
    const current = days[index];
    if (current === undefined || previous === undefined || !onlyRestBetween(previous, current, rest)) {
      runs.push({ first, last: index - 1 });
      first = index;
    }
  }
  return runs;
}

function streakOf(days: readonly number[], run: Run | undefined): Streak {
  const start = run && days[run.first];
  const end = run && days[run.last];
  if (!run || start === undefined || end === undefined) {
    return NO_STREAK;
  }
  return { length: run.last - run.first + 1, start: isoOfEpochDay(start), end: isoOfEpochDay(end) };
}

export interface Streaks {
  readonly current: Streak;
  readonly longest: Streak;
}

/** Both streaks from one sort of the dates; see {@link currentStreak} and {@link longestStreak}. */
export function streaks(entryDates: readonly string[], today: LocalDate, options: StreakOptions): Streaks {
  const rest = restWeekdays(options);
  const todayDay = toEpochDay(today);
  const days = pastDays(entryDates, todayDay);
  const runs = runsOf(days, rest);
  const last = runs.at(-1);
  const lastDay = last && days[last.last];
  // Today is never a break (it may not be written yet), so the last run is current when only rest
  // days lie between its last entry and today.
  const isCurrent = lastDay !== undefined && onlyRestBetween(lastDay, todayDay, rest);
  let longest: Run | undefined;
  for (const run of runs) {
    if (!longest || run.last - run.first >= longest.last - longest.first) {
      longest = run; // Ties go to the most recent run.
    }
  }
  return { current: isCurrent ? streakOf(days, last) : NO_STREAK, longest: streakOf(days, longest) };
}

/**
 * The streak still alive on `today`: it reaches today, or would with only rest days and today
 * itself (not yet written) in between. Days after `today` are ignored. `NO_STREAK` when broken.
 */
export function currentStreak(entryDates: readonly string[], today: LocalDate, options: StreakOptions): Streak {
  return streaks(entryDates, today, options).current;
}

/** The longest streak up to `today` (days after it are ignored); the most recent one on a tie. */
export function longestStreak(entryDates: readonly string[], today: LocalDate, options: StreakOptions): Streak {
  return streaks(entryDates, today, options).longest;
}
