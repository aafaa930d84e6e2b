// The index's record maker: worker threads for a build with many files to read, the window's own
// thread for a few, and the own thread for good (with one note) once the workers fail.
import * as assert from 'node:assert/strict';
import { JournalCatalogue } from '../../../../src/core/catalogue/catalogue';
import { MemoryJournalFiles } from '../../../../src/core/catalogue/memoryJournalFiles';
import { indexItem, type IndexItem } from '../../../../src/core/index/indexItem';
import { indexRecord } from '../../../../src/core/records/readRecord';
import { createTagger } from '../../../../src/core/tagger/tagger';
import { poolRunner } from '../../../../src/extension/index/poolRunner';
import { inThreadRunner } from '../../../../src/extension/index/recordRunner';
import type { RecordPool } from '../../../../src/node/recordPool';
import { indexMaker, SHARED_BATCH, SLICE, WORKER_THRESHOLD } from '../../../../src/extension/index/indexMaker';
import type { RecordJob, RecordRunner } from '../../../../src/extension/index/recordRunner';

const item = (reason: string): IndexItem => ({ record: { ok: false, reason }, facts: { commitments: [], mentions: [], answers: [] } } as unknown as IndexItem);

function runner(name: string, calls: string[], fail = false): RecordRunner {
  return {
    lanes: 4,
    records: (jobs: readonly RecordJob[]) => {
      calls.push(`${name}:${jobs.length}`);
      return fail ? Promise.reject(new Error('worker stopped')) : Promise.resolve(jobs.map(() => item(name)));
    },
  };
}

/** Workers that answer only when `release` is called: every batch handed to them stays with them until then. */
function heldWorkers(calls: string[]): RecordRunner & { release(): void } {
  const waiting: (() => void)[] = [];
  return {
    lanes: 2,
    records: (jobs: readonly RecordJob[]) => {
      calls.push(`workers:${jobs.length}`);
      return new Promise((resolve) => waiting.push(() => resolve(jobs.map(() => item('workers')))));
    },
    release: () => waiting.splice(0).forEach((answer) => answer()),
  };
}

const jobs = (n: number): RecordJob[] => Array.from({ length: n }, (_, i) => ({ path: `${i}.md`, text: '' }));

