// Entries of an encrypted journal opened on worker threads (openingWorker.ts), for a Node host's age
// crypto: a cold index reads every entry, and opening each (X25519, HKDF, the MAC, ChaCha20) cost
// the extension host's thread several times what reading it does, while the index's own workers sat
// waiting for texts (profiled: a quarter of their time idle). Opens asked for together (the index
// reads 32 files at a time) go out in one batch per worker; a few alone (an editor opening an entry)
// are not worth a thread's start and round trip, and are left to the caller.
//
// Contract: `open` never rejects and never gives a wrong text. It resolves to the text, or to
// undefined — too few to send, not openable by the fast path (another form, another key, damage), or
// the workers failed — and the caller then opens the file itself, as before, so every failure reads
// as it did. Identities travel with each batch and are not kept by the workers; idle workers end
// after a moment, and never keep a process alive.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { OpeningRequest, OpeningResponse } from './openingService';

export interface OpeningPool {
  /** The text of the binary age file `file` opened by one of `identities` on a worker, or undefined (open it yourself). */
  open(file: Uint8Array, identities: readonly string[]): Promise<Uint8Array | undefined>;
  /** Ends the workers; opens in flight resolve to undefined. */
  dispose(): Promise<void>;
}

/** Fewer files than this asked for at once, with no worker running, are left to the caller. */
export const MIN_BATCH = 4;
/** Workers end after this long without work: they hold memory, and no key is kept longer than needed. */
const IDLE_MS = 2_000;

interface Queued {
  readonly file: Uint8Array;
  readonly identities: readonly string[];
  readonly resolve: (text: Uint8Array | undefined) => void;
}

interface Thread {
  readonly worker: Worker;
  /** Batches sent and not answered: the worker keeps the process alive while there are any. */
  busy: number;
}

/** Workers for this machine: as many as the index's own (one per core, at most four), at least one. */
export function defaultOpeningWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

export function createOpeningPool(workerFile: string, workers = defaultOpeningWorkers()): OpeningPool {
  let threads: Thread[] = [];
  let queue: Queued[] = [];
  let scheduled = false;
  let broken = false;
  let nextId = 1;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const pending = new Map<number, { readonly thread: Thread; readonly resolves: Queued['resolve'][] }>();

  /** Ends every worker; whatever was in flight resolves to undefined (the callers open it themselves). */
  function stop(): Promise<unknown> {
    clearTimeout(idleTimer);
    const ending = threads;
    threads = [];
    for (const { resolves } of pending.values()) {
      resolves.forEach((resolve) => resolve(undefined));
    }
    pending.clear();
    return Promise.all(ending.map(({ worker }) => worker.terminate()));
  }

  function fail(): void {
    broken = true;
    void stop();
  }

  function start(): void {
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(workerFile);
      worker.unref();
      const thread: Thread = { worker, busy: 0 };
      worker.on('message', (response: OpeningResponse) => answered(response));
      worker.on('error', fail);
      worker.on('exit', () => {
        if (threads.includes(thread)) {
          fail(); // Not ended by us: something is wrong with the workers; open on the caller's thread from now on.
        }
      });
      threads.push(thread);
    }
  }

  function answered(response: OpeningResponse): void {
    const batch = pending.get(response.id);
    if (batch === undefined) {
      return;
    }
    pending.delete(response.id);
    batch.resolves.forEach((resolve, i) => resolve('texts' in response ? (response.texts[i] ?? undefined) : undefined));
    if (--batch.thread.busy === 0) {
      batch.thread.worker.unref();
    }
    if (pending.size === 0) {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => void stop(), IDLE_MS);
      idleTimer.unref();
    }
  }

  function send(thread: Thread, batch: readonly Queued[]): void {
    const id = nextId++;
    pending.set(id, { thread, resolves: batch.map(({ resolve }) => resolve) });
    if (thread.busy++ === 0) {
      thread.worker.ref(); // A CLI awaiting texts must not exit with the work half done.
    }
    const request: OpeningRequest = { id, identities: batch[0]?.identities ?? [], files: batch.map(({ file }) => file) };
    thread.worker.postMessage(request); // The files are copied: the caller still needs them if the fast path fails.
  }

  function flush(): void {
    scheduled = false;
    const waiting = queue;
    queue = [];
    if (broken || (threads.length === 0 && waiting.length < MIN_BATCH)) {
      waiting.forEach(({ resolve }) => resolve(undefined));
      return;
    }
    if (threads.length === 0) {
      try {
        start();
      } catch {
        fail();
        waiting.forEach(({ resolve }) => resolve(undefined));
        return;
      }
    }
    clearTimeout(idleTimer);
    // One batch per worker for each set of identities (one journal: one set).
    const bySet = new Map<string, Queued[]>();
    for (const item of waiting) {
      const key = item.identities.join('\n');
      const items = bySet.get(key);
      if (items === undefined) {
        bySet.set(key, [item]);
      } else {
        items.push(item);
      }
    }
    for (const items of bySet.values()) {
      const size = Math.ceil(items.length / threads.length);
      threads.forEach((thread, i) => {
        const batch = items.slice(i * size, (i + 1) * size);
        if (batch.length > 0) {
          send(thread, batch);
        }
      });
    }
  }

  return {
    open(file, identities) {
      if (broken || identities.length === 0) {
        return Promise.resolve(undefined);
      }
      return new Promise((resolve) => {
        queue.push({ file, identities, resolve });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush); // After the reads started in this turn: they go out together.
        }
      });
    },
    async dispose() {
      broken = true;
      await stop();
    },
  };
}
