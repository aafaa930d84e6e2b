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

  it('compares this month so far with the mean of the three before it', () => {
    const { recent, baseline, delta } = compareRecent(entries, day('2026-11-23'));
    assert.deepEqual([recent.from, recent.to, recent.months, recent.days], ['2026-11-01', '2026-11-23', 1, 23]);
    assert.deepEqual([baseline.from, baseline.to, baseline.months, baseline.days], ['2026-08-01', '2026-10-31', 3, 92]);
    assert.equal(recent.entries, 3);
    assert.equal(recent.traps, 2);
    near(recent.whyShare, 0.6);
    near(recent.balancedShare, 0.5);
    near(recent.entriesPerWeek, 21 / 23);
    // The empty October counts as 0 entries, but has no share: it is left out of the share means.
    assert.equal(baseline.entries, 3);
    near(baseline.traps, 1 / 3);
    near(baseline.whyShare, (0.35 + 0.5) / 2);
    near(baseline.balancedShare, (0.5 + 1) / 2);
    near(baseline.entriesPerWeek, 63 / 92);
    assert.equal(delta.entries, 0);
    near(delta.traps, 2 - 1 / 3);
    near(delta.whyShare, 0.6 - 0.425);
    near(delta.balancedShare, -0.25);
    near(delta.entriesPerWeek, 21 / 23 - 63 / 92);
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

  it('reaches back over New Year, with any number of months', () => {
    const { recent, baseline } = compareRecent([entry('2026-12-31'), entry('2026-11-30')], day('2027-01-10'), { months: 2, against: 3 });
    assert.deepEqual([recent.from, recent.to, recent.days, recent.entries], ['2026-12-01', '2027-01-10', 41, 0.5]);
    assert.deepEqual([baseline.from, baseline.to, baseline.days, baseline.entries], ['2026-09-01', '2026-11-30', 91, 1 / 3]);
  });

  it('refuses months that are not whole and positive', () => {
    for (const options of [{ months: 0, against: 3 }, { months: 1, against: 0 }, { months: 1.5, against: 3 }, { months: 1, against: Number.NaN }]) {
      assert.throws(() => compareRecent([], day('2026-11-23'), options), RangeError);
    }
  });
});
