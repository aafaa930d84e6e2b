// The index's record maker: worker threads for a build with many files to read, the window's own
// thread for a few, and the own thread for good (with one note) once the workers fail.
import * as assert from 'node:assert/strict';
import type { IndexItem } from '../../../../src/core/index/indexItem';
import { indexMaker, WORKER_THRESHOLD } from '../../../../src/extension/index/indexMaker';
import type { RecordJob, RecordRunner } from '../../../../src/extension/index/recordRunner';

function runner(name: string, calls: string[], fail = false): RecordRunner {
  return {
    lanes: 4,
    records: (jobs: readonly RecordJob[]) => {
      calls.push(`${name}:${jobs.length}`);
      return fail ? Promise.reject(new Error('worker stopped'))
        : Promise.resolve(jobs.map((): IndexItem => ({ record: { ok: false, reason: name }, facts: { commitments: [], mentions: [], answers: [] } } as unknown as IndexItem)));
    },
  };
}

const jobs = (n: number): RecordJob[] => Array.from({ length: n }, (_, i) => ({ path: `${i}.md`, text: '' }));

describe('the index record maker', () => {
  it('uses the workers for a large read and its own thread for a small one', async () => {
    const calls: string[] = [];
    const maker = indexMaker(runner('own', calls), runner('workers', calls), () => assert.fail('no warning'));
    maker.plan?.(WORKER_THRESHOLD);
    assert.equal(maker.lanes, 4);
    await maker.make(jobs(3));
    maker.plan?.(1);
    assert.equal(maker.lanes, 1);
    await maker.make(jobs(1));
    assert.deepEqual(calls, ['workers:3', 'own:1']);
    assert.equal(maker.facts, true);
  });

  it('falls back to its own thread, says so once, and does not try the failed workers again', async () => {
    const calls: string[] = [];
    const warnings: unknown[] = [];
    const maker = indexMaker(runner('own', calls), runner('workers', calls, true), (error) => warnings.push(error));
    maker.plan?.(500);
    const made = await Promise.all([maker.make(jobs(2)), maker.make(jobs(2))]);
    assert.deepEqual(made.flat().map((m) => (m.record.ok ? '' : m.record.reason)), ['own', 'own', 'own', 'own']);
    assert.equal(warnings.length, 1);
    maker.plan?.(500);
    assert.equal(maker.onWorkers, false);
  });
});
