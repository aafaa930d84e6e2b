import * as assert from 'node:assert/strict';
import { compareRecent } from '../../../../src/core/trends/compare';
import { day, entry, numbersIn, tagged } from './fixtures';

function near(actual: number | null, expected: number): void {
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-12, `${actual} ≈ ${expected}`);
}

describe('trends: compareRecent', () => {
  const entries = [
    // November so far: 3 entries, why share 0.6, half balanced, 2 trap flags.
    tagged('2026-11-02', 0.8), tagged('2026-11-10', 0.4), entry('2026-11-20', { traps: ['micromanaging-leader', 'taskmaster-manager'] }),
    // October: nothing.
    // September: 3 entries, why share 0.35, half balanced, 1 trap flag.
    tagged('2026-09-01', 0.2), tagged('2026-09-15', 0.5), entry('2026-09-30', { traps: ['visionless-manager'] }),
    // August: 6 balanced entries.
    ...[1, 2, 3, 4, 5, 6].map((date) => tagged(`2026-08-0${date}`, 0.5)),
    // Outside both periods.
    tagged('2026-07-31', 1), tagged('2026-11-24', 1, { traps: ['taskmaster-manager'] }),
  ];

  it('compares this month so far with the same days of the three months before it', () => {
    const { throughDay, recent, baseline, delta } = compareRecent(entries, day('2026-11-23'));
    assert.equal(throughDay, 23);
    assert.deepEqual([recent.from, recent.to, recent.months, recent.days], ['2026-11-01', '2026-11-23', 1, 23]);
    assert.deepEqual([baseline.from, baseline.to, baseline.months, baseline.days], ['2026-08-01', '2026-10-23', 3, 69]);
    assert.equal(recent.entries, 3);
    assert.equal(recent.traps, 2);
    near(recent.whyShare, 0.6);
    near(recent.balancedShare, 0.5);
    near(recent.entriesPerWeek, 21 / 23);
    // August 1–23: six balanced entries; September 1–23: two (the 30th is after the 23rd); October 1–23: none.
    // The empty October counts as 0 entries, but has no share: it is left out of the share means.
    near(baseline.entries, 8 / 3);
    assert.equal(baseline.traps, 0);
    near(baseline.whyShare, (0.5 + 0.35) / 2);
    near(baseline.balancedShare, (1 + 0.5) / 2);
    near(baseline.entriesPerWeek, 56 / 69);
    near(delta.entries, 3 - 8 / 3);
    near(delta.traps, 2);
    near(delta.whyShare, 0.6 - 0.425);
    near(delta.balancedShare, -0.25);
    near(delta.entriesPerWeek, 21 / 23 - 56 / 69);
  });

  it('does not extrapolate on the 2nd of the month: two days against the same two days before', () => {
    const steady = [
      ...['2026-09', '2026-10', '2026-11', '2026-12'].flatMap((month) => [tagged(`${month}-01`, 0.5), tagged(`${month}-02`, 0.5)]),
      ...Array.from({ length: 20 }, (_, index) => tagged(`2026-11-${String(index + 10)}`, 0.5)),
    ];
    const { throughDay, recent, baseline, delta } = compareRecent(steady, day('2026-12-02'));
    assert.equal(throughDay, 2);
    assert.equal(recent.entries, 2);
    assert.equal(baseline.entries, 2);
    assert.equal(delta.entries, 0);
    assert.equal(delta.entriesPerWeek, 0, 'the same habit reads as no change');
  });

  it('cuts a shorter month at its end', () => {
    const { baseline } = compareRecent([tagged('2026-02-28', 0.5)], day('2026-03-31'), { against: 1 });
    assert.deepEqual([baseline.from, baseline.to, baseline.days, baseline.entries], ['2026-02-01', '2026-02-28', 28, 1]);
  });

  it('gives null shares and zero counts, never NaN, for months without entries', () => {
    const empty = compareRecent([], day('2026-11-23'));
    assert.equal(empty.recent.entries, 0);
    assert.equal(empty.baseline.entries, 0);
    assert.equal(empty.recent.whyShare, null);
    assert.equal(empty.baseline.balancedShare, null);
    assert.equal(empty.delta.whyShare, null);
    assert.equal(empty.delta.balancedShare, null);
    assert.equal(empty.delta.entries, 0);
    assert.ok(numbersIn(empty).every(Number.isFinite));
    // Entries this month but none before: the baseline has no share, so neither has the delta.
    const fresh = compareRecent([tagged('2026-11-02', 0.8)], day('2026-11-23'));
    near(fresh.recent.whyShare, 0.8);
    assert.equal(fresh.baseline.whyShare, null);
    assert.equal(fresh.delta.whyShare, null);
    assert.equal(fresh.delta.entries, 1);
  });

  it('reaches back over New Year', () => {
    const { recent, baseline } = compareRecent([entry('2027-01-09'), entry('2026-12-05'), entry('2026-11-30')], day('2027-01-10'));
    assert.deepEqual([recent.from, recent.to, recent.days, recent.entries], ['2027-01-01', '2027-01-10', 10, 1]);
    assert.deepEqual([baseline.from, baseline.to, baseline.days, baseline.entries], ['2026-10-01', '2026-12-10', 30, 1 / 3]);
  });

  it('refuses months that are not whole and positive', () => {
    for (const options of [{ against: 0 }, { against: 1.5 }, { against: Number.NaN }]) {
      assert.throws(() => compareRecent([], day('2026-11-23'), options), RangeError);
    }
  });
});
