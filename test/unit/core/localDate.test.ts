import * as assert from 'node:assert/strict';
import {
  addDays, daysInMonth, formatIsoDate, fromEpochDay, localDateOf, parseIsoDate, toEpochDay, weekday,
} from '../../../src/core/calendar/localDate';

describe('localDate', () => {
  it('takes the calendar day from the local clock, not from UTC', () => {
    // Built from local fields, so in any TZ this instant is 23:30 on 23 November locally,
    // even where that instant is already the 24th in UTC.
    const lateEvening = new Date(2026, 10, 23, 23, 30);
    assert.equal(formatIsoDate(localDateOf(lateEvening)), '2026-11-23');
    const earlyMorning = new Date(2026, 10, 23, 0, 15);
    assert.equal(formatIsoDate(localDateOf(earlyMorning)), '2026-11-23');
  });

  it('counts writing before the day-start hour as the day before', () => {
    assert.equal(formatIsoDate(localDateOf(new Date(2026, 10, 23, 1, 0), 4)), '2026-11-22');
    assert.equal(formatIsoDate(localDateOf(new Date(2026, 10, 23, 4, 0), 4)), '2026-11-23');
    assert.equal(formatIsoDate(localDateOf(new Date(2027, 0, 1, 3, 59), 4)), '2026-12-31');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    assert.equal(formatIsoDate(addDays({ year: 2024, month: 2, day: 28 }, 1)), '2024-02-29');
    assert.equal(formatIsoDate(addDays({ year: 2023, month: 2, day: 28 }, 1)), '2023-03-01');
    assert.equal(formatIsoDate(addDays({ year: 2026, month: 12, day: 31 }, 1)), '2027-01-01');
    assert.equal(formatIsoDate(addDays({ year: 2026, month: 3, day: 1 }, -1)), '2026-02-28');
  });

  it('round-trips every day of four years through epoch days', () => {
    let date = { year: 2023, month: 1, day: 1 };
    for (let i = 0; i < 4 * 366; i++) {
      assert.deepEqual(fromEpochDay(toEpochDay(date)), date);
      const next = addDays(date, 1);
      assert.equal(toEpochDay(next) - toEpochDay(date), 1);
      date = next;
    }
  });

  it('knows the weekday', () => {
    assert.equal(weekday({ year: 2026, month: 11, day: 23 }), 1); // a Monday
    assert.equal(weekday({ year: 1970, month: 1, day: 1 }), 4); // a Thursday
    assert.equal(weekday({ year: 1969, month: 12, day: 28 }), 0); // a Sunday, before the epoch
  });

  it('parses only real YYYY-MM-DD dates', () => {
    assert.deepEqual(parseIsoDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
    assert.equal(parseIsoDate('2026-02-29'), undefined);
    assert.equal(parseIsoDate('2026-13-01'), undefined);
    assert.equal(parseIsoDate('2026-1-01'), undefined);
    assert.equal(parseIsoDate('yesterday'), undefined);
    assert.equal(daysInMonth(2100, 2), 28);
    assert.equal(daysInMonth(2000, 2), 29);
  });
});
