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
import { MessageChannel } from 'node:worker_threads';
import { JournalCatalogue } from '../../../src/core/catalogue/catalogue';
import { MemoryJournalFiles } from '../../../src/core/catalogue/memoryJournalFiles';
import { indexRecord } from '../../../src/core/records/readRecord';
import { createTagger } from '../../../src/core/tagger/tagger';
import { reportMaker, WORKER_THRESHOLD } from '../../../src/cli/reportMaker';
import type { JournalFiles } from '../../../src/core/catalogue/journalFiles';
import { nodeJournalFiles } from '../../../src/node/nodeJournalFiles';
import { DEPTH, type PooledItem, type RecordJob, type RecordPool, type RecordResponse } from '../../../src/node/recordPool';
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
 * The worker side (recordService.ts) served in this thread over a message channel: the jobs it is
 * given are recorded, so a test sees which files a "worker" read.
 */
function channelPool(given: RecordJob[], holdFirst = 0): RecordPool & { close(): void } {
  const { port1, port2 } = new MessageChannel();
  serveRecords(port1, createTagger);
  let nextId = 1;
  const waiting = new Map<number, (response: RecordResponse) => void>();
  port2.on('message', (response: RecordResponse) => waiting.get(response.id)?.(response));
  // The first `holdFirst` batches are sent on only once all of them are given: the pool is then as
  // full as the maker lets it be, whatever the machine's speed, so the next batch is made here.
  const held: unknown[] = [];
  return {
    records: ((jobs: readonly RecordJob[], options: TaggerOptions, facts?: boolean) => new Promise((resolve, reject) => {
      const id = nextId++;
      given.push(...jobs);
      waiting.set(id, (response) => ('error' in response ? reject(new Error(response.error)) : resolve([...response.results])));
      if (id <= holdFirst) {
        held.push({ id, options, jobs, facts });
        if (id === holdFirst) {
          held.splice(0).forEach((message) => port2.postMessage(message));
        }
      } else {
        port2.postMessage({ id, options, jobs, facts });
      }
    })) as RecordPool['records'],
    warm: () => undefined,
    rest: () => Promise.resolve(),
    dispose: () => Promise.resolve(),
    close: () => {
      port1.close();
      port2.close();
    },
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
      const pool = channelPool(given, DEPTH); // One worker holding DEPTH batches: the next is read here.
      const maker = reportMaker(() => pool, threads, () => assert.fail('no warning'), dir);
      const catalogue = new JournalCatalogue(racing(), maker);
      try {
        await catalogue.build();
      } finally {
        await maker.close();
        pool.close();
      }
      assert.deepEqual(seen(catalogue), expected, `${threads} thread(s)`);
      assert.deepEqual(catalogue.skipped(), reference.skipped(), `${threads} thread(s)`);
      if (threads === 2) {
        assert.ok(given.every((job) => 'file' in job && job.file === join(dir, job.path)), 'the worker is given files to read, not texts');
        const read = new Set(given.map((job) => job.path));
        assert.ok(Object.values(bad).every((path) => read.has(path)), 'the worker met every bad case');
        assert.ok(read.size < WORKER_THRESHOLD + 151, 'this thread read some files too');
      } else {
        assert.deepEqual(given, [], 'one thread starts no worker');
      }
    }
  });
});
