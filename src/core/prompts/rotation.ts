// The prompt of the day: a deterministic rotation keyed by the calendar day, so the same day shows
// the same prompt on every machine, in every time zone, at any hour, with no stored state.
//
// Days are grouped into cycles of `count` consecutive epoch days (cycle 0 starts on 1970-01-01).
// Each cycle shows every prompt exactly once, in an order shuffled by a seeded generator (integer
// arithmetic only, so the order is the same on every JavaScript engine). When a cycle would open
// with the prompt that closed the one before, its first two prompts are swapped, so no prompt is
// shown on two consecutive days, across cycle boundaries too.
import { toEpochDay, type LocalDate } from '../calendar/localDate';
import { ALL_PROMPTS, promptsOfPacks, type PackId, type Prompt } from './packs';
import { mulberry32 } from '../text/random';

/**
 * The prompt for `date`. The choice depends only on the calendar day and on `prompts` (its order
 * and length): a different list, such as another selection of packs, gives a different rotation.
 * Never the same element on two consecutive days when `prompts.length >= 2`; a one-element list
 * returns that element every day.
 * @throws RangeError when `prompts` is empty.
 */
export function promptOfTheDay(date: LocalDate, prompts: readonly Prompt[]): Prompt {
  return prompts[promptIndexOfDay(toEpochDay(date), prompts.length)];
}

/** The prompt of the day drawn from the given packs (all packs when omitted). */
export function promptOfTheDayFromPacks(date: LocalDate, packIds?: readonly PackId[]): Prompt {
  return promptOfTheDay(date, packIds === undefined ? ALL_PROMPTS : promptsOfPacks(packIds));
}

/**
 * The index, in `0 … count-1`, shown on `epochDay`: the arithmetic behind {@link promptOfTheDay}.
 * Days `c*count … c*count + count-1` form cycle `c` and hold each index once.
 * @throws RangeError when `count` is not a positive integer.
 */
export function promptIndexOfDay(epochDay: number, count: number): number {
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`promptIndexOfDay needs a positive integer count, got ${count}`);
  }
  const cycle = Math.floor(epochDay / count);
  const position = epochDay - cycle * count;
  if (count <= 2) {
    // Alternation is the only order with no repeats, and no shuffle can improve on it.
    return position;
  }
  const order = shuffledOrder(cycle, count);
  // The swap touches positions 0 and 1 only, so with count >= 3 the previous cycle's last index
  // is its unswapped shuffle's last: no recursion into earlier cycles is needed.
  if (order[0] === shuffledOrder(cycle - 1, count)[count - 1]) {
    [order[0], order[1]] = [order[1], order[0]];
  }
  return order[position];
}

/** A Fisher–Yates shuffle of `0 … count-1`, seeded by the cycle and the list length. */
function shuffledOrder(cycle: number, count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  const next = mulberry32(mix32(Math.imul(cycle | 0, 0x9e3779b1) ^ mix32(count)));
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** MurmurHash3's 32-bit finaliser: spreads nearby seeds (cycle 7, cycle 8) far apart. */
function mix32(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

