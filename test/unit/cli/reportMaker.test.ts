// How `report` shares the making of records between this thread and its workers: for a large
// journal, one worker fewer than the threads it may use, the workers given a batch while each has at
// most one waiting and this thread making the rest — so both make records, and the catalogue is the
// same as one made on this thread alone; a small journal or one thread starts no worker; workers that
// fail leave the rest to this thread, said once.
import * as assert from 'node:assert/strict';
import { JournalCatalogue } from '../../../src/core/catalogue/catalogue';
import { MemoryJournalFiles } from '../../../src/core/catalogue/memoryJournalFiles';
import { indexRecord } from '../../../src/core/records/readRecord';
import { createTagger } from '../../../src/core/tagger/tagger';
import { reportMaker, WORKER_THRESHOLD } from '../../../src/cli/reportMaker';
import type { PooledItem, RecordJob, RecordPool } from '../../../src/node/recordPool';
import { entry, seen } from '../core/catalogue/catalogueFixtures';

const tagger = createTagger({ evidence: false });

/** A pool that answers each batch 20 ms later (as a busy worker would), counting what it made. */
function fakePool(made: string[], fail = false): RecordPool {
  return {
    records: (jobs: readonly RecordJob[]) => new Promise<PooledItem[]>((resolve, reject) => setTimeout(() => {
      if (fail) {
        reject(new Error('a worker stopped'));
        return;
      }
      made.push(...jobs.map((job) => job.path));
      resolve(jobs.map((job) => ({ record: indexRecord(job.path, 'text' in job ? job.text : '', (text) => tagger.tag(text)), facts: { commitments: [], mentions: [], answers: {} } })));
    }, 20)),
    warm: () => undefined,
    rest: () => Promise.resolve(),
    dispose: () => Promise.resolve(),
  };
}

function journal(count: number): MemoryJournalFiles {
  const files = new MemoryJournalFiles();
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    files.write(`2026/${String(1 + (i % 12)).padStart(2, '0')}/2026-01-${day}-${i}.md`, entry(`2026-01-${day}`, i % 2 === 0 ? 'I explained why the change matters.' : 'I rebuilt the rota and the budget.'));
  }
  return files;
}

async function built(files: MemoryJournalFiles, maker: ReturnType<typeof reportMaker>): Promise<ReturnType<typeof seen>> {
  const catalogue = new JournalCatalogue(files, maker);
  await catalogue.build();
  await maker.close();
  return seen(catalogue);
}

describe('the report\'s record maker', () => {
  const files = journal(WORKER_THRESHOLD + 400);
  let alone: ReturnType<typeof seen>;
  before(async () => {
    alone = await built(files, reportMaker(undefined, 1, () => assert.fail('no warning')));
  });

  it('for a large journal starts one worker fewer than its threads, and both it and the worker make records: the same catalogue', async () => {
    const pooled: string[] = [];
    const started: number[] = [];
    const maker = reportMaker((workers) => {
      started.push(workers);
      return fakePool(pooled);
    }, 2, () => assert.fail('no warning'));
    assert.deepEqual(await built(files, maker), alone);
    assert.deepEqual(started, [1]);
    assert.ok(pooled.length > 0, 'the worker made some records');
    assert.ok(pooled.length < files.paths().length, 'this thread made some records');
  });

  it('starts no worker with one thread or for a small journal', async () => {
    const started: number[] = [];
    const startPool = (workers: number): RecordPool => {
      started.push(workers);
      return fakePool([]);
    };
    assert.deepEqual(await built(files, reportMaker(startPool, 1, () => assert.fail('no warning'))), alone);
    const small = journal(WORKER_THRESHOLD - 1);
    await built(small, reportMaker(startPool, 4, () => assert.fail('no warning')));
    assert.deepEqual(started, []);
  });

  it('makes the rest on this thread when the workers fail, and says so once', async () => {
    const warnings: string[] = [];
    const maker = reportMaker(() => fakePool([], true), 3, (text) => warnings.push(text));
    assert.deepEqual(await built(files, maker), alone);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /worker threads failed \(a worker stopped\)/);
  });
});
