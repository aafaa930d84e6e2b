import * as assert from 'node:assert/strict';
import { calendarHeatmap, HEATMAP_DAYS, heatLevel, heatTint } from '../../../../src/core/trends/heatmap';
import { day, entry, tagged } from './fixtures';

describe('trends: calendarHeatmap', () => {
  it('has one cell per day for the last 371 days, oldest first, ending today', () => {
    const cells = calendarHeatmap([], day('2026-11-23'));
    assert.equal(cells.length, HEATMAP_DAYS);
    assert.equal(HEATMAP_DAYS, 371);
    assert.equal(cells[0]?.date, '2025-11-18');
    assert.equal(cells.at(-1)?.date, '2026-11-23');
    const dates = cells.map((cell) => cell.date);
    assert.deepEqual([...dates].sort(), dates);
    assert.equal(new Set(dates).size, dates.length);
    assert.ok(cells.every((cell) => cell.count === 0 && cell.whyShare === null));
  });

  it('counts every entry of a day and shows the mean why share of its tagged entries', () => {
    const entries = [
      tagged('2026-11-22', 0.9), tagged('2026-11-22', 0.5), entry('2026-11-22'), entry('2026-11-23'),
      entry('2026-11-24'), // After today: not shown.
      entry('2026-11-16'), // Before the window.
    ];
    const cells = calendarHeatmap(entries, day('2026-11-23'), 7);
    assert.deepEqual(cells.map((cell) => [cell.date, cell.count]), [
      ['2026-11-17', 0], ['2026-11-18', 0], ['2026-11-19', 0], ['2026-11-20', 0], ['2026-11-21', 0], ['2026-11-22', 3], ['2026-11-23', 1],
    ]);
    assert.ok(Math.abs((cells[5]?.whyShare ?? Number.NaN) - 0.7) < 1e-12);
    assert.equal(cells[6]?.whyShare, null);
  });

  it('accepts zero days and refuses a negative or fractional number', () => {
    assert.deepEqual(calendarHeatmap([entry('2026-11-23')], day('2026-11-23'), 0), []);
    assert.throws(() => calendarHeatmap([], day('2026-11-23'), -1), RangeError);
    assert.throws(() => calendarHeatmap([], day('2026-11-23'), 1.5), RangeError);
  });

  it('shades a day by its entries (a single entry always shows) and tints it by its why share', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((count) => heatLevel(count, 5)), [0, 1, 2, 3, 3, 4]);
    assert.equal(heatLevel(1, 1), 1);
    assert.equal(heatLevel(1, 40), 1);
    assert.equal(heatTint({ date: '2026-11-23', count: 0, whyShare: null }), '');
    assert.equal(heatTint({ date: '2026-11-23', count: 2, whyShare: null }), 'tn');
    assert.deepEqual([0, 0.19, 0.2, 0.5, 0.99, 1].map((share) => heatTint({ date: '2026-11-23', count: 1, whyShare: share })), ['t0', 't0', 't1', 't2', 't4', 't4']);
  });
});
