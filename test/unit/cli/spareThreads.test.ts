// How many threads `report` makes records on: one per core the load average leaves free, this one
// included, never fewer than one nor more than four; every core where there is no load average.
import * as assert from 'node:assert/strict';
import { MAX_THREADS, spareThreads } from '../../../src/cli/spareThreads';

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
});
