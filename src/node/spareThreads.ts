// How many threads `report` makes records on, and `classify --jsonl` classifies on, its own included. A worker costs a start (the bundle,
// the tagger compiled again, texts copied to it) and pays only on a core nobody else is using: on
// the project's shared two-core machine at a load average of 3, one worker beside the main thread
// made a 10,000-entry report 1.5× slower than the main thread alone and used 1.5× its CPU. So, as
// `make -l` judges, a core counts as spare when the load leaves it free.
//
// The load is measured, when it can be, over the moments just before the choice: the CPU time every
// core spent busy since the process started (os.cpus()), less this process's own (it was loading
// and listing the folder meanwhile). The 1-minute load average lags by a minute: right after any
// heavy command (a build, the previous report, a benchmark's reference run) it still counts that
// command's core as taken, and an idle two-core machine got one thread where it has two. The load
// average is the fallback when the window is too short to say anything (the counters tick in 10 ms)
// or the system gives no per-core times; where it reports no load average either (Windows answers
// 0), every core counts.
import { cpus, loadavg } from 'node:os';

/** At most this many threads (the calling one included). */
export const MAX_THREADS = 4;

/** Threads for `cores` cores of which `load` are busy with other work: at least 1, at most MAX_THREADS. */
export function spareThreads(cores: number, load: number): number {
  const free = Number.isFinite(load) && load > 0 ? Math.floor(cores - load + 0.5) : cores;
  return Math.max(1, Math.min(MAX_THREADS, cores, free));
}

/** The system's busy CPU time over all cores and this process's own, in ms, at one moment. */
export interface CpuSample {
  readonly at: number;
  readonly busy: number;
  readonly own: number;
}

/** A window shorter than this says too little (the system's counters tick in 10 ms). */
export const MIN_WINDOW_MS = 60;

export function cpuSample(): CpuSample | undefined {
  const all = cpus();
  if (all.length === 0) {
    return undefined;
  }
  let busy = 0;
  for (const { times } of all) {
    busy += times.user + times.nice + times.sys + times.irq;
  }
  const own = process.cpuUsage();
  return { at: performance.now(), busy, own: (own.user + own.system) / 1000 };
}

/**
 * Cores kept busy by other processes between `from` and `to`, or undefined when the window is too
 * short or the counters went backwards (a system that does not keep them).
 */
export function otherLoad(from: CpuSample, to: CpuSample): number | undefined {
  const window = to.at - from.at;
  const busy = to.busy - from.busy;
  if (window < MIN_WINDOW_MS || busy < 0) {
    return undefined;
  }
  return Math.max(0, busy - (to.own - from.own)) / window;
}

/**
 * A function giving the threads to use at the moment it is called, judged by the other processes'
 * load since `start` (a sample taken when the process started), else by the 1-minute load average.
 */
export function spareThreadsSince(start: CpuSample | undefined, cores: number): () => number {
  const known = spareThreadsOnceKnown(start, cores);
  return () => known() ?? spareThreads(cores, loadavg()[0] ?? 0);
}

/**
 * As {@link spareThreadsSince}, but undefined while the window since `start` is still too short to
 * measure (ask again after some work: `classify --jsonl` goes on alone meanwhile) instead of
 * falling back on the lagging load average; that only where the load cannot be measured at all.
 */
export function spareThreadsOnceKnown(start: CpuSample | undefined, cores: number): () => number | undefined {
  return () => {
    const now = cpuSample();
    if (start === undefined || now === undefined) {
      return spareThreads(cores, loadavg()[0] ?? 0);
    }
    if (now.at - start.at < MIN_WINDOW_MS) {
      return undefined;
    }
    return spareThreads(cores, otherLoad(start, now) ?? loadavg()[0] ?? 0);
  };
}
