import * as assert from 'node:assert/strict';
import { summarise, type SummaryOptions } from '../../../../src/core/trends/summary';
import { day, entry, numbersIn, tagged } from './fixtures';

const TODAY = day('2026-11-23'); // A Monday.
const WEEKS: SummaryOptions = { granularity: 'week', weekStart: 1, forgiveWeekends: true };

const ENTRIES = [
  tagged('2026-11-16', 0.8, { functions: ['direction', 'motivation'], people: ['Ana'], style: 'coaching', title: 'Monday' }),
  tagged('2026-11-17', 0.2, { functions: ['planning'], traps: ['micromanaging-leader'], people: ['Ana', 'Bo'], style: 'directing' }),
  tagged('2026-11-18', 0.5, { functions: ['direction'], people: ['Bo'] }),
  entry('2026-11-19'),
  entry('2026-11-20', { traps: ['micromanaging-leader', 'taskmaster-manager'], path: '2026/11/2026-11-20-decision.md', title: 'Decision: reorg' }),
  entry('2026-11-20', { traps: ['micromanaging-leader'], path: '2026/11/2026-11-20.md', title: 'Friday' }),
  entry('2026-09-29', { traps: ['visionless-manager'] }), // The first day of the eight weeks.
  entry('2026-09-28', { traps: ['nice-leader-no-follow-through'] }), // One day too old.
  tagged('2026-11-25', 1, { people: ['Cy'], style: 'delegating', functions: ['alignment'], traps: ['taskmaster-manager'] }), // In the future.
];

describe('trends: summarise', () => {
  it('gathers buckets, heat-map, streaks, functions, traps, people and comparison', () => {
    const summary = summarise(ENTRIES, TODAY, WEEKS);
    assert.equal(summary.today, '2026-11-23');
    assert.deepEqual(summary.range, { from: '2026-08-31', to: '2026-11-23', granularity: 'week', weekStart: 1 });
    assert.equal(summary.buckets.length, 13);
    assert.equal(summary.buckets[0]?.key, '2026-W36');
    assert.equal(summary.buckets.at(-1)?.key, '2026-W48');
    assert.equal(summary.buckets.at(-2)?.entries, 6);
    assert.equal(summary.totals.entries, 8);
    assert.equal(summary.totals.tagged, 3);
    assert.ok(Math.abs((summary.totals.whyShare ?? Number.NaN) - 0.5) < 1e-12);
    assert.equal(summary.heatmap.length, 371);
    assert.equal(summary.heatmap.at(-1)?.date, '2026-11-23');
    assert.deepEqual(summary.streaks.current, { length: 5, start: '2026-11-16', end: '2026-11-20' });
    assert.deepEqual(summary.streaks.longest, { length: 5, start: '2026-11-16', end: '2026-11-20' });
    assert.deepEqual(summary.functions, [
      { id: 'direction', side: 'leading', count: 2 },
      { id: 'motivation', side: 'leading', count: 1 },
      { id: 'planning', side: 'managing', count: 1 },
      { id: 'alignment', side: 'leading', count: 0 },
      { id: 'organising', side: 'managing', count: 0 },
      { id: 'controlling', side: 'managing', count: 0 },
    ]);
    assert.deepEqual(summary.recentTraps, {
      since: '2026-09-29',
      traps: [
        {
          id: 'micromanaging-leader', count: 3, entries: [
            { date: '2026-11-20', path: '2026/11/2026-11-20-decision.md', title: 'Decision: reorg' },
            { date: '2026-11-20', path: '2026/11/2026-11-20.md', title: 'Friday' },
            { date: '2026-11-17', path: '2026/11/2026-11-17.md', title: '2026-11-17' },
          ],
        },
        { id: 'visionless-manager', count: 1, entries: [{ date: '2026-09-29', path: '2026/09/2026-09-29.md', title: '2026-09-29' }] },
        { id: 'taskmaster-manager', count: 1, entries: [{ date: '2026-11-20', path: '2026/11/2026-11-20-decision.md', title: 'Decision: reorg' }] },
      ],
    });
    assert.deepEqual(summary.people, [
      { name: 'Ana', entries: 2, styles: { directing: 1, coaching: 1, supporting: 0, delegating: 0 } },
      { name: 'Bo', entries: 2, styles: { directing: 1, coaching: 0, supporting: 0, delegating: 0 } },
    ]);
    assert.equal(summary.comparison.recent.entries, 6);
  });

  it('keeps future entries out of every count until their day, even when the range reaches them', () => {
    const summary = summarise(ENTRIES, TODAY, { ...WEEKS, to: day('2026-11-29') });
    assert.equal(summary.buckets.at(-1)?.entries, 0);
    assert.equal(summary.functions.find((rank) => rank.id === 'alignment')?.count, 0);
    assert.deepEqual(summary.people.map((person) => person.name), ['Ana', 'Bo']);
    const onItsDay = summarise(ENTRIES, day('2026-11-29'), { ...WEEKS, to: day('2026-11-29') });
    assert.equal(onItsDay.buckets.at(-1)?.entries, 1, 'counted from its day on');
    assert.equal(summary.heatmap.at(-1)?.date, '2026-11-23');
    assert.equal(summary.streaks.current.end, '2026-11-20');
    assert.equal(summary.recentTraps.traps.find((trap) => trap.id === 'taskmaster-manager')?.count, 1);
    assert.equal(summary.comparison.recent.traps, 4);
  });

  it('defaults the range by granularity', () => {
    assert.deepEqual(summarise([], TODAY, { ...WEEKS, granularity: 'day' }).range.from, '2026-10-27');
    assert.equal(summarise([], TODAY, { ...WEEKS, granularity: 'day' }).buckets.length, 28);
    assert.deepEqual(summarise([], TODAY, { ...WEEKS, granularity: 'month' }).buckets.map((bucket) => bucket.key).slice(0, 2), ['2025-12', '2026-01']);
    assert.equal(summarise([], TODAY, { ...WEEKS, weekStart: 0 }).buckets[0]?.start, '2026-08-30');
  });

  it('round-trips through JSON unchanged, with no NaN anywhere', () => {
    for (const summary of [
      summarise(ENTRIES, TODAY, WEEKS),
      summarise(ENTRIES, TODAY, { ...WEEKS, granularity: 'month', from: day('2025-01-01'), to: day('2026-12-31') }),
      summarise([], TODAY, { ...WEEKS, granularity: 'day' }),
      summarise(ENTRIES, TODAY, { ...WEEKS, from: day('2026-12-01'), to: day('2026-11-01') }),
    ]) {
      assert.deepStrictEqual(JSON.parse(JSON.stringify(summary)), summary);
      assert.ok(numbersIn(summary).every(Number.isFinite));
    }
  });

  it('handles an empty range: no buckets, zero totals, everything ranked at zero', () => {
    const summary = summarise(ENTRIES, TODAY, { ...WEEKS, from: day('2026-12-01'), to: day('2026-11-01') });
    assert.deepEqual(summary.buckets, []);
    assert.equal(summary.totals.entries, 0);
    assert.equal(summary.totals.whyShare, null);
    assert.ok(summary.functions.every((rank) => rank.count === 0));
    assert.deepEqual(summary.people, []);
  });
});
