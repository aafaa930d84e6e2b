// How `report` makes records: in this thread for a small journal (or a warm cache with little to
// read), on worker threads (src/node/recordPool.ts, running the CLI bundle itself) when enough files
// are to be read to pay for starting them. Records only: the report needs no commitments or mentions.
// If the workers fail, the rest is made in this thread, with a note on stderr; one text that cannot
// be tagged is a skip with its reason either way.
import type { MadeRecord, RecordMaker } from '../core/catalogue/catalogueItem';
import { indexRecord } from '../core/records/readRecord';
import { createTagger, type Tagger } from '../core/tagger/tagger';
import type { TaggerOptions } from '../core/tagger/types';
import { errorMessage } from '../core/text/errorMessage';
import type { RecordPool } from '../node/recordPool';

/** Files to read before workers are worth starting (each loads the bundle and compiles the tagger). */
export const WORKER_THRESHOLD = 600;

const OPTIONS: TaggerOptions = { evidence: false }; // The report shows no cues.

export interface ReportMaker extends RecordMaker {
  /** Ends the workers, if any were started. */
  close(): Promise<void>;
}

export function reportMaker(startPool: ((workers: number) => RecordPool) | undefined, workers: number, warn: (text: string) => void): ReportMaker {
  let tagger: Tagger | undefined;
  let pool: RecordPool | undefined;
  let lanes = 1;
  const here = (jobs: readonly { path: string; text: string }[]): MadeRecord[] => {
    tagger ??= createTagger(OPTIONS);
    const tag = (text: string) => (tagger as Tagger).tag(text);
    return jobs.map(({ path, text }) => {
      try {
        return { record: indexRecord(path, text, tag) };
      } catch (error) {
        return { record: { ok: false, reason: `it could not be tagged: ${errorMessage(error)}` } };
      }
    });
  };
  return {
    facts: false,
    get lanes() {
      return lanes;
    },
    plan(count) {
      if (pool === undefined && startPool !== undefined && workers > 1 && count >= WORKER_THRESHOLD) {
        pool = startPool(workers);
        pool.warm(OPTIONS);
        lanes = 2 * workers;
      }
    },
    async make(jobs) {
      const workersNow = pool;
      if (workersNow === undefined || jobs.length === 0) {
        return here(jobs);
      }
      try {
        return (await workersNow.records(jobs, OPTIONS, false)).map(({ record }) => ({ record }));
      } catch (error) {
        if (pool === workersNow) { // The first batch to fail says so; the others just fall back.
          warn(`the worker threads failed (${errorMessage(error)}); reading on the main thread`);
          pool = undefined;
          lanes = 1;
          await workersNow.dispose();
        }
        return here(jobs);
      }
    },
    async close() {
      await pool?.dispose();
      pool = undefined;
    },
  };
}
