// Who turns entry texts into index records: the extension's own thread (always available, and the
// only choice in the web extension host), or worker threads in the Node host when there are enough
// entries to be worth starting them. The index only sees this interface.
import type { IndexItem } from '../../core/index/indexItem';

export interface RecordJob {
  /** Journal-relative path. */
  readonly path: string;
  readonly text: string;
}

/** A local file for the runner to read itself: journal-relative path and absolute file path. */
export interface FileJob {
  readonly path: string;
  readonly file: string;
}

export interface RecordRunner {
  /** Records for `jobs`, in order. Never rejects for one bad entry: that is a record `{ ok: false }`. */
  records(jobs: readonly RecordJob[]): Promise<IndexItem[]>;
  /**
   * The same for local files the runner reads itself (worker threads), each with the file's stamp
   * (undefined when it could not be read); absent where it cannot.
   */
  recordsFromFiles?(jobs: readonly FileJob[]): Promise<(IndexItem & { readonly stamp?: { mtime: number; size: number } })[]>;
  /** Gets ready for a bulk read (starts workers) while the caller lists the folder. */
  warm?(): void;
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
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      }
      return results;
    },
  };
}
