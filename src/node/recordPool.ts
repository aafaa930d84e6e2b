// Index records on worker threads: a cold index of 10,000 entries spends nearly all its time in
// front matter and tagging, which are pure and per file, so they are shared out to one worker per
// core while the calling thread reads files. Node only (the extension's Node host, the CLI and the
// benchmarks); the web extension makes records on its own thread (src/extension/index/indexMaker.ts).
//
// Each worker is sent its next request while it still works on the one before (at most DEPTH at
// once), so the next batch is already in its queue when it finishes: a worker that waited for the
// calling thread to take its answer and send more sat idle whenever that thread was busy between
// turns of its event loop (13–20 % of a report worker's time on a loaded two-core machine).
import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { RecordResult } from '../core/records/readRecord';
import type { EntryFacts } from '../core/reflect/entryFacts';
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

/** What a worker found at a job naming a file: its stamp when it read it, `gone` when nothing was there. */
export interface FileNotes {
  readonly stamp?: FileStamp;
  readonly gone?: true;
}

/**
 * An item of a request with `facts: false`: the record alone; for a job naming a file, with the
 * file's stamp when the worker read it, no stamp when it could not (the record says why, as the
 * catalogue would), and `gone` when nothing was there.
 */
export type PooledRecord = { readonly record: RecordResult; readonly facts?: EntryFacts } & FileNotes;

/** An index item (record and facts), with the same notes about the file. */
export type PooledItem = IndexItem & FileNotes;

export type RecordResponse =
  | { readonly id: number; readonly results: readonly PooledRecord[] }
  | { readonly id: number; readonly error: string };

export interface RecordPool {
  /** Records for `jobs`, in the same order. Rejects if a worker fails (the caller falls back to its own thread). */
  records(jobs: readonly RecordJob[], options: TaggerOptions, facts?: true): Promise<PooledItem[]>;
  /** The same without facts (their commitments and mentions are neither made nor sent). */
  records(jobs: readonly RecordJob[], options: TaggerOptions, facts: false): Promise<PooledRecord[]>;
  /** Starts the workers and loads the tagger in them now (a build calls it before listing the folder). */
  warm(options: TaggerOptions): void;
  /** Ends the workers once they are idle, freeing their memory; the next call starts new ones. */
  rest(): Promise<void>;
  /** Ends the workers; pending calls reject. */
  dispose(): Promise<void>;
}

/** Jobs per message: large enough that messaging costs little, small enough to share the work evenly. */
const BATCH = 100;

/** Requests a worker holds at once: the one it makes and the next, waiting in its own queue. */
export const DEPTH = 2;

/**
 * Workers for this machine: one per core but one, at least one, at most four. The core left over is
 * the calling thread's (it lists and reads the files, and in the extension host it serves the window)
 * and V8's: each worker compiles the tagger afresh on V8's background threads (~0.5 s of CPU per
 * worker for a cold index). On this project's 2-core machine a cold index of 10,000 entries took
 * 2.9–3.4 s of CPU with one worker against 4.1–4.8 s with two, and less wall-clock time in seven
 * pairs of eight (2026-12-05, load 4–6; docs/figures.md).
 */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

export interface PoolOptions {
  /** Given to each worker as its `workerData`. */
  readonly workerData?: unknown;
  /** Limits of each worker's heap (Node's `resourceLimits`), e.g. the size its young generation may grow to. */
  readonly resourceLimits?: ResourceLimits;
  /** Node options of each worker (Node's `execArgv`); absent: the process's own, as Node gives them. */
  readonly execArgv?: readonly string[];
}

interface Waiting {
  resolve(results: readonly PooledRecord[]): void;
  reject(error: Error): void;
}

/** A worker and the requests it holds (sent, not yet answered), by id. */
interface Lane {
  readonly worker: Worker;
  readonly held: Map<number, Waiting>;
}

/**
 * A pool of `workers` threads running `workerFile` (dist/recordWorker.js, or the CLI bundle started
 * with `workerData`, see src/cli/main.ts). Workers start on first use; a worker with nothing to do
 * is unref'd, so an idle pool never keeps a process alive, and a busy one is ref'd, so a CLI does not
 * exit with the work half done.
 */
