// Small young generations for a process that makes many records (the CLI report): V8 doubles a
// young generation whose objects keep surviving, up to 32 MB per isolate, and a report does that on
// every thread (texts, markup, records kept). A runtime V8 flag stops the growth for the whole
// process; harmless where a runtime ignores it (only memory is at stake). Node sets the V8 flags
// again while it starts a worker, so a worker told to (`SMALL_YOUNG` in its workerData) sets it
// again as it starts: from then on it holds for every thread.
import { setFlagsFromString } from 'node:v8';

/** In a worker's workerData: set the flag again as the worker starts. */
export const SMALL_YOUNG = { smallYoung: true } as const;

/** For the rest of this process, no young generation grows. */
export function keepYoungGenerationsSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

/** In a worker: sets the flag again when `data` (its workerData) asks for it. */
export function honourSmallYoung(data: unknown): void {
  if ((data as Partial<typeof SMALL_YOUNG> | undefined)?.smallYoung === true) {
    keepYoungGenerationsSmall();
  }
}
