// `classify --jsonl` on several threads, for large inputs: batches of lines are classified by the
// calling thread and `threads - 1` worker threads (by default one thread per core other processes
// leave free, at most four, in all), and come back in input order, so the output is byte-identical to
// the calling thread's alone. The calling thread also reads the input and writes the output, and
// takes a batch itself whenever no worker has room for one (see `inOrder`); on two cores that is one
// worker and no thread left idle or fighting another for a core. The workers run
// dist/classifyWorker.js, or this same bundle (dist/cli.js) when that is not beside it (see main.ts).
// At most three batches per worker are in flight (IN_FLIGHT) and at most ROOM are held in all, so
// memory stays bounded however long stdin is, and stdin is read only as threads take its batches; a
// single batch (a short input) never starts a worker.
import { Worker } from 'node:worker_threads';
import type { TaggerOptions } from '../core/tagger/types';
import { turn } from '../core/runtime/eventLoopTurn';
import { asError } from '../core/text/errorMessage';
import type { BatchOutput, TextBatch } from './jsonlBatch';

/** What the main thread sends a classify worker (as workerData, then one message per batch). */
export interface ClassifyWorkerData {
  readonly role: 'classify';
  readonly options: TaggerOptions;
}

export interface ClassifyRequest {
  readonly id: number;
  readonly batch: TextBatch;
}

export type ClassifyResponse =
  | { readonly id: number; readonly output: BatchOutput }
  | { readonly id: number; readonly error: string };

/**
 * Threads to classify on, the calling one included: a number (`--jobs`), or asked of the host as the
 * work starts — undefined while it cannot tell yet (spareThreads.ts measures the other processes'
 * load over the first ~60 ms), and it is asked again after the calling thread's next batch.
 */
export type ClassifyThreads = number | (() => number | undefined);

/**
 * Classifies batches in order on `threads` threads, the calling thread included; `classifyHere` is the
 * calling thread's own path (all of it for a single batch, or on one thread).
 */
export type ParallelClassify = (
  batches: AsyncIterable<TextBatch>,
  options: TaggerOptions,
  threads: ClassifyThreads,
  classifyHere: (batch: TextBatch) => BatchOutput,
) => AsyncGenerator<BatchOutput>;

/**
 * Batches a worker holds at once: while the calling thread classifies a batch of its own it answers
 * no worker, so a worker with only two batches ran dry and sat idle (a tenth of its time, profiled).
 */
const IN_FLIGHT = 3;

/**
 * Batches held at once, from the one due next (with a worker) to the last read: ~2 MB of input and
 * ~3 MB of output at most. The calling thread goes on with batches of its own for as long as this
 * allows while the batch due next is with a worker: ~250 ms, longer than a worker takes to start.
 */
const ROOM = 64;

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

/** The worker threads as `inOrder` sees them. */
export interface Workers {
  /** Whether one of them holds fewer than IN_FLIGHT batches and can take one more now. */
  readonly hasRoom: () => boolean;
  /** Sends a batch to one with room; resolves to its output, or rejects with the worker's failure. */
  readonly send: (batch: TextBatch) => Promise<BatchOutput>;
}

/** A batch read: its output once known, from the calling thread at once or from a worker later. */
interface Slot {
  readonly pending: Promise<BatchOutput> | undefined;
  output: BatchOutput | undefined;
  failure: Error | undefined;
}

/**
 * Batches' outputs in input order. A batch is read only when a thread is free to take it: first for
 * any worker with room (so a worker never waits for the calling thread to finish a batch of its
 * own), else for the calling thread, which classifies it there and then; it waits only when `room`
 * batches are held (the one due next still with a worker) or the input is all read. `room` bounds
 * memory, and is large enough for the calling thread to go on while a worker starts or falls behind
 * (a worker that starts takes ~100–150 ms before its first answer). Worker replies are taken in
 * between (`settle` lets the event loop run).
 */
export async function* inOrder(
  batches: AsyncIterator<TextBatch>,
  workers: Workers,
  classifyHere: (batch: TextBatch) => BatchOutput,
  room: number,
  settle: () => Promise<void> = turn,
): AsyncGenerator<BatchOutput> {
  const slots: Slot[] = [];
  let done = false;
  const read = async (): Promise<TextBatch | undefined> => {
    const next = await batches.next();
    done = next.done === true;
    return next.done === true ? undefined : next.value;
  };
  for (;;) {
    while (!done && slots.length < room && workers.hasRoom()) {
      const batch = await read();
      if (batch === undefined) {
        break;
      }
      const slot: Slot = { pending: workers.send(batch), output: undefined, failure: undefined };
      slot.pending?.then((output) => {
        slot.output = output;
      }, (error: unknown) => {
        slot.failure = asError(error);
      });
      slots.push(slot);
    }
    while (slots.length > 0 && ((slots[0] as Slot).output !== undefined || (slots[0] as Slot).failure !== undefined)) {
      const head = slots.shift() as Slot;
      if (head.failure !== undefined) {
        throw head.failure;
      }
      yield head.output as BatchOutput;
    }
    if (!done && slots.length < room) {
      const batch = await read();
      if (batch !== undefined) {
        slots.push({ pending: undefined, output: classifyHere(batch), failure: undefined });
        await settle();
      }
      continue;
    }
    if (slots.length === 0) {
      return;
    }
    await (slots[0] as Slot).pending?.catch(() => undefined); // The batch due next is with a worker.
  }
}

/** The parallel path over the worker script `file` (the CLI bundle itself). */
export function parallelClassifyWith(file: string): ParallelClassify {
  return async function* (batches, options, threads, classifyHere) {
    const iterator = batches[Symbol.asyncIterator]();
    const ask = typeof threads === 'number' ? () => threads : threads;
    let jobs: number | undefined;
    let current = await iterator.next();
    let following = current.done === true ? current : await iterator.next();
    // While the number of threads is not known yet (the load is still being measured), the calling
    // thread goes on alone; a single batch left (a short input) never starts a worker.
    while (current.done !== true && following.done !== true && (jobs = ask()) === undefined) {
      yield classifyHere(current.value);
      current = following;
      following = await iterator.next();
    }
    if (current.done === true) {
      return;
    }
    if (following.done === true || jobs === undefined || jobs <= 1) {
      yield classifyHere(current.value);
      for (let next = following; next.done !== true; next = await iterator.next()) {
        yield classifyHere(next.value);
      }
      return;
    }
    const [first, second] = [current.value, following.value];
    const lanes = Array.from({ length: jobs - 1 }, () => startLane(file, { role: 'classify', options }));
    let id = 0;
    const roomiest = (): Lane | undefined => {
      let lane: Lane | undefined;
      for (const candidate of lanes) {
        if (candidate.pending.size < IN_FLIGHT && (lane === undefined || candidate.pending.size < lane.pending.size)) {
          lane = candidate;
        }
      }
      return lane;
    };
    const workers: Workers = {
      hasRoom: () => roomiest() !== undefined,
      send: (batch) => send(roomiest() as Lane, { id: id++, batch }),
    };
    const queued = (async function* (): AsyncGenerator<TextBatch> {
      yield first;
      yield second;
      for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
        yield next.value;
      }
    })();
    try {
      yield* inOrder(queued, workers, classifyHere, ROOM);
    } finally {
      await Promise.all(lanes.map((lane) => lane.worker.terminate()));
    }
  };
}
