import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, formatIsoDate, toEpochDay, weekday, type LocalDate } from '../../../../src/core/calendar/localDate';
import {
  currentStreak, longestStreak, NO_STREAK, parseRestDays, streaks, type Streak, type StreakOptions,
} from '../../../../src/core/trends/streaks';
import { day } from './fixtures';

const FORGIVING: StreakOptions = { forgiveWeekends: true };
const STRICT: StreakOptions = { forgiveWeekends: false };

/** Days `first` to `last` (both included), as `YYYY-MM-DD`. */
function daysFrom(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let date = day(first); toEpochDay(date) <= toEpochDay(day(last)); date = addDays(date, 1)) {
    dates.push(formatIsoDate(date));
  }
  return dates;
}

function streak(length: number, start: string, end: string): Streak {
  return { length, start, end };
}

// 2026-11-16 and 2026-11-23 are Mondays.
const LAST_WEEK = daysFrom('2026-11-16', '2026-11-20');

describe('trends: streaks', () => {
  it('reads the rest days of the streaks.restDays setting, and rests on the days it names', () => {
    assert.deepEqual(parseRestDays(['saturday', 'sunday']), [6, 0]);
    assert.deepEqual(parseRestDays(['Friday', ' SATURDAY ', 'friday', 'someday', 7]), [5, 6]);
    assert.deepEqual(parseRestDays([]), []);
    assert.equal(parseRestDays('saturday'), undefined);
    // A Sunday-to-Thursday week: Friday and Saturday off.
    const dates = ['2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-22'];
    const fridaySaturday: StreakOptions = { forgiveWeekends: true, restDays: parseRestDays(['friday', 'saturday']) ?? [] };
    assert.deepEqual(currentStreak(dates, day('2026-11-22'), fridaySaturday), streak(6, '2026-11-15', '2026-11-22'));
    assert.deepEqual(currentStreak(dates, day('2026-11-22'), FORGIVING), streak(1, '2026-11-22', '2026-11-22'));
  });

  it('forgives a missed weekend when asked to, and only then', () => {
    const dates = [...LAST_WEEK, '2026-11-23', '2026-11-24'];
    assert.deepEqual(currentStreak(dates, day('2026-11-24'), FORGIVING), streak(7, '2026-11-16', '2026-11-24'));
    assert.deepEqual(currentStreak(dates, day('2026-11-24'), STRICT), streak(2, '2026-11-23', '2026-11-24'));
    assert.deepEqual(longestStreak(dates, day('2026-11-24'), STRICT), streak(5, '2026-11-16', '2026-11-20'));
  });

  it('does not let an unwritten today break the streak, but an unwritten yesterday does', () => {
    const dates = [...LAST_WEEK, '2026-11-23'];
    assert.deepEqual(currentStreak(dates, day('2026-11-24'), FORGIVING), streak(6, '2026-11-16', '2026-11-23'));
    assert.deepEqual(currentStreak(dates, day('2026-11-25'), FORGIVING), NO_STREAK);
    assert.deepEqual(longestStreak(dates, day('2026-11-25'), FORGIVING), streak(6, '2026-11-16', '2026-11-23'));
  });

  it('keeps a weekday habit alive on Monday before it is written', () => {
    assert.deepEqual(currentStreak(LAST_WEEK, day('2026-11-23'), FORGIVING), streak(5, '2026-11-16', '2026-11-20'));
    assert.deepEqual(currentStreak(LAST_WEEK, day('2026-11-23'), STRICT), NO_STREAK);
    assert.deepEqual(currentStreak(LAST_WEEK, day('2026-11-21'), STRICT), streak(5, '2026-11-16', '2026-11-20'));
  });

  it('counts entries written on rest days towards the length', () => {
    const dates = ['2026-11-20', '2026-11-21', '2026-11-23'];
    assert.deepEqual(currentStreak(dates, day('2026-11-23'), FORGIVING), streak(3, '2026-11-20', '2026-11-23'));
  });

  it('is broken by a missed working day', () => {
    const dates = ['2026-11-16', '2026-11-18', '2026-11-19'];
    assert.deepEqual(currentStreak(dates, day('2026-11-19'), FORGIVING), streak(2, '2026-11-18', '2026-11-19'));
    assert.deepEqual(longestStreak(['2026-11-16', '2026-11-18'], day('2026-11-30'), FORGIVING), streak(1, '2026-11-18', '2026-11-18'));
  });

  it('ignores days after today and malformed dates', () => {
    const dates = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-31', 'soon'];
    assert.deepEqual(currentStreak(dates, day('2026-11-24'), FORGIVING), streak(2, '2026-11-23', '2026-11-24'));
    assert.deepEqual(longestStreak(dates, day('2026-11-24'), FORGIVING), streak(2, '2026-11-23', '2026-11-24'));
    assert.deepEqual(currentStreak(['2026-12-01'], day('2026-11-24'), FORGIVING), NO_STREAK);
  });

  it('counts a day with several entries once', () => {
    const dates = ['2026-11-23', '2026-11-23', '2026-11-24', '2026-11-23', '2026-11-24'];
    assert.deepEqual(currentStreak(dates, day('2026-11-24'), STRICT), streak(2, '2026-11-23', '2026-11-24'));
  });

  it('takes other rest days, and ignores them when forgiveness is off', () => {
    // Friday and Saturday off: Thursday 19 to Sunday 22 is unbroken.
    const dates = ['2026-11-19', '2026-11-22'];
    assert.deepEqual(currentStreak(dates, day('2026-11-22'), { forgiveWeekends: true, restDays: [5, 6] }), streak(2, '2026-11-19', '2026-11-22'));
    assert.deepEqual(currentStreak(dates, day('2026-11-22'), { forgiveWeekends: false, restDays: [5, 6] }), streak(1, '2026-11-22', '2026-11-22'));
    assert.deepEqual(currentStreak(dates, day('2026-11-22'), { forgiveWeekends: true, restDays: [] }), streak(1, '2026-11-22', '2026-11-22'));
    // With every day a rest day nothing breaks a streak, however long the gap.
    const always = { forgiveWeekends: true, restDays: [0, 1, 2, 3, 4, 5, 6] };
    assert.deepEqual(currentStreak(['2025-01-01', '2026-11-02'], day('2026-11-23'), always), streak(2, '2025-01-01', '2026-11-02'));
  });

  it('refuses rest days that are not weekdays', () => {
    for (const restDays of [[7], [-1], [1.5], [Number.NaN]]) {
      assert.throws(() => currentStreak([], day('2026-11-23'), { forgiveWeekends: true, restDays }), RangeError);
    }
  });

  it('has no streak without entries, and prefers the most recent of equal longest streaks', () => {
    assert.deepEqual(streaks([], day('2026-11-23'), FORGIVING), { current: NO_STREAK, longest: NO_STREAK });
    const dates = ['2026-11-02', '2026-11-03', '2026-11-10', '2026-11-11'];
    assert.deepEqual(longestStreak(dates, day('2026-11-23'), STRICT), streak(2, '2026-11-10', '2026-11-11'));
  });

  it('agrees with walking the calendar day by day', () => {
    const first = day('2026-10-01');
    const options = fc.record({ forgiveWeekends: fc.boolean(), restDays: fc.subarray([0, 1, 2, 3, 4, 5, 6]) });
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }), fc.integer({ min: 0, max: 70 }), options, (offsets, todayOffset, opts) => {
      const dates = offsets.map((offset) => formatIsoDate(addDays(first, offset)));
      const today = addDays(first, todayOffset);
      const actual = streaks(dates, today, opts);
      assert.deepEqual(actual, walk(dates, today, opts));
      assert.ok(actual.current.length <= actual.longest.length);
    }));
  });
});

