// How many threads `report` makes records on (and `classify --jsonl` classifies on): one per core the load average leaves free, this one
// included, never fewer than one nor more than four; every core where there is no load average. The
// load is the other processes' CPU time over a recent window when there is one (this process's own
// taken out), else the 1-minute load average.
import * as assert from 'node:assert/strict';
import { cpuSample, MAX_THREADS, MIN_WINDOW_MS, otherLoad, spareThreads, spareThreadsOnceKnown } from '../../../src/node/spareThreads';

describe('report\'s threads for the machine', () => {
  it('counts the cores the load average leaves free', () => {
    assert.equal(spareThreads(2, 0.2), 2);
    assert.equal(spareThreads(2, 1.2), 1);
    assert.equal(spareThreads(2, 3), 1);
    assert.equal(spareThreads(8, 5.2), 3);
  });

  it('uses every core, up to four, where there is no load average (Windows answers 0)', () => {
    assert.equal(spareThreads(2, 0), 2);
    assert.equal(spareThreads(16, 0), MAX_THREADS);
    assert.equal(spareThreads(16, Number.NaN), MAX_THREADS);
    assert.equal(spareThreads(1, 0), 1);
  });

  it('measures the other processes\' load over a window, leaving this process\'s own CPU out', () => {
    // 200 ms on two cores: 300 ms busy, 180 of them this process's: others kept 0.6 of a core busy.
    const load = otherLoad({ at: 1000, busy: 5000, own: 100 }, { at: 1200, busy: 5300, own: 280 });
    assert.ok(load !== undefined && Math.abs(load - 0.6) < 1e-9);
    assert.equal(spareThreads(2, load), 1);
    // Only this process busy: both cores count as free.
    assert.equal(spareThreads(2, otherLoad({ at: 0, busy: 0, own: 0 }, { at: 200, busy: 190, own: 200 }) ?? NaN), 2);
  });

  it('says nothing from a window too short to measure, or counters that went backwards', () => {
    assert.equal(otherLoad({ at: 0, busy: 0, own: 0 }, { at: MIN_WINDOW_MS - 1, busy: 50, own: 0 }), undefined);
    assert.equal(otherLoad({ at: 0, busy: 500, own: 0 }, { at: 500, busy: 100, own: 0 }), undefined);
  });

  it('for classify --jsonl, says it cannot tell yet until the window is long enough, then a count', async () => {
    const threads = spareThreadsOnceKnown(cpuSample(), 2);
    assert.equal(threads(), undefined, 'not from a window of a few microseconds');
    await new Promise((resolve) => setTimeout(resolve, MIN_WINDOW_MS + 20));
    const count = threads();
    assert.ok(count === 1 || count === 2, String(count));
    const unmeasured = spareThreadsOnceKnown(undefined, 2)();
    assert.ok(unmeasured === 1 || unmeasured === 2, 'with no sample to measure from, the load average answers at once');
  });
});
