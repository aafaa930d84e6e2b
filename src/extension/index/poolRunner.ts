// The bulk runner over a worker pool (src/node/recordPool.ts): the workers make the records (front
// matter and tagging), and this thread reads each text's facts (commitments, mentions, answers:
// indexItem.ts withFacts) as a batch comes back, while they make the next. Facts were a sixth of a worker's time per entry, and the
// worker is the long pole of a cold index, while this thread, which only lists and reads the files,
// waits most of the time (0.3–0.4 s of CPU in a cold index of 10,000 entries against ~2 s on the
// worker); the records travel back without them. The items are the same as indexItem's.
//
// The workers start only once a core is seen free for them (issue #13): a worker costs its start and
// a second compile of the tagger (~1 s of CPU on this project's machine, most of it on V8's
// background threads), and pays only on a core nobody else is using. With the other core busy, a
// cold index of 10,000 entries took more time with the worker beside this thread than on this
// thread alone. The load is judged as the CLI report judges it (src/node/spareThreads.ts): the other
// processes' CPU over a window that starts with the build (`warm`), while this thread makes the
// first records itself (indexMaker.ts asks `spare` before each batch, and before each slice of a
// batch it makes while the workers hold none, to hand them its rest). A judgement holds for
// REJUDGE_MS, then the load is judged again: a long build follows the machine's load, and a later
// large read (a folder of entries pasted in) is not bound by a judgement made long before.
import { availableParallelism } from 'node:os';
import { withFacts } from '../../core/index/indexItem';
import type { TaggerOptions } from '../../core/tagger/types';
import type { RecordPool } from '../../node/recordPool';
import { cpuSample, spareThreadsOnceKnown } from '../../node/spareThreads';
import type { RecordRunner } from './recordRunner';

/** Starts a window; the function it returns says whether a core beside this thread is free, undefined while the window is too short to tell. */
export type CoreJudge = () => () => boolean | undefined;

/** spareThreads.ts's judgement over the window: the other processes' load leaves a thread beside this one. */
export const spareCoreJudge: CoreJudge = () => {
  const threads = spareThreadsOnceKnown(cpuSample(), availableParallelism());
  return () => {
    const now = threads();
    return now === undefined ? undefined : now > 1;
  };
};

/** How long a judgement of the load holds. */
export const REJUDGE_MS = 5000;

export interface LoadJudging {
  /** Default: spareCoreJudge. */
  readonly judge?: CoreJudge;
  /** Milliseconds on a monotonic clock; default: performance.now. */
  readonly now?: () => number;
}

/** Records from `pool` (of `workers` threads) tagged with `options()` as they are when a batch is sent. */
export function poolRunner(pool: RecordPool, workers: number, options: () => TaggerOptions, { judge = spareCoreJudge, now = () => performance.now() }: LoadJudging = {}): RecordRunner {
  /** The current window, from `warm` (or the first `spare` after a judgement expired) until a judgement is made. */
  let judging: (() => boolean | undefined) | undefined;
  /** Whether the workers take batches, once known, and when that was judged. */
  let decided: boolean | undefined;
  let decidedAt = 0;
  return {
    async records(jobs) {
      const made = pool.records(jobs, options(), false);
      const texts = jobs.map((job) => job.text);
      const records = await made;
      return records.map(({ record }, i) => withFacts(record, texts[i] as string));
    },
    lanes: 2 * workers,
    warm() {
      judging = judge();
      decided = undefined;
    },
    spare() {
      if (decided !== undefined && now() - decidedAt > REJUDGE_MS) {
        decided = undefined; // Judged again, over a new window.
        judging = undefined;
      }
      if (decided === undefined) {
        judging ??= judge();
        decided = judging();
        decidedAt = now();
        if (decided === true) {
          pool.warm(options()); // The workers start (if they rested) and load the tagger; the first batches wait in their queues.
        }
      }
      return decided === true;
    },
    rest() {
      judging = undefined;
      decided = undefined;
      void pool.rest();
    },
  };
}
