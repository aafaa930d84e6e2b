// How `report` makes records: in this thread for a small journal (or a warm cache with little to
// read); for a large one, on worker threads (src/node/recordPool.ts) *and* in this thread. `threads`
// counts them all, this one included (as `classify --jobs` does): on two cores, one worker and this
// thread. This thread hands a batch to the workers while each holds fewer than two (the one it makes
// and the next, already in its queue), and otherwise makes the batch itself, so neither it nor a
// worker waits while files remain; a worker costs a start (its bundle, the tagger compiled again)
// and its own heap, so one per core beyond this thread is the most that pays. Over a journal on disk the files are read where their records are made: a
// worker is given paths, reads the files itself and answers with records and stamps, so this thread
// only lists, hands out paths and keeps records (it held the texts of every batch it read for a
// worker, and a 50,000-entry report peaked near 250 MB). Records only: the report needs no
// commitments or mentions, and its records are made with the tagger's `readRecord` (the same
// record as `tag` gives, without a result object per sentence). If the workers fail, the rest is
// made in this thread, with a note on stderr; one text that cannot be tagged is a skip with its
// reason either way.
import { join } from 'node:path';
import { unreadableReason, type MadeRecord, type ReadMade, type RecordMaker } from '../core/catalogue/catalogueItem';
import type { FileText } from '../core/catalogue/journalFiles';
import { turn } from '../core/runtime/eventLoopTurn';
import type { RecordReading, TaggerOptions } from '../core/tagger/types';
import { errorMessage } from '../core/text/errorMessage';
import { readLocalFile } from '../node/nodeJournalFiles';
import { DEPTH, type PooledRecord, type RecordPool } from '../node/recordPool';
import { mainYoungGenerationSteer } from '../node/smallHeaps';

/** Files to read before workers are worth starting (each loads the bundle and compiles the tagger). */
export const WORKER_THRESHOLD = 600;

/**
 * Texts made here between turns of the event loop while workers run (a few milliseconds' work), and
 * the catalogue's batch when no worker runs: a text read just before it is made dies young, where a
 * batch of 256 outlived the young generation — every text promoted, and a 50,000-entry report on one
 * thread peaked at 198 MB where it now takes 146 MB, with no more CPU. Between slices this thread's
 * young generation is steered to its size (src/node/smallHeaps.ts).
 */
const SLICE = 32;
/** The batch with workers: one worker request (recordPool.ts sends 100 texts a message). */
const WORKER_BATCH = 100;

const OPTIONS: TaggerOptions = { evidence: false }; // The report shows no cues.

/** What makes a record on this thread: the front-matter reader and the tagger. */
interface LocalMaking {
  record(path: string, text: string): MadeRecord;
}

/**
 * Loaded the first time this thread makes a record: a report from the cache, or an empty journal,
 * never sets up the tagger's tables or the YAML library (30–40 ms of a report's start).
 */
async function loadLocalMaking(): Promise<LocalMaking> {
  const [{ indexRecord }, { createTagger }] = await Promise.all([import('../core/records/readRecord'), import('../core/tagger/tagger')]);
  const tagger = createTagger(OPTIONS);
  const tag = (text: string): RecordReading => tagger.readRecord(text); // Records only: no sentence results are made.
  return {
    record(path, text) {
      try {
        return { record: indexRecord(path, text, tag) };
      } catch (error) {
        return { record: { ok: false, reason: `it could not be tagged: ${errorMessage(error)}` } };
      }
    },
  };
}

export interface ReportMaker extends RecordMaker {
  /** Ends the workers, if any were started. */
  close(): Promise<void>;
}

/**
 * `threads`: how many to use, this one included; a function is asked once, when a build first plans
 * enough files for workers (the machine's load is judged then: spareThreads.ts). `root`: the journal
 * folder, when the catalogue reads it through the Node adapter (nodeJournalFiles.ts): the maker then
 * reads the files itself (`readAndMake`), each on the thread that makes its record, so this thread
 * never holds the texts of a worker's batch; the reading is the adapter's own (`readLocalFile`).
 */