export function createRecordPool(workerFile: string, workers = defaultWorkerCount(), options: PoolOptions = {}): RecordPool {
  let lanes: Lane[] = [];
  /** Requests not yet sent: every worker holds DEPTH already. */
  const queued: { readonly request: RecordRequest; readonly waiting: Waiting }[] = [];
  let nextId = 1;
  let disposed = false;
  /** Set when a worker fails: the pool then refuses work, and the caller reads on its own thread. */
  let broken: Error | undefined;

  /** Rejects everything held or queued with `error`. */
  function rejectAll(error: Error): void {
    for (const lane of lanes) {
      const held = [...lane.held.values()];
      lane.held.clear();
      lane.worker.unref();
      held.forEach((waiting) => waiting.reject(error));
    }
    queued.splice(0).forEach(({ waiting }) => waiting.reject(error));
  }

  function fail(error: Error): void {
    broken ??= error;
    rejectAll(error);
  }

  function start(): void {
    lanes = Array.from({ length: workers }, () => {
      const worker = new Worker(workerFile, {
        ...(options.workerData === undefined ? {} : { workerData: options.workerData }),
        ...(options.resourceLimits === undefined ? {} : { resourceLimits: options.resourceLimits }),
        ...(options.execArgv === undefined ? {} : { execArgv: [...options.execArgv] }),
      });
      const lane: Lane = { worker, held: new Map() };
      worker.on('message', (response: RecordResponse) => {
        const waiting = lane.held.get(response.id);
        if (waiting === undefined) {
          return;
        }
        lane.held.delete(response.id);
        if (lane.held.size === 0) {
          worker.unref();
        }
        if ('error' in response) {
          const error = new Error(response.error);
          waiting.reject(error);
          fail(error);
          return;
        }
        waiting.resolve(response.results);
        dispatch();
      });
      worker.on('error', (error) => fail(asError(error)));
      worker.on('exit', (code) => {
        if (lanes.includes(lane)) { // Not ended by rest() or dispose().
          fail(new Error(`an index worker stopped (exit code ${code})`));
        }
      });
      worker.unref();
      return lane;
    });
  }

  function send(lane: Lane, request: RecordRequest, waiting: Waiting): void {
    if (lane.held.size === 0) {
      lane.worker.ref();
    }
    lane.held.set(request.id, waiting);
    lane.worker.postMessage(request);
  }

  /** Sends queued requests to the workers holding the fewest, while any holds fewer than DEPTH. */
  function dispatch(): void {
    while (queued.length > 0 && broken === undefined) {
      let lane: Lane | undefined;
      for (const candidate of lanes) {
        if (candidate.held.size < DEPTH && (lane === undefined || candidate.held.size < lane.held.size)) {
          lane = candidate;
        }
      }
      if (lane === undefined) {
        return;
      }
      const { request, waiting } = queued.shift() as (typeof queued)[number];
      send(lane, request, waiting);
    }
  }

  function records(jobs: readonly RecordJob[], taggerOptions: TaggerOptions, facts?: boolean): Promise<PooledRecord[]> {
    if (disposed || broken) {
      return Promise.reject(broken ?? new Error('the index workers were stopped'));
    }
    if (lanes.length === 0) {
      start();
    }
    const batches: Promise<readonly PooledRecord[]>[] = [];
    for (let at = 0; at < jobs.length; at += BATCH) {
      const request: RecordRequest = { id: nextId++, options: taggerOptions, jobs: jobs.slice(at, at + BATCH), ...(facts === false ? { facts } : {}) };
      batches.push(new Promise((resolve, reject) => queued.push({ request, waiting: { resolve, reject } })));
    }
    dispatch();
    return Promise.all(batches).then((parts) => parts.flat());
  }

  return {
    records: records as RecordPool['records'],
    warm(taggerOptions) {
      if (disposed || broken || lanes.length > 0) {
        return;
      }
      start();
      // One warm-up request per worker: each loads and compiles the tagger while the caller lists the
      // folder; the first batches are sent behind it, into the worker's queue.
      const ignore = (): void => undefined;
      for (const lane of lanes) {
        send(lane, { id: nextId++, options: taggerOptions, jobs: [], warmUp: true }, { resolve: ignore, reject: ignore });
      }
    },
    async rest() {
      if (broken || queued.length > 0 || lanes.some((lane) => lane.held.size > 0)) {
        return; // Busy (or failed): nothing to free safely now.
      }
      const ending = lanes;
      lanes = [];
      await Promise.all(ending.map((lane) => lane.worker.terminate()));
    },
    async dispose() {
      disposed = true;
      rejectAll(new Error('the index workers were stopped'));
      const ending = lanes;
      lanes = [];
      await Promise.all(ending.map((lane) => lane.worker.terminate()));
    },
  };
}
