// Who turns entry texts into index records: the extension's own thread (always available, and the
// only choice in the web extension host), or worker threads in the Node host when there are enough
// entries to be worth starting them. The index's record maker (indexMaker.ts) only sees this interface.
import type { IndexItem } from '../../core/index/indexItem';
import { turn } from '../../core/runtime/eventLoopTurn';

export interface RecordJob {
  /** Journal-relative path. */
  readonly path: string;
  readonly text: string;
}

export interface RecordRunner {
  /** Records for `jobs`, in order. Never rejects for one bad entry: that is a record `{ ok: false }`. */
  records(jobs: readonly RecordJob[]): Promise<IndexItem[]>;
  /** Batches worth handing out at once (two per worker thread); 1 when absent. */
  readonly lanes?: number;
  /** Gets ready for a bulk read while the caller lists the folder (starts judging whether a core is free for the workers). */
  warm?(): void;
  /**
   * Whether this runner may be given a batch now: false while it cannot yet tell whether a core is
   * free for it, and for the rest of a bulk read once it found none (the caller makes the batch on
   * its own thread). Absent: always.
   */
  spare?(): boolean;
  /** After a bulk read: frees what it held (ends idle workers). */
  rest?(): void;
}

/** Reads records on the calling thread with `record`, yielding between batches so the host stays responsive. */
export function inThreadRunner(record: (path: string, text: string) => IndexItem): RecordRunner {
  return {
    async records(jobs) {
      const results: IndexItem[] = [];
      for (let at = 0; at < jobs.length; at++) {
        const job = jobs[at] as RecordJob;
        results.push(record(job.path, job.text));
        if (at % 100 === 99) {
          await turn();
        }
      }
      return results;
    },
  };
}