export function reportMaker(startPool: ((workers: number) => RecordPool) | undefined, threads: number | (() => number), warn: (text: string) => void, root?: string): ReportMaker {
  let workers = typeof threads === 'number' ? Math.max(0, threads - 1) : undefined;
  let local: LocalMaking | undefined;
  let loading: Promise<LocalMaking> | undefined;
  const loadLocal = async (): Promise<void> => {
    local ??= await (loading ??= loadLocalMaking());
  };
  let pool: RecordPool | undefined;
  let lanes = 1;
  const steerMainYoungGeneration = mainYoungGenerationSteer();
  /** Batches with the workers now (made or waiting). */
  let withWorkers = 0;
  /** Only once `local` is loaded (`share` loads it before it makes anything here). */
  const makeOne = (path: string, text: string): MadeRecord => (local as LocalMaking).record(path, text);
  const readOne = (folder: string, path: string): ReadMade => {
    let file: FileText | undefined;
    try {
      file = readLocalFile(join(folder, path));
    } catch (error) {
      return { unreadable: unreadableReason(error) };
    }
    return file === undefined ? { gone: true } : { made: makeOne(path, file.text), stamp: file.stamp };
  };
  /**
   * `jobs` done by the workers (`there`) while they hold fewer than the pool's DEPTH batches each
   * (one being made, one in the worker's queue), else here (`here`, a slice at a time); the rest
   * done here if the workers fail.
   */
  const share = async <J, R>(jobs: readonly J[], here: (job: J) => R, there: (workersNow: RecordPool) => Promise<R[]>): Promise<R[]> => {
    if (pool !== undefined) {
      await turn(); // Let the workers' answers in before choosing where this batch goes.
    }
    const workersNow = pool;
    if (jobs.length === 0) {
      return [];
    }
    if (local === undefined && (workersNow === undefined || withWorkers >= (workers ?? 0) * DEPTH)) {
      await loadLocal();
    }
    if (workersNow === undefined) {
      steerMainYoungGeneration();
      return jobs.map(here);
    }
    if (withWorkers >= (workers ?? 0) * DEPTH) {
      // Made here a slice at a time, with a turn of the event loop between: reads and making are
      // synchronous, and a worker's answer (and the next request it is sent) waits for a turn.
      const made: R[] = [];
      for (let at = 0; at < jobs.length; at += SLICE) {
        steerMainYoungGeneration();
        made.push(...jobs.slice(at, at + SLICE).map(here));
        await turn();
      }
      return made;
    }
    withWorkers++;
    try {
      return await there(workersNow);
    } catch (error) {
      if (pool === workersNow) { // The first batch to fail says so; the others just fall back.
        warn(`the worker threads failed (${errorMessage(error)}); reading on the main thread`);
        pool = undefined;
        lanes = 1;
        await workersNow.dispose();
      }
      await loadLocal();
      return jobs.map(here);
    } finally {
      withWorkers--;
    }
  };
  return {
    facts: false,
    get lanes() {
      return lanes;
    },
    get batch() {
      return pool === undefined ? SLICE : WORKER_BATCH;
    },
    plan(count) {
      if (pool === undefined && startPool !== undefined && count >= WORKER_THRESHOLD) {
        workers ??= Math.max(0, (threads as () => number)() - 1);
        if (workers === 0) {
          return;
        }
        pool = startPool(workers);
        pool.warm(OPTIONS);
        lanes = workers * DEPTH + 1; // The workers' batches, and the one made here.
      }
    },
    make(jobs) {
      return share(jobs, ({ path, text }) => makeOne(path, text),
        async (workersNow) => (await workersNow.records(jobs, OPTIONS, false)).map(({ record }) => ({ record })));
    },
    ...(root === undefined ? {} : {
      readAndMake(paths: readonly string[]) {
        return share(paths, (path) => readOne(root, path),
          async (workersNow) => (await workersNow.records(paths.map((path) => ({ path, file: join(root, path) })), OPTIONS, false)).map(readMadeOf));
      },
    }),
    async close() {
      await pool?.dispose();
      pool = undefined;
    },
  };
}

/** What a worker found at a file it read (recordService.ts), as the catalogue takes it. */
function readMadeOf(item: PooledRecord): ReadMade {
  if (item.gone === true) {
    return { gone: true };
  }
  if (item.stamp === undefined) {
    return { unreadable: item.record.ok ? 'it could not be read' : item.record.reason };
  }
  return { made: { record: item.record }, stamp: item.stamp };
}
