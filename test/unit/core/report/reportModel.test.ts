import * as assert from 'node:assert/strict';
import { buildReport } from '../../../../src/core/report/reportModel';
import { day, entry, numbersIn, tagged } from '../trends/fixtures';

const TODAY = day('2026-11-23'); // A Monday.

const ENTRIES = [
  tagged('2026-11-20', 0.9),
  tagged('2026-11-16', 0.8, { people: ['Ana'] }),
  tagged('2026-10-05', 0.1),
  entry('2026-06-01'),
  tagged('2026-12-01', 1), // After today.
];
const SKIPPED = [{ path: 'z.md', reason: 'no date' }, { path: 'a.md', reason: 'invalid YAML' }];

describe('report: buildReport', () => {
  it('covers the whole journal by week, from the first entry to today', () => {
    const report = buildReport(ENTRIES, SKIPPED, TODAY);
    assert.equal(report.format, 'leadership-journal-report');
    assert.equal(report.today, '2026-11-23');
    assert.equal(report.since, null);
    assert.equal(report.entries, 5);
    assert.equal(report.firstEntry, '2026-06-01');
    assert.equal(report.lastEntry, '2026-12-01');
    assert.equal(report.future, 1);
    assert.deepEqual(report.summary.range, { from: '2026-06-01', to: '2026-11-23', granularity: 'week', weekStart: 1 });
    assert.equal(report.summary.buckets[0]?.key, '2026-W23');
    assert.equal(report.summary.buckets.at(-1)?.key, '2026-W48');
    assert.equal(report.summary.totals.entries, 4, 'the future entry is not in the summary');
    assert.equal(report.summary.totals.tagged, 3);
    assert.ok(Math.abs((report.summary.totals.whyShare ?? NaN) - 0.6) < 1e-12);
    assert.deepEqual(report.skipped.map((s) => s.path), ['a.md', 'z.md']);
  });

  it('leaves out entries before since, and starts the range there', () => {
    const report = buildReport(ENTRIES, [], TODAY, day('2026-11-16'));
    assert.equal(report.since, '2026-11-16');
    assert.equal(report.entries, 3);
    assert.equal(report.firstEntry, '2026-11-16');
    assert.equal(report.summary.range.from, '2026-11-16');
    assert.equal(report.summary.totals.entries, 2);
    assert.equal(report.summary.comparison.baseline.entries, 0, 'the comparison sees only the entries kept');
  });

  it('does not depend on the order of its inputs, and is plain JSON data', () => {
    const a = buildReport(ENTRIES, SKIPPED, TODAY);
    const b = buildReport([...ENTRIES].reverse(), [...SKIPPED].reverse(), TODAY);
    assert.equal(JSON.stringify(a), JSON.stringify(b));
    assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
    assert.ok(numbersIn(a).every(Number.isFinite));
  });

  it('counts private entries like any other but names them nowhere: not among the people, not in a trap\'s entries', () => {
    const secret = tagged('2026-11-18', 0.1, { people: ['Jonas'], traps: ['micromanaging-leader'], title: 'Jonas on leave', private: true });
    const open = tagged('2026-11-19', 0.2, { people: ['Ana'], traps: ['micromanaging-leader'], title: 'Rota' });
    const withSecret = buildReport([...ENTRIES, secret, open], [], TODAY);
    const without = buildReport([...ENTRIES, open], [], TODAY);
    assert.equal(withSecret.private, 1);
    assert.equal(without.private, 0);
    assert.equal(withSecret.summary.totals.entries, without.summary.totals.entries + 1, 'counted');
    assert.deepEqual(withSecret.summary.people, without.summary.people, 'Jonas is named only in the private entry');
    const trap = withSecret.summary.recentTraps.traps.find((t) => t.id === 'micromanaging-leader');
    assert.equal(trap?.count, 2, 'the trap is counted in both');
    assert.deepEqual(trap?.entries.map((e) => e.title), ['Rota']);
    assert.ok(!JSON.stringify(withSecret).includes('Jonas'), 'no trace of its name or title in the report');
  });

  it('makes an empty report for an empty journal or a since after today', () => {
    const empty = buildReport([], [], TODAY);
    assert.equal(empty.entries, 0);
    assert.equal(empty.firstEntry, null);
    assert.equal(empty.summary.totals.entries, 0);
    const later = buildReport(ENTRIES, [], TODAY, day('2026-11-30'));
    assert.equal(later.entries, 1);
    assert.equal(later.summary.buckets.length, 0);
    assert.equal(later.summary.totals.entries, 0);
  });
});
