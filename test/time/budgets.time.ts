// Timings that were in the unit tier, where a busy machine made them flaky: the scaffold line scans
// in linear time, and the budgets of the index's consumers on large journals. Measured as the rest
// of this tier (test/support/linearTime.ts: waits for a CPU and GC taken out).
import * as assert from 'node:assert/strict';
import { isScaffoldedPrompt } from '../../src/core/entries/scaffoldLines';
import { filterRecords, type SearchRecord } from '../../src/core/reflect/search';
import { parseQuery } from '../../src/core/reflect/searchQuery';
import { aggregate } from '../../src/core/trends/aggregate';
import { summarise } from '../../src/core/trends/summary';
import { RECORDS } from '../fixtures/reflect/journal';
import { assertLinear, ownTime } from '../support/linearTime';
import { day, largeJournal } from '../unit/core/trends/fixtures';

describe('scaffold lines in linear time', function () {
  this.timeout(120_000);
  // The regular expressions these scans replaced took about a minute on 400k spaces.
  for (const [before, after] of [['## a', 'b'], ['- a', 'b'], ['## a', '#b'], ['- a', ':b']] as const) {
    it(`grows linearly on "${before}", spaces, "${after}"`, async () => {
      await assertLinear((size) => `${before}${' '.repeat(size)}${after}`, isScaffoldedPrompt);
    });
  }
});

describe('budgets on large journals', function () {
  this.timeout(120_000);

  it('filters 10,000 records on metadata in under 100 ms', async () => {
    const many: SearchRecord[] = Array.from({ length: 10_000 }, (_, i) => ({ ...RECORDS[i % RECORDS.length]!, path: `x/${i}.md`, people: [`Person ${i % 97}`] }));
    const parsed = parseQuery('tag:how kind:decision person:"person 5" from:2026-01-01 trap:micromanaging-leader').query;
    const found = filterRecords(parsed, many);
    assert.ok(found.length > 0 && found.every((r) => r.kind === 'decision' && r.people[0] === 'Person 5'));
    const elapsed = await ownTime(() => filterRecords(parsed, many));
    assert.ok(elapsed < 100, `${elapsed.toFixed(1)} ms`);
  });

  it('aggregates 50,000 entries by day, week and month in under 2 s each', async () => {
    const entries = largeJournal(50_000);
    for (const granularity of ['day', 'week', 'month'] as const) {
      const buckets = aggregate(entries, { granularity, weekStart: 1 });
      assert.equal(buckets.reduce((total, bucket) => total + bucket.entries, 0), 50_000);
      const elapsed = await ownTime(() => aggregate(entries, { granularity, weekStart: 1 }));
      assert.ok(elapsed < 2000, `${granularity}: ${elapsed.toFixed(0)} ms`);
    }
  });

  it('summarises 50,000 entries in under 2 s', async () => {
    const entries = largeJournal(50_000);
    const options = { granularity: 'week', weekStart: 1, forgiveWeekends: true, from: day('2017-01-01') } as const;
    assert.equal(summarise(entries, day('2026-12-31'), options).totals.entries, 50_000);
    const elapsed = await ownTime(() => summarise(entries, day('2026-12-31'), options));
    assert.ok(elapsed < 2000, `${elapsed.toFixed(0)} ms`);
  });
});
