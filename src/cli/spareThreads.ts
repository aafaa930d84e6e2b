// How many threads `report` makes records on, its own included. A worker costs a start (the bundle,
// the tagger compiled again, texts copied to it) and pays only on a core nobody else is using: on
// the project's shared two-core machine at a load average of 3, one worker beside the main thread
// made a 10,000-entry report 1.5× slower than the main thread alone and used 1.5× its CPU. So, as
// `make -l` judges, a core counts as spare when the 1-minute load average leaves it free; where the
// system reports no load average (Windows answers 0), every core counts.

/** At most this many threads (the calling one included). */
export const MAX_THREADS = 4;

/** Threads for `cores` cores at the 1-minute load average `load`: at least 1, at most MAX_THREADS. */
export function spareThreads(cores: number, load: number): number {
  const free = Number.isFinite(load) && load > 0 ? Math.floor(cores - load + 0.5) : cores;
  return Math.max(1, Math.min(MAX_THREADS, cores, free));
}
