// The index's record maker (the catalogue's `RecordMaker`): records with facts (commitments,
// mentions, answers) for the reflection features, made on worker threads when a build has enough
// files to read to pay for them (the Node host), on the window's own thread otherwise (single files,
// small journals, the web worker host), and there too if the workers fail, with a note in the log.
//
// With workers, the window's own thread makes records too (as the CLI report's maker does,
// src/cli/reportMaker.ts): a batch goes to the workers while they hold fewer than their lanes (the
// batch each makes and the next, already in its queue), and is otherwise made here, a slice at a
// time with a turn of the event loop between, so the workers' answers are taken in, and the window
// served, within a few milliseconds. On two cores there is one worker, and this thread, which only
// read the files and added the facts, waited most of a cold index (issue #13: ~0.3 s of its CPU
// against ~2.8 s on the worker for 10,000 entries). Batches are made here too while the workers
// cannot take them (`spare`: no core is known to be free for them yet, or none was; poolRunner.ts).
import type { MadeRecord, RecordMaker } from '../../core/catalogue/catalogueItem';
import type { IndexItem } from '../../core/index/indexItem';
import { turn } from '../../core/runtime/eventLoopTurn';
import type { RecordJob, RecordRunner } from './recordRunner';

/** Files to read before the workers are used: fewer are made faster here than handed out. */
export const WORKER_THRESHOLD = 100;

/** The batch while workers run: one worker request (recordPool.ts sends 100 texts a message), so the last batches end together. */
export const SHARED_BATCH = 100;

/** Texts made on the window's own thread between turns of the event loop while workers run (a few milliseconds' work). */
export const SLICE = 32;

export interface IndexMaker extends RecordMaker {
  /** Whether the last planned read gave any batch to the worker threads. */
  readonly onWorkers: boolean;
}

export function indexMaker(ownThread: RecordRunner, bulk: RecordRunner | undefined, warn: (error: unknown) => void): IndexMaker {
  let useWorkers = false;
  /** Whether a batch of the last planned read went to the workers. */
  let usedWorkers = false;
  let failed = false;
  /** Batches with the workers now (being made or waiting in their queues). */
  let withWorkers = 0;
  const workerLanes = (): number => Math.max(1, bulk?.lanes ?? 1);
  /** `jobs` made by `workers` (a lane counted while they hold them), on this thread if they fail. */
  const onWorkers = async (workers: RecordRunner, jobs: readonly RecordJob[]): Promise<readonly MadeRecord[]> => {
    withWorkers++;
    usedWorkers = true;
    try {
      return await workers.records(jobs);
    } catch (error) {
      if (!failed) { // The first batch to fail says so; the others just fall back.
        failed = true;
        warn(error);
      }
      return ownThread.records(jobs) as Promise<IndexItem[]>;
    } finally {
      withWorkers--;
    }
  };
  /**
   * `jobs` made on this thread a slice at a time, with a turn between (the workers are running).
   * Should the workers run dry meanwhile, the slices not yet made go to them: this thread also reads
   * every file (and, in an encrypted journal, opens it), so while it makes a batch the workers' next
   * one waits to be read, and they stood idle (issue #13).
   */
  const sliced = async (workers: RecordRunner, jobs: readonly RecordJob[]): Promise<readonly MadeRecord[]> => {
    const made: MadeRecord[] = [];
    for (let at = 0; at < jobs.length; at += SLICE) {
      if (at > 0 && withWorkers === 0 && !failed && workers.spare?.() !== false) {
        made.push(...await onWorkers(workers, jobs.slice(at)));
        break;
      }
      made.push(...await ownThread.records(jobs.slice(at, at + SLICE)));
      await turn();
    }
    return made;
  };
  return {
    facts: true,
    get onWorkers() {
      return usedWorkers;
    },
    get lanes() {
      return useWorkers ? workerLanes() + 1 : 1; // The workers' batches, and the one made here.
    },
    get batch() {
      return useWorkers ? SHARED_BATCH : undefined;
    },
    plan(count) {
      useWorkers = bulk !== undefined && !failed && count >= WORKER_THRESHOLD;
      usedWorkers = false;
    },
    async make(jobs: readonly RecordJob[]): Promise<readonly MadeRecord[]> {
      if (!useWorkers || bulk === undefined || jobs.length === 0) {
        return ownThread.records(jobs);
      }
      if (withWorkers >= workerLanes()) {
        // Let the workers' answers in before choosing where this batch goes. Not when they have room:
        // a slice of this thread's waiting for the same turn would keep them waiting for the batch.
        await turn();
      }
      if (failed) {
        return ownThread.records(jobs);
      }
      if (withWorkers >= workerLanes() || bulk.spare?.() === false) {
        return sliced(bulk, jobs);
      }
      return onWorkers(bulk, jobs);
    },
  };
}
