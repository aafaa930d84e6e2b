// The index's record maker: worker threads for a build with many files to read, the window's own
// thread for a few, and the own thread for good (with one note) once the workers fail; over a
// journal on this host's disk the workers are given the paths and read the files themselves.
import * as assert from 'node:assert/strict';
import type { IndexItem } from '../../../src/core/index/indexItem';
import type { ReadMade } from '../../../src/core/catalogue/catalogueItem';
import { JournalCatalogue } from '../../../src/core/catalogue/catalogue';
import { MemoryJournalFiles } from '../../../src/core/catalogue/memoryJournalFiles';
import { indexMaker, readingOnWorkers, WORKER_THRESHOLD } from '../../../src/extension/index/indexMaker';
import type { RecordJob, RecordRunner } from '../../../src/extension/index/recordRunner';

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

describe('the index record maker over a journal on this host\'s disk', () => {
  /** A journal of `count` files, one of them not an entry, and a runner whose "workers" read it (by path) or fail. */
  function setting(count: number, fail = false): { files: MemoryJournalFiles; read: string[]; calls: string[]; bulk: RecordRunner } {
    const files = new MemoryJournalFiles();
    for (let i = 0; i < count; i++) {
      files.write(`2026/${i}.md`, i === 3 ? 'No front matter.' : `---\ndate: 2026-03-${String(1 + (i % 28)).padStart(2, '0')}\n---\n\nNote ${i}.\n`);
    }
    const read: string[] = [];
    const calls: string[] = [];
    const bulk: RecordRunner = {
      ...runner('workers', calls, fail),
      readRecords: async (root, paths) => {
        calls.push(`readRecords:${root}:${paths.length}`);
        if (fail) {
          throw new Error('worker stopped');
        }
        return Promise.all(paths.map(async (path): Promise<ReadMade> => {
          read.push(path);
          const file = await files.read(path);
          return file === undefined ? { gone: true } : { made: { record: { ok: false, reason: `worker read ${path}` }, facts: { commitments: [], mentions: [], answers: {} } }, stamp: file.stamp };
        }));
      },
    };
    return { files, read, calls, bulk };
  }

  it('hands the workers the paths of a large read, so nothing is read here, and reads a small one itself', async () => {
    const { files, read, calls, bulk } = setting(WORKER_THRESHOLD + 10);
    const maker = indexMaker(runner('own', calls), bulk, () => assert.fail('no warning'));
    const refusing = { list: (under: string) => files.list(under), stat: (path: string) => files.stat(path), read: (path: string) => Promise.reject(new Error(`read here: ${path}`)) };
    const catalogue = new JournalCatalogue(refusing, readingOnWorkers(maker, bulk, { root: '/journal', read: (path) => files.read(path) }));
    await catalogue.build();
    assert.equal(read.length, WORKER_THRESHOLD + 10, 'the workers read every file');
    assert.ok(calls.every((call) => call.startsWith('readRecords:/journal:')), calls.join());
    assert.equal(catalogue.skipped().length, WORKER_THRESHOLD + 10);
    assert.match(catalogue.skipped()[0]?.reason ?? '', /^worker read /);
    const small = setting(3);
    const own: string[] = [];
    const smallMaker = indexMaker(runner('own', own), small.bulk, () => assert.fail('no warning'));
    await new JournalCatalogue(small.files, readingOnWorkers(smallMaker, small.bulk, { root: '/journal', read: (path) => small.files.read(path) })).build();
    assert.deepEqual([small.read, own], [[], ['own:3']]);
  });

  it('reads the files here and makes them on its own thread when the workers fail, saying so once', async () => {
    const { files, calls, bulk } = setting(WORKER_THRESHOLD + 10, true);
    const warnings: unknown[] = [];
    const maker = indexMaker(runner('own', calls), bulk, (error) => warnings.push(error));
    const catalogue = new JournalCatalogue(files, readingOnWorkers(maker, bulk, { root: '/journal', read: (path) => files.read(path) }));
    await catalogue.build();
    assert.equal(catalogue.size, WORKER_THRESHOLD + 10);
    assert.ok(catalogue.skipped().every(({ reason }) => reason === 'own'), 'every record made on its own thread');
    assert.equal(warnings.length, 1);
  });
});
