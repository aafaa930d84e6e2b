// How `report` shares the making of records between this thread and its workers: for a large
// journal, one worker fewer than the threads it may use, the workers given a batch while each has at
// most one waiting and this thread making the rest — so both make records, and the catalogue is the
// same as one made on this thread alone; a small journal or one thread starts no worker; workers that
// fail leave the rest to this thread, said once. Over a journal on disk the maker reads the files
// itself, each on the thread that makes its record, and a file deleted, truncated or unreadable
// after the listing, or a folder gone, reads exactly as the catalogue's own reading would say.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import { JournalCatalogue } from '../../../src/core/catalogue/catalogue';
import { MemoryJournalFiles } from '../../../src/core/catalogue/memoryJournalFiles';
import { indexRecord } from '../../../src/core/records/readRecord';
import { createTagger } from '../../../src/core/tagger/tagger';
import { reportMaker, WORKER_THRESHOLD, type ReportMaker } from '../../../src/cli/reportMaker';
import type { JournalFiles } from '../../../src/core/catalogue/journalFiles';
import { nodeJournalFiles } from '../../../src/node/nodeJournalFiles';
import { DEPTH, type PooledItem, type RecordJob, type RecordPool, type RecordRequest, type RecordResponse } from '../../../src/node/recordPool';
import { serveRecords } from '../../../src/node/recordService';
import type { TaggerOptions } from '../../../src/core/tagger/types';
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

/**
 * The worker side (recordService.ts) served in this thread, through a port that delivers at once
 * rather than on a turn of the event loop: the jobs it is given are recorded, so a test sees which
 * files a "worker" read. It answers nothing until `release()`, then everything held and every later
 * batch as it is given, before the maker's next turn — so where each batch goes never depends on how
 * the maker's turns interleave with the answers. (Over a message channel the held answers could come
 * in while the maker awaited its own tagger, an import() of many turns under tsx, so the batch that
 * had found the worker full went to it after all.) Requests and answers are copied as a message
 * channel would copy them.
 * Given more than DEPTH batches at once it notes the fault and releases, so the build still ends.
 */
function heldPool(given: RecordJob[]): RecordPool & { release(): void; readonly mostAtOnce: number } {
  let serve: ((request: RecordRequest) => void) | undefined;
  const waiting = new Map<number, (response: RecordResponse) => void>();
  const port = {
    on: (_event: 'message', listener: (request: RecordRequest) => void) => {
      serve = listener;
    },
    postMessage: (response: RecordResponse) => {
      const answer = structuredClone(response);
      waiting.get(answer.id)?.(answer);
      waiting.delete(answer.id);
    },
  };
  serveRecords(port as unknown as MessagePort, createTagger);
  const send = (request: RecordRequest): void => (serve as (request: RecordRequest) => void)(structuredClone(request));
  let nextId = 1;
  let holding = true;
  let mostAtOnce = 0;
  const held: RecordRequest[] = [];
  const release = (): void => {
    holding = false;
    held.splice(0).forEach(send);
  };
  return {
    records: ((jobs: readonly RecordJob[], options: TaggerOptions, facts?: boolean) => new Promise((resolve, reject) => {
      const request: RecordRequest = { id: nextId++, options, jobs, facts };
      given.push(...jobs);
      waiting.set(request.id, (response) => ('error' in response ? reject(new Error(response.error)) : resolve([...response.results])));
      mostAtOnce = Math.max(mostAtOnce, waiting.size);
      if (!holding) {
        send(request);
        return;
      }
      held.push(request);
      if (held.length > DEPTH) {
        release(); // The maker overfilled its worker: end the build, and let the test say so.
      }
    })) as RecordPool['records'],
    warm: () => undefined,
    rest: () => Promise.resolve(),
    dispose: () => Promise.resolve(),
    release,
    get mostAtOnce() {
      return mostAtOnce;
    },
  };
}

/**
 * Calls `madeHere` each time `maker` finishes a batch none of whose files its pool was given: a batch
 * it read and made on this thread.
 */
