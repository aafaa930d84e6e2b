// The bulk runner over a worker pool (src/node/recordPool.ts): the workers make the records (front
// matter and tagging), and this thread reads each text's facts (commitments, mentions, answers:
// indexItem.ts withFacts) as a batch comes back, while they make the next. Facts were a sixth of a worker's time per entry, and the
// worker is the long pole of a cold index, while this thread, which only lists and reads the files,
// waits most of the time (0.3–0.4 s of CPU in a cold index of 10,000 entries against ~2 s on the
// worker); the records travel back without them. The items are the same as indexItem's.
import { withFacts } from '../../core/index/indexItem';
import type { TaggerOptions } from '../../core/tagger/types';
import type { RecordPool } from '../../node/recordPool';
import type { RecordRunner } from './recordRunner';

/** Records from `pool` (of `workers` threads) tagged with `options()` as they are when a batch is sent. */
export function poolRunner(pool: RecordPool, workers: number, options: () => TaggerOptions): RecordRunner {
  return {
    async records(jobs) {
      const made = pool.records(jobs, options(), false);
      const texts = jobs.map((job) => job.text);
      const records = await made;
      return records.map(({ record }, i) => withFacts(record, texts[i] as string));
    },
    lanes: 2 * workers,
    warm: () => pool.warm(options()),
    rest: () => void pool.rest(),
  };
}
