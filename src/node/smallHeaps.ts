// Small heaps for a process that makes many records (the CLI report), set by run-time V8 flags, which
// hold for the whole process; harmless where a runtime ignores them (only memory is at stake):
//
// - No young generation grows. V8 doubles one whose objects keep surviving, up to 32 MB per isolate,
//   and a report does that on every thread (texts, markup, records kept).
// - The old generation grows by 30 % over what survived its last full collection, where V8 lets a
//   small heap grow by up to four times: the records kept grow all along the report, and the garbage
//   promoted between full collections made the peak. A 50,000-entry report with a worker peaked at
//   141–160 MB, with this at 129–132 MB, for no measurable CPU (2026-12-03, load 4–5).
//
// Node sets the V8 flags again while it starts a worker, so a worker told to (`SMALL_HEAPS` in its
// workerData) sets them again as it starts: from then on they hold for every thread.
import { setFlagsFromString } from 'node:v8';

/** In a worker's workerData: set the flags again as the worker starts. */
export const SMALL_HEAPS = { smallHeaps: true } as const;

/** For the rest of this process, no young generation grows and old generations grow slowly. */
export function keepHeapsSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=30');
}

/** In a worker: sets the flags again when `data` (its workerData) asks for it. */
export function honourSmallHeaps(data: unknown): void {
  if ((data as Partial<typeof SMALL_HEAPS> | undefined)?.smallHeaps === true) {
    keepHeapsSmall();
  }
}
