// Small heaps for a process that makes many records (the CLI report), set by run-time V8 flags, which
// hold for the whole process; harmless where a runtime ignores them (only memory and speed are at
// stake):
//
// - Young generations stay small. V8 doubles one whose objects keep surviving, up to 32 MB per
//   isolate, and a report does that on every thread (texts, markup, records kept). A worker's starts
//   at its limit (WORKER_LIMITS); the main thread's grows to MAIN_YOUNG_BYTES and no further (`mainYoungGenerationSteer`, called as it makes records): at the size it starts with
//   it spent 10–14 % more CPU on a 10,000-entry report, scavenging every megabyte the tagger
//   allocates, and a larger one costs only itself in memory.
// - The old generation grows by 30 % over what survived its last full collection, where V8 lets a
//   small heap grow by up to four times: the records kept grow all along the report, and the garbage
//   promoted between full collections made the peak. A 50,000-entry report with a worker peaked at
//   141–160 MB, with this at 127–132 MB, for no measurable CPU (2026-12-03, load 4–6).
//
// Node sets the V8 flags again while it starts a worker, so a worker told to (`SMALL_HEAPS` in its
// workerData) sets them again as it starts: from then on they hold for every thread.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import type { ResourceLimits } from 'node:worker_threads';

/** In a worker's workerData: set the flags again as the worker starts. */
export const SMALL_HEAPS = { smallHeaps: true } as const;

/** A record worker's new space (as V8 counts it), from its start. */
const WORKER_YOUNG_MB = 4;

/** A record worker's young generation: its new space and half as much again, which V8 reserves beside it. */
export const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_MB * 1.5 };

/** The new space (as V8 counts it) the report's main thread grows to. */
export const MAIN_YOUNG_BYTES = 4 * 2 ** 20;

/**
 * For the rest of this process, no young generation grows and old generations grow slowly; a worker
 * started from now on starts with the young generation its limits allow (a smaller one scavenged
 * twice as often: 861 against 380 times in a 10,000-entry report).
 */
export function keepHeapsSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=30');
  setFlagsFromString(`--min-semi-space-size=${WORKER_YOUNG_MB}`);
}

/** In a worker: sets the flags again when `data` (its workerData) asks for it. */
export function honourSmallHeaps(data: unknown): void {
  if ((data as Partial<typeof SMALL_HEAPS> | undefined)?.smallHeaps === true) {
    keepHeapsSmall();
  }
}

/**
 * For the report's main thread, to call between pieces of work: lets its young generation grow (V8
 * doubles it as objects survive) while it is under MAIN_YOUNG_BYTES, and stops it there. Growth is
 * decided by V8 at its collections, so the size is checked at each call; the flag is set only when it
 * must change: to grow, at each call while the space is small; to stop, once, when it reaches its
 * size (setting a V8 flag costs ~0.1 ms, and a 10,000-entry report called this ~300 times). A
 * worker's start leaves the flag stopped (its `honourSmallHeaps` sets it so), which is what a space
 * at its size needs.
 */
export function mainYoungGenerationSteer(): () => void {
  let stopped = false;
  return () => {
    const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? MAIN_YOUNG_BYTES;
    if (young < MAIN_YOUNG_BYTES) {
      setFlagsFromString('--semi-space-growth-factor=2');
      stopped = false;
    } else if (!stopped) {
      setFlagsFromString('--semi-space-growth-factor=1');
      stopped = true;
    }
  };
}
