// Index records on worker threads: a cold index of 10,000 entries spends nearly all its time in
// front matter and tagging, which are pure and per file, so they are shared out to one worker per
// core while the calling thread reads files. Node only (the extension's Node host, the CLI and the
// benchmarks); the web extension makes records on its own thread (src/extension/index/indexMaker.ts).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TaggerOptions } from '../core/tagger/types';
import type { IndexItem } from '../core/index/indexItem';
import { asError } from '../core/text/errorMessage';

/**
 * One file to index: its journal-relative path (as indexRecord takes it) and either its text, or the
 * absolute path of a local file for the worker to read itself (the calling thread then reads
 * nothing: for a cold index of a local journal that halves the work left on it).
 */
export type RecordJob =
  | { readonly path: string; readonly text: string }
  | { readonly path: string; readonly file: string };

export interface RecordRequest {
  readonly id: number;
  readonly options: TaggerOptions;
  readonly jobs: readonly RecordJob[];
  /** Read the warm-up entry (warmUpEntry.ts) first, to compile the tagger before real work arrives. */
  readonly warmUp?: boolean;
  /** False: records only, no commitments or mentions (what the CLI report needs). Default true. */
  readonly facts?: boolean;
}

/** A file's modification time (whole ms) and size, as the index keys it. */
export interface FileStamp {
  readonly mtime: number;
  readonly size: number;
}

/**
 * An index item; for a job naming a file, with the file's stamp when the worker read it, no stamp
 * when it could not (the record says why, as the catalogue would), and `gone` when nothing was there.
 */
export type PooledItem = IndexItem & { readonly stamp?: FileStamp; readonly gone?: true };

export type RecordResponse =
  | { readonly id: number; readonly results: readonly PooledItem[] }
  | { readonly id: number; readonly error: string };

export interface RecordPool {
  /** Records for `jobs`, in the same order. Rejects if a worker fails (the caller falls back to its own thread). */
  records(jobs: readonly RecordJob[], options: TaggerOptions, facts?: boolean): Promise<PooledItem[]>;
  /** Starts the workers and loads the tagger in them now (a build calls it before listing the folder). */
  warm(options: TaggerOptions): void;
  /** Ends the workers once they are idle, freeing their memory; the next call starts new ones. */
  rest(): Promise<void>;
  /** Ends the workers; pending calls reject. */
  dispose(): Promise<void>;
}

/** Jobs per message: large enough that messaging costs little, small enough to share the work evenly. */
const BATCH = 100;

/** Workers for this machine: one per core, at least one, at most four. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * A pool of `workers` threads running `workerFile` (dist/recordWorker.js, or the CLI bundle started
 * with `workerData`, see src/cli/main.ts). Workers start on first use and are unref'd, so an idle
 * pool never keeps a process alive.
 */
export function createRecordPool(workerFile: string, workers = defaultWorkerCount(), workerData?: unknown): RecordPool {
  const threads: Worker[] = [];
  const idle: Worker[] = [];
  const waiting: (() => void)[] = [];
  let nextId = 1;
  let disposed = false;
  /** Set when a worker fails: the pool then refuses work, and the caller reads on its own thread. */
  let broken: Error | undefined;

  function start(): void {
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(workerFile, workerData === undefined ? {} : { workerData });
      worker.unref();
      threads.push(worker);
      idle.push(worker);
    }
  }

  async function acquire(): Promise<Worker> {
    if (threads.length === 0) {
      start();
    }
    for (;;) {
      if (broken) {
        throw broken;
      }
      const worker = idle.pop();
      if (worker) {
        return worker;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  }

  function release(worker: Worker): void {
    idle.push(worker);
    waiting.shift()?.();
  }

  function run(worker: Worker, request: RecordRequest): Promise<readonly PooledItem[]> {
    return new Promise((resolve, reject) => {
      const onMessage = (response: RecordResponse): void => {
        if (response.id !== request.id) {
          return;
        }
        cleanup();
        if ('error' in response) {
          reject(new Error(response.error));
        } else {
          resolve(response.results);
        }
      };
      const onError = (error: Error): void => {
        cleanup();
        reject(error);
      };
      const onExit = (code: number): void => {
        cleanup();
        reject(new Error(`an index worker stopped (exit code ${code})`));
      };
      const cleanup = (): void => {
        worker.unref(); // Idle workers never keep the process alive; busy ones do (see below).
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.ref(); // Awaiting a promise alone would let a CLI exit with the work half done.
      worker.postMessage(request);
    });
  }

  return {
    async records(jobs, options, facts) {
      if (disposed || broken) {
        throw broken ?? new Error('the index workers were stopped');
      }
      const batches: Promise<readonly PooledItem[]>[] = [];
      for (let at = 0; at < jobs.length; at += BATCH) {
        const request: RecordRequest = { id: nextId++, options, jobs: jobs.slice(at, at + BATCH), ...(facts === false ? { facts } : {}) };
        batches.push(acquire().then(async (worker) => {
          try {
            const results = await run(worker, request);
            release(worker);
            return results;
          } catch (error) {
            broken ??= asError(error);
            waiting.splice(0).forEach((wake) => wake());
            throw error;
          }
        }));
      }
      return (await Promise.all(batches)).flat();
    },
    warm(options) {
      if (disposed || broken || threads.length > 0) {
        return;
      }
      start();
      // One warm-up request per worker: each loads and compiles the tagger while the caller lists the folder.
      for (const worker of [...idle]) {
        idle.splice(idle.indexOf(worker), 1);
        run(worker, { id: nextId++, options, jobs: [], warmUp: true }).then(() => release(worker), () => release(worker));
      }
    },
    async rest() {
      if (broken || waiting.length > 0 || idle.length !== threads.length) {
        return; // Busy (or failed): nothing to free safely now.
      }
      const ending = threads.splice(0);
      idle.length = 0;
      await Promise.all(ending.map((worker) => worker.terminate()));
    },
    async dispose() {
      disposed = true;
      await Promise.all(threads.map((worker) => worker.terminate()));
      threads.length = 0;
      idle.length = 0;
    },
  };
}
