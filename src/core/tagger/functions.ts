// The Kotter functions an entry shows: direction, alignment and motivation (leading); planning,
// organising and controlling (managing). Read from each labelled sentence's function weights (the
// cues on the side the sentence was labelled: a planning word inside a sentence about someone's
// feelings is not planning). A function is listed when its entry total reaches its minimum in
// FUNCTION_MIN, so a single faint word does not make a function; ordered as in FUNCTION_IDS. The
// minimums differ because the vocabularies do: motivation and the managing functions have many
// everyday words, direction and alignment few. A sentence about something left undone ("never
// finished the calendar") counts at a quarter: the guide counts only functions actually exercised.
import type { ClassifiedSentence } from './tagger';
import { FUNCTION_IDS, type FunctionId } from './types';
import { CLASS_BITS } from './wordClasses';

const { UNDONE } = CLASS_BITS; // A local binding (see CLASS_BITS).

/** Minimum total cue weight for each function to be listed (tuned on the dev entries). */
export const FUNCTION_MIN: Readonly<Record<FunctionId, number>> = {
  direction: 2, alignment: 1, motivation: 5, planning: 3, organising: 5, controlling: 3,
};
const UNDONE_FACTOR = 0.25;

/**
 * Entry totals per function, in FUNCTION_IDS order. A typed array: its elements are doubles from the
 * start (an array of 0s turned into doubles on the first fractional weight, which deoptimised this).
 */
export function functionTotals(sentences: readonly ClassifiedSentence[]): Float64Array {
  const totals = new Float64Array(FUNCTION_IDS.length);
  for (let index = 0; index < sentences.length; index += 1) {
    const sentence = sentences[index] as ClassifiedSentence;
    const weights = sentence.result.functionWeights;
    const factor = (sentence.classes & UNDONE) !== 0 ? UNDONE_FACTOR : 1;
    for (let at = 0; at < weights.length; at += 1) {
      totals[at] += (weights[at] as number) * factor;
    }
  }
  return totals;
}

export function entryFunctions(sentences: readonly ClassifiedSentence[]): FunctionId[] {
  const totals = functionTotals(sentences);
  const functions: FunctionId[] = [];
  for (let at = 0; at < FUNCTION_IDS.length; at += 1) {
    const fn = FUNCTION_IDS[at] as FunctionId;
    if ((totals[at] as number) >= FUNCTION_MIN[fn]) {
      functions.push(fn);
    }
  }
  return functions;
}