function watchMadeHere(maker: ReportMaker, given: readonly RecordJob[], madeHere: () => void): void {
  const readAndMake = maker.readAndMake?.bind(maker);
  assert.ok(readAndMake !== undefined, 'a maker given the journal folder reads the files itself');
  maker.readAndMake = async (paths) => {
    const results = await readAndMake(paths);
    if (!given.some((job) => paths.includes(job.path))) {
      madeHere();
    }
    return results;
  };
}

describe('the report\'s record maker over a journal on disk', () => {
  let root: string;
  let dir: string;
  /** Journal-relative paths of the files the bad-input cases change after the listing. */
  const bad = { deleted: '2026/01/2026-01-01-0.md', truncated: '2026/01/2026-01-13-12.md', unreadable: '2026/01/2026-01-25-24.md', vanished: 'gone/2026-10-01.md' };

  /** Writes the journal afresh: entries enough for workers, and a folder that will vanish. */
  function writeJournal(): void {
    rmSync(dir, { recursive: true, force: true });
    for (let i = 0; i < WORKER_THRESHOLD + 150; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const path = join(dir, '2026', String(1 + (i % 12)).padStart(2, '0'), `2026-01-${day}-${i}.md`);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, entry(`2026-01-${day}`, i % 2 === 0 ? 'I explained why the change matters.' : 'I rebuilt the rota and the budget.'));
    }
    mkdirSync(join(dir, 'gone'));
    writeFileSync(join(dir, bad.vanished), entry('2026-10-01', 'I left.'));
  }

  /** The Node adapter, with the bad-input cases done to the journal just after it is listed. */
  function racing(): JournalFiles {
    const inner = nodeJournalFiles(dir);
    return {
      ...inner,
      list: async (under) => {
        const listing = await inner.list(under);
        unlinkSync(join(dir, bad.deleted));
        truncateSync(join(dir, bad.truncated), 20); // Its date is in its name: still an entry, of no words.
        unlinkSync(join(dir, bad.unreadable));
        symlinkSync('x'.repeat(300), join(dir, bad.unreadable)); // Opening it fails: ENAMETOOLONG (root reads any mode).
        rmSync(join(dir, 'gone'), { recursive: true });
        return listing;
      },
    };
  }

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'lj-maker-'));
    dir = join(root, 'journal');
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it('reads the files itself, on its worker and on this thread: the catalogue and every reason as when the catalogue reads them', async () => {
    writeJournal();
    const reference = new JournalCatalogue(racing(), reportMaker(undefined, 1, () => assert.fail('no warning')));
    await reference.build();
    const expected = seen(reference);
    assert.deepEqual(reference.skipped().map((file) => file.path), [bad.unreadable]);
    assert.match(reference.skipped()[0]?.reason ?? '', /^it could not be read: ENAMETOOLONG/);
    assert.ok(!expected.entries.some((line) => line.startsWith(bad.deleted) || line.startsWith('gone/')));

    for (const threads of [1, 2]) {
      writeJournal();
      const given: RecordJob[] = [];
      // One worker that answers nothing until a batch is made here: it takes DEPTH batches, the
      // next is read on this thread, then it answers at once and takes the rest, the last folder too.
      const pool = heldPool(given);
      const maker = reportMaker(() => pool, threads, () => assert.fail('no warning'), dir);
      watchMadeHere(maker, given, () => pool.release());
      const catalogue = new JournalCatalogue(racing(), maker);
      try {
        await catalogue.build();
      } finally {
        await maker.close();
      }
      assert.deepEqual(seen(catalogue), expected, `${threads} thread(s)`);
      assert.deepEqual(catalogue.skipped(), reference.skipped(), `${threads} thread(s)`);
      if (threads === 2) {
        assert.ok(given.every((job) => 'file' in job && job.file === join(dir, job.path)), 'the worker is given files to read, not texts');
        const read = new Set(given.map((job) => job.path));
        assert.ok(Object.values(bad).every((path) => read.has(path)), 'the worker met every bad case');
        assert.ok(pool.mostAtOnce <= DEPTH, `the worker held at most ${DEPTH} batches at once (held ${pool.mostAtOnce})`);
        assert.ok(read.size < WORKER_THRESHOLD + 151, 'this thread read some files too');
      } else {
        assert.deepEqual(given, [], 'one thread starts no worker');
      }
    }
  });
});