describe('the index record maker', () => {
  it('uses the workers for a large read and its own thread for a small one', async () => {
    const calls: string[] = [];
    const maker = indexMaker(runner('own', calls), runner('workers', calls), () => assert.fail('no warning'));
    maker.plan?.(WORKER_THRESHOLD);
    assert.equal(maker.lanes, 5, "the workers' four lanes and this thread's");
    assert.equal(maker.batch, SHARED_BATCH);
    await maker.make(jobs(3));
    maker.plan?.(1);
    assert.equal(maker.lanes, 1);
    assert.equal(maker.batch, undefined);
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

  it('makes a batch on its own thread, a slice at a time, while the workers hold as many as their lanes', async () => {
    const calls: string[] = [];
    const workers = heldWorkers(calls);
    const maker = indexMaker(runner('own', calls), workers, () => assert.fail('no warning'));
    maker.plan?.(WORKER_THRESHOLD);
    const first = maker.make(jobs(SHARED_BATCH));
    const second = maker.make(jobs(SHARED_BATCH));
    const third = await maker.make(jobs(SHARED_BATCH)); // Both workers' lanes are taken: made here.
    assert.deepEqual(third.map((m) => (m.record.ok ? '' : m.record.reason)), Array<string>(SHARED_BATCH).fill('own'));
    const slices = Array.from({ length: Math.ceil(SHARED_BATCH / SLICE) }, (_, i) => `own:${Math.min(SLICE, SHARED_BATCH - i * SLICE)}`);
    assert.deepEqual(calls, [`workers:${SHARED_BATCH}`, `workers:${SHARED_BATCH}`, ...slices]);
    workers.release();
    await Promise.all([first, second]);
    calls.length = 0;
    const both = Promise.all([maker.make(jobs(5)), maker.make(jobs(5))]); // The lanes are free again.
    while (calls.length < 2) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    workers.release();
    await both;
    assert.deepEqual(calls, ['workers:5', 'workers:5']);
  });

  it('hands the rest of a batch it is making to the workers once they run dry (this thread reads their next one)', async () => {
    const calls: string[] = [];
    const workers = heldWorkers(calls);
    const own: RecordRunner = { records: (batch) => {
      calls.push(`own:${batch.length}`);
      if (calls.length === 3) {
        workers.release(); // The workers finish both their batches while the first slice is made here.
      }
      return Promise.resolve(batch.map(() => item('own')));
    } };
    const maker = indexMaker(own, workers, () => assert.fail('no warning'));
    maker.plan?.(WORKER_THRESHOLD);
    const held = [maker.make(jobs(SHARED_BATCH)), maker.make(jobs(SHARED_BATCH))];
    const third = maker.make(jobs(SHARED_BATCH));
    while (calls.length < 4) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    workers.release();
    const made = await third;
    await Promise.all(held);
    assert.deepEqual(calls, [`workers:${SHARED_BATCH}`, `workers:${SHARED_BATCH}`, `own:${SLICE}`, `workers:${SHARED_BATCH - SLICE}`]);
    assert.deepEqual(made.map((m) => (m.record.ok ? '' : m.record.reason)), [...Array<string>(SLICE).fill('own'), ...Array<string>(SHARED_BATCH - SLICE).fill('workers')]);
  });

  it('gives a batch to workers with room at once, before another slice of a batch made here', async () => {
    const calls: string[] = [];
    const workers = heldWorkers(calls);
    const maker = indexMaker(runner('own', calls), workers, () => assert.fail('no warning'));
    maker.plan?.(WORKER_THRESHOLD);
    const held = [maker.make(jobs(SHARED_BATCH)), maker.make(jobs(SHARED_BATCH))];
    const third = maker.make(jobs(SHARED_BATCH)); // Made here: the workers' lanes are taken.
    while (calls.length < 3) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    workers.release();
    await Promise.all(held); // The workers have room again; this thread's next slice waits for a turn.
    const fourth = maker.make(jobs(SHARED_BATCH));
    assert.deepEqual(calls, [`workers:${SHARED_BATCH}`, `workers:${SHARED_BATCH}`, `own:${SLICE}`, `workers:${SHARED_BATCH}`]);
    await third;
    workers.release();
    await fourth;
  });

  it('makes every batch on its own thread while the workers say they cannot take one (no core free for them)', async () => {
    const calls: string[] = [];
    const busy: RecordRunner = { ...runner('workers', calls), spare: () => false };
    const maker = indexMaker(runner('own', calls), busy, () => assert.fail('no warning'));
    maker.plan?.(WORKER_THRESHOLD);
    await Promise.all([maker.make(jobs(3)), maker.make(jobs(3))]);
    assert.deepEqual(calls, ['own:3', 'own:3']);
    assert.equal(maker.onWorkers, false);
  });

  it('makes a whole batch here, slice after slice, while no core is free for the workers (none handed on once they are dry)', async () => {
    const calls: string[] = [];
    const busy: RecordRunner = { ...runner('workers', calls), spare: () => false };
    const maker = indexMaker(runner('own', calls), busy, () => assert.fail('no warning'));
    maker.plan?.(WORKER_THRESHOLD);
    const made = await maker.make(jobs(SHARED_BATCH)); // Long enough for several slices; the workers hold none.
    const slices = Array.from({ length: Math.ceil(SHARED_BATCH / SLICE) }, (_, i) => `own:${Math.min(SLICE, SHARED_BATCH - i * SLICE)}`);
    assert.deepEqual(calls, slices);
    assert.equal(made.length, SHARED_BATCH);
    assert.equal(maker.onWorkers, false);
  });

  it('does not hand the rest of a batch to workers that failed while it was being made', async () => {
    const calls: string[] = [];
    const warnings: unknown[] = [];
    const waiting: ((error: Error) => void)[] = [];
    let stopped = false;
    const failing: RecordRunner = {
      lanes: 2,
      records: (batch) => {
        calls.push(`workers:${batch.length}`);
        return stopped ? Promise.reject(new Error('worker stopped')) : new Promise((_, reject) => waiting.push(reject));
      },
    };
    const own: RecordRunner = { records: (batch) => {
      calls.push(`own:${batch.length}`);
      if (calls.length === 3) {
        stopped = true;
        waiting.splice(0).forEach((reject) => reject(new Error('worker stopped'))); // Both batches fail while the first slice is made here.
      }
      return Promise.resolve(batch.map(() => item('own')));
    } };
    const maker = indexMaker(own, failing, (error) => warnings.push(error));
    maker.plan?.(WORKER_THRESHOLD);
    const held = [maker.make(jobs(SHARED_BATCH)), maker.make(jobs(SHARED_BATCH))];
    const made = await maker.make(jobs(SHARED_BATCH));
    await Promise.all(held);
    assert.equal(warnings.length, 1);
    assert.equal(calls.filter((call) => call.startsWith('workers:')).length, 2, `no batch after the failure: ${calls.join(', ')}`);
    assert.deepEqual(made.map((m) => (m.record.ok ? '' : m.record.reason)), Array<string>(SHARED_BATCH).fill('own'));
  });

  it('persists the same catalogue, byte for byte, whether its records were made here alone or shared with workers', async () => {
    const tagger = createTagger({ evidence: false });
    const tag = (text: string) => tagger.tag(text);
    const journal = new MemoryJournalFiles();
    const names = ['Ana', 'Tom', 'Priya'];
    for (let i = 0; i < 3 * SHARED_BATCH + 17; i++) {
      const day = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      journal.write(`${2000 + (i % 5)}/${day}-${i}.md`, i % 41 === 0 ? `No date, so not an entry (${i}).\n`
        : `---\ndate: ${day}\nkind: daily\n---\n\nI explained to @${names[i % 3]} why the release slips (${i}).\n\n- [${i % 2 === 0 ? ' ' : 'x'}] Ask ${names[(i + 1) % 3]} how to split the work\n`);
    }
    const own = inThreadRunner((path, text) => indexItem(path, text, tag));
    const alone = new JournalCatalogue(journal, indexMaker(own, undefined, () => assert.fail('no warning')));
    await alone.build();
    // Workers that hold their batches until this thread makes its first record (so batches 1-2 are
    // with them when batch 3 is placed, and batch 3 is made here), then answer the later batch first
    // (out of order), and every later batch at once. No timers: the order is the same on every run.
    let onWorkers = 0;
    const held: (() => void)[] = [];
    let released = false;
    const release = (): void => {
      released = true;
      held.splice(0).reverse().forEach((answer) => answer());
    };
    const pool = {
      records: (jobs: readonly { path: string; text?: string }[]) => {
        onWorkers += jobs.length;
        return new Promise((resolve) => {
          const answer = (): void => resolve(jobs.map((job) => ({ record: indexRecord(job.path, job.text ?? '', tag) })));
          if (released) {
            answer();
          } else {
            held.push(answer);
          }
        });
      },
      warm: () => undefined,
      rest: () => Promise.resolve(),
      dispose: () => Promise.resolve(),
    } as unknown as RecordPool;
    let madeHere = 0;
    const counted = inThreadRunner((path, text) => {
      if (madeHere++ === 0) {
        release();
      }
      return indexItem(path, text, tag);
    });
    const shared = new JournalCatalogue(journal, indexMaker(counted, poolRunner(pool, 1, () => ({ evidence: false }), { judge: () => () => true }), () => assert.fail('no warning')));
    await shared.build();
    assert.ok(madeHere > 0 && onWorkers > 0, `records made here (${madeHere}) and on the workers (${onWorkers})`);
    assert.deepEqual(shared.persistBytes('/journal'), alone.persistBytes('/journal'));
  });
});
