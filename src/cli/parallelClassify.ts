// `classify --jsonl` on several threads, for large inputs: batches of lines are classified by the
// calling thread and `jobs - 1` worker threads (one thread per core, at most four, in all), and come
// back in input order, so the output is byte-identical to the calling thread's alone. The calling
// thread also reads the input and writes the output, so it takes a batch itself only while the
// batch due next is still with a worker (see `inOrder`); on two cores that is one worker and no
// thread left idle or fighting another for a core. The workers run dist/classifyWorker.js, or this
// same bundle (dist/cli.js) when that is not beside it (see main.ts). At most three batches per
// worker are in flight (IN_FLIGHT) and a few more wait for the calling thread, so memory stays
// bounded however long stdin is; a single batch (a short input) never starts a worker.
import { Worker } from 'node:worker_threads';
import type { TaggerOptions } from '../core/tagger/types';
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
 * Classifies batches in order on `jobs` threads, the calling thread included; `classifyHere` is the
 * calling thread's own path (all of it for a single batch, or with `jobs` 1).
 */
export type ParallelClassify = (
  batches: AsyncIterable<TextBatch>,
  options: TaggerOptions,
  jobs: number,
  classifyHere: (batch: TextBatch) => BatchOutput,
) => AsyncGenerator<BatchOutput>;

/**
 * Batches a worker holds at once: while the calling thread classifies a batch of its own it answers
 * no worker, so a worker with only two batches ran dry and sat idle (a tenth of its time, profiled).
 */
const IN_FLIGHT = 3;

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

/** A batch on its way: with a worker (`pending`), or waiting for the calling thread (`batch`), until `output` is known. */
interface Slot {
  batch: TextBatch | undefined;
  pending: Promise<BatchOutput> | undefined;
  output: BatchOutput | undefined;
  failure: Error | undefined;
}

/**
 * Batches' outputs in input order. Each batch goes to a worker that has fewer than IN_FLIGHT in flight
 * (`toWorker`, undefined when none has room), else waits for the calling thread, which classifies
 * the earliest such batch whenever the batch due next is not back from its worker yet: it never
 * waits idle while it has work of its own. At most `room` batches are held at once. Worker replies
 * are taken in between (`settle` lets the event loop run).
 */
export async function* inOrder(
  batches: AsyncIterator<TextBatch>,
  toWorker: (batch: TextBatch) => Promise<BatchOutput> | undefined,
  classifyHere: (batch: TextBatch) => BatchOutput,
  room: number,
  settle: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve)),
): AsyncGenerator<BatchOutput> {
  const slots: Slot[] = [];
  let done = false;
  while (!done || slots.length > 0) {
    while (!done && slots.length < room) {
      const next = await batches.next();
      if (next.done === true) {
        done = true;
        break;
      }
      const pending = toWorker(next.value);
      const slot: Slot = { batch: pending === undefined ? next.value : undefined, pending, output: undefined, failure: undefined };
      pending?.then((output) => {
        slot.output = output;
      }, (error: unknown) => {
        slot.failure = asError(error);
      });
      slots.push(slot);
    }
    const head = slots[0] as Slot;
    if (head.batch !== undefined) {
      head.output = classifyHere(head.batch);
      head.batch = undefined;
    }
    if (head.output === undefined && head.failure === undefined) {
      const mine = slots.find((slot) => slot.batch !== undefined);
      if (mine !== undefined) {
        mine.output = classifyHere(mine.batch as TextBatch);
        mine.batch = undefined;
        await settle();
        continue;
      }
      await (head.pending as Promise<BatchOutput>).catch(() => undefined);
    }
    slots.shift();
    if (head.failure !== undefined) {
      throw head.failure;
    }
    yield head.output as BatchOutput;
  }
}

/** The parallel path over the worker script `file` (the CLI bundle itself). */
export function parallelClassifyWith(file: string): ParallelClassify {
  return async function* (batches, options, jobs, classifyHere) {
    const iterator = batches[Symbol.asyncIterator]();
    const first = await iterator.next();
    if (first.done === true) {
      return;
    }
    const second = await iterator.next();
    if (second.done === true || jobs <= 1) {
      yield classifyHere(first.value);
      if (second.done !== true) {
        yield classifyHere(second.value);
        for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
          yield classifyHere(next.value);
        }
      }
      return;
    }
    const lanes = Array.from({ length: jobs - 1 }, () => startLane(file, { role: 'classify', options }));
    let id = 0;
    const toWorker = (batch: TextBatch): Promise<BatchOutput> | undefined => {
      let lane: Lane | undefined;
      for (const candidate of lanes) {
        if (candidate.pending.size < IN_FLIGHT && (lane === undefined || candidate.pending.size < lane.pending.size)) {
          lane = candidate;
        }
      }
      return lane === undefined ? undefined : send(lane, { id: id++, batch });
    };
    const queued = (async function* (): AsyncGenerator<TextBatch> {
      yield first.value;
      yield second.value;
      for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
        yield next.value;
      }
    })();
    try {
      yield* inOrder(queued, toWorker, classifyHere, IN_FLIGHT * lanes.length + 2);
    } finally {
      await Promise.all(lanes.map((lane) => lane.worker.terminate()));
    }
  };
}
