import * as assert from 'node:assert/strict';
import {
  addDays, daysInMonth, formatIsoDate, fromEpochDay, isoMonth, localDateOf, parseIsoDate, toEpochDay, utcDateOf, weekday,
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

  it('counts years before 100 as themselves, not as 1900–1999', () => {
    assert.equal(toEpochDay({ year: 1, month: 1, day: 1 }), -719_162);
    assert.equal(weekday({ year: 1, month: 1, day: 1 }), 1); // a Monday in the proleptic Gregorian calendar
    assert.equal(formatIsoDate(addDays({ year: 99, month: 12, day: 31 }, 1)), '0100-01-01');
    assert.equal(formatIsoDate(addDays({ year: 4, month: 2, day: 28 }, 1)), '0004-02-29');
    assert.equal(daysInMonth(100, 2), 28);
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

// Runs in every host zone (the unit tier is run under several TZ values): instants are built from
// local fields, so each means the same wall-clock moment wherever it runs.
describe('localDate in the host time zone', () => {
  it('gives the wall-clock day at 00:30 and 23:30 around the year, leap day included', () => {
    // New Year, the 2026 DST changes in the US and the EU, a leap day, New Year's Eve (month0 as in `new Date`).
    const days = [[2026, 0, 1], [2026, 2, 8], [2026, 2, 29], [2026, 9, 25], [2026, 10, 1], [2024, 1, 29], [2026, 11, 31]];
    for (const [y, m, d] of days) {
      const iso = formatIsoDate({ year: y, month: m + 1, day: d });
      assert.equal(formatIsoDate(localDateOf(new Date(y, m, d, 0, 30))), iso);
      assert.equal(formatIsoDate(localDateOf(new Date(y, m, d, 23, 30))), iso);
    }
  });

  it('moves to the next day exactly at the day-start hour', () => {
    assert.equal(formatIsoDate(localDateOf(new Date(2024, 2, 1, 4, 59), 5)), '2024-02-29');
    assert.equal(formatIsoDate(localDateOf(new Date(2024, 2, 1, 5, 0), 5)), '2024-03-01');
    assert.equal(formatIsoDate(localDateOf(new Date(2026, 10, 23, 23, 59), 0)), '2026-11-23');
  });
});

// Each case sets TZ itself, so it checks that zone whatever TZ the suite runs under. Node re-reads
// TZ when it is assigned at run time; each case first checks the zone took effect (a 23- or 25-hour
// day, or the zone's offset), so a runtime that ignored the change would fail rather than pass vacuously.
describe('localDate in named time zones', () => {
  const hostZone = process.env.TZ;

  afterEach(() => {
    if (hostZone === undefined) {
      delete process.env.TZ;
    } else {
      process.env.TZ = hostZone;
    }
  });

  /** Hours in a local day: 23 or 25 on a DST change. `month0` is 0–11 as in `new Date`. */
  function hoursIn(year: number, month0: number, day: number): number {
    return (new Date(year, month0, day + 1).getTime() - new Date(year, month0, day).getTime()) / 3_600_000;
  }

  function dayOf(instant: Date, dayStartHour = 0): string {
    return formatIsoDate(localDateOf(instant, dayStartHour));
  }

  const dstChanges: readonly { zone: string; date: [number, number, number]; hours: number }[] = [
    { zone: 'America/New_York', date: [2026, 2, 8], hours: 23 },
    { zone: 'America/New_York', date: [2026, 10, 1], hours: 25 },
    { zone: 'Europe/Berlin', date: [2026, 2, 29], hours: 23 },
    { zone: 'Europe/Berlin', date: [2026, 9, 25], hours: 25 },
    { zone: 'Pacific/Auckland', date: [2026, 3, 5], hours: 25 },
    { zone: 'Pacific/Auckland', date: [2026, 8, 27], hours: 23 },
  ];

  for (const { zone, date: [y, m, d], hours } of dstChanges) {
    const iso = formatIsoDate({ year: y, month: m + 1, day: d });
    it(`keeps ${iso} whole in ${zone}, a ${hours}-hour day`, () => {
      process.env.TZ = zone;
      assert.equal(hoursIn(y, m, d), hours, 'the zone and its DST change took effect');
      assert.equal(dayOf(new Date(y, m, d, 0, 30)), iso);
      assert.equal(dayOf(new Date(y, m, d, 23, 30)), iso);
      assert.equal(dayOf(new Date(y, m, d, 23, 59, 59)), iso);
      const date = { year: y, month: m + 1, day: d };
      assert.equal(dayOf(new Date(y, m, d + 1, 0, 0)), formatIsoDate(addDays(date, 1)));
      // With a day start of 4, 03:59 still belongs to the day before and 23:30 to this one.
      assert.equal(dayOf(new Date(y, m, d, 3, 59), 4), formatIsoDate(addDays(date, -1)));
      assert.equal(dayOf(new Date(y, m, d, 23, 30), 4), iso);
    });
  }

  it('counts both passes through the repeated hour of a New York fall-back as the same day', () => {
    process.env.TZ = 'America/New_York';
    const firstPass = new Date(2026, 10, 1, 1, 30); // 01:30 EDT
    const secondPass = new Date(firstPass.getTime() + 3_600_000); // 01:30 EST
    assert.equal(secondPass.getHours(), 1, 'the hour repeats');
    assert.equal(dayOf(firstPass), '2026-11-01');
    assert.equal(dayOf(secondPass), '2026-11-01');
    // With a day start of 2, both are still the evening of 31 October, and 02:00 EST starts 1 November.
    assert.equal(dayOf(firstPass, 2), '2026-10-31');
    assert.equal(dayOf(secondPass, 2), '2026-10-31');
    assert.equal(dayOf(new Date(2026, 10, 1, 2, 0), 2), '2026-11-01');
  });

  it('handles the missing hour of a New York spring-forward and the day start inside it', () => {
    process.env.TZ = 'America/New_York';
    const inTheGap = new Date(2026, 2, 8, 2, 30); // 02:30 does not exist; the clock reads 03:30
    assert.equal(inTheGap.getHours(), 3);
    assert.equal(dayOf(inTheGap), '2026-03-08');
    assert.equal(dayOf(inTheGap, 3), '2026-03-08');
    assert.equal(dayOf(new Date(2026, 2, 8, 1, 59), 3), '2026-03-07');
  });

  it('keeps the day in Santiago, where DST starts by skipping midnight', () => {
    process.env.TZ = 'America/Santiago';
    const midnight = new Date(2026, 8, 6, 0, 0); // 00:00 on 6 September 2026 does not exist; it is 01:00
    assert.equal(midnight.getHours(), 1, 'midnight was skipped');
    assert.equal(dayOf(midnight), '2026-09-06');
    assert.equal(dayOf(new Date(2026, 8, 5, 23, 30)), '2026-09-05');
    // DST ends at midnight too: 23:00–24:00 on 4 April 2026 happens twice, both on the 4th.
    const firstEleven = new Date(2026, 3, 4, 23, 30);
    assert.equal(hoursIn(2026, 3, 4), 25);
    assert.equal(dayOf(firstEleven), '2026-04-04');
    assert.equal(dayOf(new Date(firstEleven.getTime() + 3_600_000)), '2026-04-04');
  });

  const farFromUtc: readonly { zone: string; offsetMinutes: number }[] = [
    { zone: 'Pacific/Kiritimati', offsetMinutes: 14 * 60 },
    { zone: 'Asia/Kathmandu', offsetMinutes: 5 * 60 + 45 },
    { zone: 'Asia/Kolkata', offsetMinutes: 5 * 60 + 30 },
    { zone: 'America/St_Johns', offsetMinutes: -(3 * 60 + 30) },
    { zone: 'Pacific/Pago_Pago', offsetMinutes: -11 * 60 },
  ];

  for (const { zone, offsetMinutes } of farFromUtc) {
    it(`gives the local day, not the UTC day, in ${zone}`, () => {
      process.env.TZ = zone;
      const earlyNewYear = new Date(2026, 0, 1, 0, 30);
      const lateNewYear = new Date(2026, 0, 1, 23, 30);
      assert.equal(-earlyNewYear.getTimezoneOffset(), offsetMinutes, 'the zone took effect');
      assert.equal(dayOf(earlyNewYear), '2026-01-01');
      assert.equal(dayOf(lateNewYear), '2026-01-01');
      // East of UTC the early instant is still 2025 in UTC; west of it the late one is already 2 January.
      const utcDay = (offsetMinutes > 0 ? earlyNewYear : lateNewYear).toISOString().slice(0, 10);
      assert.equal(utcDay, offsetMinutes > 0 ? '2025-12-31' : '2026-01-02');
      assert.equal(dayOf(new Date(2024, 1, 29, 23, 59)), '2024-02-29');
    });
  }

  it("reads a YAML timestamp's day in UTC, whatever the local zone, and a date's month as its key", () => {
    assert.deepEqual(utcDateOf(new Date('2026-11-23T00:00:00Z')), { year: 2026, month: 11, day: 23 });
    assert.deepEqual(utcDateOf(new Date('2026-12-31T23:59:59Z')), { year: 2026, month: 12, day: 31 });
    assert.equal(formatIsoDate(utcDateOf(new Date('0099-01-02T00:00:00Z'))), '0099-01-02');
    assert.equal(isoMonth('2026-11-23'), '2026-11');
  });
});
