import * as assert from 'node:assert/strict';
import {
  formatIsoWeek, isoWeekOf, isWeekStart, startOfWeek, weekAnchor, weekRange, type WeekStart,
} from '../../../src/core/calendar/isoWeek';
import { addDays, formatIsoDate, parseIsoDate, weekday, type LocalDate } from '../../../src/core/calendar/localDate';

function day(iso: string): LocalDate {
  const date = parseIsoDate(iso);
  assert.ok(date, `test date ${iso}`);
  return date;
}

function weekLabel(iso: string): string {
  return formatIsoWeek(isoWeekOf(day(iso)));
}

describe('isoWeek', () => {
  it('labels days with their ISO week, week 53 and New Year included', () => {
    // Expected values from Python's date.isocalendar().
    const expected: Record<string, string> = {
      '2026-11-23': '2026-W48',
      '2020-12-31': '2020-W53',
      '2021-01-03': '2020-W53',
      '2021-01-04': '2021-W01',
      '2024-12-30': '2025-W01',
      '2026-01-01': '2026-W01',
      '2026-12-31': '2026-W53',
      '2027-01-03': '2026-W53',
      '2027-01-04': '2027-W01',
      '2008-12-29': '2009-W01',
      '2010-01-03': '2009-W53',
      '2005-01-01': '2004-W53',
      '2024-02-29': '2024-W09',
      '0001-01-01': '0001-W01',
      '9999-12-31': '9999-W52',
    };
    for (const [iso, label] of Object.entries(expected)) {
      assert.equal(weekLabel(iso), label, iso);
    }
  });

  it('numbers weeks consistently day by day from 1990 to 2040', () => {
    // Independent of the implementation: weeks change only on Mondays, count up by one within a
    // week-year, and a week-year has 53 weeks exactly when it starts on a Thursday, or on a
    // Wednesday in a leap year.
    let date = day('1990-01-01'); // a Monday, 1990-W01
    let previous = isoWeekOf(date);
    assert.deepEqual(previous, { weekYear: 1990, week: 1 });
    while (date.year < 2041) {
      date = addDays(date, 1);
      const current = isoWeekOf(date);
      if (weekday(date) !== 1) {
        assert.deepEqual(current, previous, formatIsoDate(date));
      } else if (current.weekYear === previous.weekYear) {
        assert.equal(current.week, previous.week + 1, formatIsoDate(date));
      } else {
        const y = previous.weekYear;
        const jan1 = weekday({ year: y, month: 1, day: 1 });
        const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
        assert.equal(previous.week, jan1 === 4 || (leap && jan1 === 3) ? 53 : 52, `weeks in ${y}`);
        assert.deepEqual(current, { weekYear: y + 1, week: 1 }, formatIsoDate(date));
      }
      previous = current;
    }
  });

  it('formats with a four-digit year and a two-digit week', () => {
    assert.equal(formatIsoWeek({ weekYear: 2026, week: 3 }), '2026-W03');
    assert.equal(formatIsoWeek({ weekYear: 987, week: 12 }), '0987-W12');
  });

  it('starts the week on the weekday the user chose', () => {
    const wednesday = day('2026-11-25');
    const expected = ['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-19', '2026-11-20', '2026-11-21'];
    for (let start = 0; start <= 6; start++) {
      const first = startOfWeek(wednesday, start as WeekStart);
      assert.equal(formatIsoDate(first), expected[start], `week start ${start}`);
      assert.equal(weekday(first), start);
    }
    assert.equal(formatIsoDate(startOfWeek(day('2027-01-01'), 1)), '2026-12-28');
    assert.equal(formatIsoDate(startOfWeek(day('2024-03-02'), 0)), '2024-02-25');
  });

  it('gives a seven-day range holding the date', () => {
    const range = weekRange(day('2024-02-29'), 1);
    assert.deepEqual([formatIsoDate(range.start), formatIsoDate(range.end)], ['2024-02-26', '2024-03-03']);
    const sundayWeek = weekRange(day('2026-12-31'), 0);
    assert.deepEqual([formatIsoDate(sundayWeek.start), formatIsoDate(sundayWeek.end)], ['2026-12-27', '2027-01-02']);
  });

  it('anchors every day of a week to one day, labelled with the ISO week most of it falls in', () => {
    // A Sunday-start week, Sun 22 – Sat 28 Nov 2026: Sunday alone is in W47, the other six in W48.
    for (let offset = 0; offset < 7; offset++) {
      const anchor = weekAnchor(addDays(day('2026-11-22'), offset), 0);
      assert.equal(formatIsoDate(anchor), '2026-11-25');
      assert.equal(formatIsoWeek(isoWeekOf(anchor)), '2026-W48');
    }
    // A Monday start anchors on Thursday, whose year is the ISO week-year.
    for (let offset = 0; offset < 7; offset++) {
      const anchor = weekAnchor(addDays(day('2024-12-30'), offset), 1);
      assert.equal(formatIsoDate(anchor), '2025-01-02');
    }
  });

  it('accepts only 0–6 as a week start setting', () => {
    for (const ok of [0, 1, 6]) {
      assert.equal(isWeekStart(ok), true, String(ok));
    }
    for (const bad of [-1, 7, 1.5, '1', undefined, null, Number.NaN]) {
      assert.equal(isWeekStart(bad), false, String(bad));
    }
  });
});
