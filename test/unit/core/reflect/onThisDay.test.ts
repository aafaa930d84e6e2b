import * as assert from 'node:assert/strict';
import { parseIsoDate, type LocalDate } from '../../../../src/core/calendar/localDate';
import { onThisDay, sameDayOfMonth } from '../../../../src/core/reflect/onThisDay';

function day(iso: string): LocalDate {
  const date = parseIsoDate(iso);
  assert.ok(date);
  return date;
}

const entry = (date: string, suffix = '') => ({ date, path: `${date.slice(0, 4)}/${date.slice(5, 7)}/${date}${suffix}.md` });

function recalled(dates: readonly string[], today: string): { years: string[]; months: string[] } {
  const found = onThisDay(dates.map((date) => entry(date)), day(today));
  return { years: found.years.map((r) => r.entry.date), months: found.months.map((r) => r.entry.date) };
}

describe('reflect: on this day', () => {
  it('recalls the same date in earlier years and the same day in earlier months, newest first', () => {
    const dates = ['2024-05-14', '2025-05-14', '2026-04-14', '2026-01-14', '2025-11-14', '2026-05-13', '2026-05-14', '2026-06-14', '2025-05-15', 'not-a-date'];
    assert.deepEqual(recalled(dates, '2026-05-14'), {
      years: ['2025-05-14', '2024-05-14'],
      months: ['2026-04-14', '2026-01-14', '2025-11-14'],
    });
  });

  it('says how long ago, and orders one day’s entries by path', () => {
    const found = onThisDay([entry('2025-05-14', '-b'), entry('2025-05-14', '-a'), entry('2026-02-14')], day('2026-05-14'));
    assert.deepEqual(found.years.map((r) => [r.entry.path, r.monthsAgo]), [['2025/05/2025-05-14-a.md', 12], ['2025/05/2025-05-14-b.md', 12]]);
    assert.deepEqual(found.months.map((r) => r.monthsAgo), [3]);
  });

  it('matches 29 February to 28 February in other years, both ways', () => {
    assert.deepEqual(recalled(['2027-02-28', '2024-02-29', '2025-02-27'], '2028-02-29').years, ['2027-02-28', '2024-02-29']);
    assert.deepEqual(recalled(['2024-02-29', '2026-02-28'], '2027-02-28').years, ['2026-02-28', '2024-02-29']);
  });

  it('matches the 29th to 31st to the last day of shorter months, both ways', () => {
    assert.deepEqual(recalled(['2026-02-28', '2026-04-30', '2026-01-31', '2026-01-30', '2026-04-29'], '2026-05-31').months, ['2026-04-30', '2026-02-28', '2026-01-31']);
    assert.deepEqual(recalled(['2026-01-31', '2026-01-30', '2026-01-29', '2026-01-28', '2026-01-27'], '2026-02-28').months, ['2026-01-31', '2026-01-30', '2026-01-29', '2026-01-28']);
    assert.deepEqual(recalled(['2026-03-31', '2026-03-30'], '2026-04-30').months, ['2026-03-31', '2026-03-30']);
    assert.deepEqual(recalled(['2026-03-31'], '2026-04-29').months, []);
  });

  it('decides the same day of the month symmetrically for months of equal length', () => {
    for (let d = 1; d <= 31; d++) {
      for (let e = 1; e <= 31; e++) {
        const a = { year: 2026, month: 1, day: d };
        const b = { year: 2026, month: 3, day: e };
        assert.equal(sameDayOfMonth(a, b), d === e, `${d} ${e}`);
      }
    }
  });
});
