// Which of Kotter's six functions a range of entries shows most and least, so the view can name the
// side of the job that gets the least attention. Functions never seen are ranked too, at zero.
import { FUNCTION_IDS, type FunctionId } from '../tagger/types';
import { FUNCTIONS, type Side } from '../tagger/vocabulary';
import type { Bucket } from './aggregate';

export interface FunctionRank {
  readonly id: FunctionId;
  /** Leading (why: direction, alignment, motivation) or managing (how: the other three), as the vocabulary says. */
  readonly side: Side;
  /** Entries showing the function. */
  readonly count: number;
}

/** All six functions, most present first; ties in `FUNCTION_IDS` order. The last is the least present. */
export function rankFunctions(buckets: readonly Bucket[]): FunctionRank[] {
  return FUNCTION_IDS
    .map((id) => ({
      id,
      side: FUNCTIONS[id].side,
      count: buckets.reduce((total, bucket) => total + bucket.functions[id], 0),
    }))
    .sort((a, b) => b.count - a.count); // Stable: ties keep FUNCTION_IDS order.
}
