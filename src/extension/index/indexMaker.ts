// The index's record maker (the catalogue's `RecordMaker`): records with facts (commitments,
// mentions, answers) for the reflection features, made on worker threads when a build has enough
// files to read to pay for them (the Node host), on the window's own thread otherwise (single files,
// small journals, the web worker host), and there too if the workers fail, with a note in the log.
import type { MadeRecord, RecordMaker } from '../../core/catalogue/catalogueItem';
import type { IndexItem } from '../../core/index/indexItem';
import type { RecordJob, RecordRunner } from './recordRunner';

/** Files to read before the workers are used: fewer are made faster here than handed out. */
export const WORKER_THRESHOLD = 100;

export interface IndexMaker extends RecordMaker {
  /** Whether the last planned read used the worker threads. */
  readonly onWorkers: boolean;
}

export function indexMaker(ownThread: RecordRunner, bulk: RecordRunner | undefined, warn: (error: unknown) => void): IndexMaker {
  let useWorkers = false;
  let failed = false;
  return {
    facts: true,
    get onWorkers() {
      return useWorkers;
    },
    get lanes() {
      return useWorkers ? (bulk?.lanes ?? 1) : 1;
    },
    plan(count) {
      useWorkers = bulk !== undefined && !failed && count >= WORKER_THRESHOLD;
    },
    async make(jobs: readonly RecordJob[]): Promise<readonly MadeRecord[]> {
      if (!useWorkers || bulk === undefined || jobs.length === 0) {
        return ownThread.records(jobs);
      }
      try {
        return await bulk.records(jobs);
      } catch (error) {
        if (!failed) { // The first batch to fail says so; the others just fall back.
          failed = true;
          warn(error);
        }
        return ownThread.records(jobs) as Promise<IndexItem[]>;
      }
    },
  };
}