/** The definition, applied one day at a time: the oracle for the property test. */
function walk(dates: readonly string[], today: LocalDate, options: StreakOptions): { current: Streak; longest: Streak } {
  const rest = options.forgiveWeekends ? options.restDays ?? [0, 6] : [];
  const isRest = (epochDay: number): boolean => rest.includes(weekday(addDays(day('1970-01-01'), epochDay)));
  const last = toEpochDay(today);
  const written = new Set(dates.map((date) => toEpochDay(day(date))).filter((epochDay) => epochDay <= last));
  if (written.size === 0) {
    return { current: NO_STREAK, longest: NO_STREAK };
  }
  const first = Math.min(...written);
  const iso = (epochDay: number): string => formatIsoDate(addDays(day('1970-01-01'), epochDay));
  let longest = NO_STREAK;
  let run: { length: number; start: number; end: number } | undefined;
  for (let epochDay = first; epochDay <= last; epochDay++) {
    if (written.has(epochDay)) {
      run = run ? { ...run, length: run.length + 1, end: epochDay } : { length: 1, start: epochDay, end: epochDay };
      if (run.length >= longest.length) {
        longest = streak(run.length, iso(run.start), iso(run.end));
      }
    } else if (!isRest(epochDay)) {
      run = undefined;
    }
  }
  let length = 0;
  let start = 0;
  let end: number | undefined;
  for (let epochDay = written.has(last) ? last : last - 1; epochDay >= first; epochDay--) {
    if (written.has(epochDay)) {
      length++;
      start = epochDay;
      end ??= epochDay;
    } else if (!isRest(epochDay)) {
      break;
    }
  }
  const current = end === undefined ? NO_STREAK : streak(length, iso(start), iso(end));
  return { current, longest };
}
