// `classify --jsonl` on worker threads, for large inputs: batches of lines go to one worker per core
// (at most four) and come back in input order, so the output is byte-identical to the calling thread's.
// The workers are this same bundle (dist/cli.js) started as worker threads (see main.ts): nothing
// else has to ship beside the CLI. At most two batches per worker are in flight, so memory stays
// bounded however long stdin is; a single batch (a short input) never starts a worker.
import { Worker } from 'node:worker_threads';
import type { TaggerOptions } from '../core/tagger/types';
import type { BatchOutput, LineBatch } from './jsonlBatch';

/** What the main thread sends a classify worker (as workerData, then one message per batch). */
export interface ClassifyWorkerData {
  readonly role: 'classify';
  readonly options: TaggerOptions;
}

export interface ClassifyRequest {
  readonly id: number;
  readonly batch: LineBatch;
}

export type ClassifyResponse =
  | { readonly id: number; readonly output: BatchOutput }
  | { readonly id: number; readonly error: string };

/** Classifies batches in order; `classifyHere` is the calling thread's own path, used for a single batch. */
export type ParallelClassify = (
  batches: AsyncIterable<LineBatch>,
  options: TaggerOptions,
  workers: number,
  classifyHere: (batch: LineBatch) => BatchOutput,
) => AsyncGenerator<BatchOutput>;

interface Lane {
  readonly worker: Worker;
  readonly pending: Map<number, { resolve: (output: BatchOutput) => void; reject: (error: Error) => void }>;
}

function startLane(file: string, data: ClassifyWorkerData): Lane {
  const worker = new Worker(file, { workerData: data });
  const pending: Lane['pending'] = new Map();
  const failAll = (error: Error): void => {
    for (const waiter of pending.values()) {
      waiter.reject(error);
    }
    pending.clear();
  };
  worker.on('message', (response: ClassifyResponse) => {
    const waiter = pending.get(response.id);
    pending.delete(response.id);
    if ('error' in response) {
      waiter?.reject(new Error(response.error));
    } else {
      waiter?.resolve(response.output);
    }
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`a classify worker stopped (exit code ${code})`)));
  return { worker, pending };
}

function send(lane: Lane, request: ClassifyRequest): Promise<BatchOutput> {
  return new Promise((resolve, reject) => {
    lane.pending.set(request.id, { resolve, reject });
    lane.worker.postMessage(request);
  });
}

/** The parallel path over the worker script `file` (the CLI bundle itself). */
export function parallelClassifyWith(file: string): ParallelClassify {
  return async function* (batches, options, workers, classifyHere) {
    const iterator = batches[Symbol.asyncIterator]();
    const first = await iterator.next();
    if (first.done === true) {
      return;
    }
    const second = await iterator.next();
    if (second.done === true || workers <= 1) {
      yield classifyHere(first.value);
      if (second.done !== true) {
        yield classifyHere(second.value);
        for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
          yield classifyHere(next.value);
        }
      }
      return;
    }
    const lanes = Array.from({ length: workers }, () => startLane(file, { role: 'classify', options }));
    const inFlight: Promise<BatchOutput>[] = [];
    let id = 0;
    const dispatch = (batch: LineBatch): void => {
      const lane = lanes[id % lanes.length] as Lane;
      const result = send(lane, { id: id++, batch });
      result.catch(() => undefined); // Observed when its turn comes; never an unhandled rejection meanwhile.
      inFlight.push(result);
    };
    try {
      dispatch(first.value);
      dispatch(second.value);
      let done = false;
      while (!done || inFlight.length > 0) {
        while (!done && inFlight.length < 2 * workers) {
          const next = await iterator.next();
          if (next.done === true) {
            done = true;
          } else {
            dispatch(next.value);
          }
        }
        const oldest = inFlight.shift();
        if (oldest) {
          yield await oldest;
        }
      }
    } finally {
      await Promise.all(lanes.map((lane) => lane.worker.terminate()));
    }
  };
}
