// The numbers a review is drafted from, computed from index records of one period. Review entries
// themselves are left out: they summarise other entries, and counting them would count a week twice.
import { toEpochDay, type LocalDate } from '../calendar/localDate';
import { FUNCTION_IDS, TRAP_IDS, type FunctionId, type TrapId } from '../tagger/types';
import { byDateThenPath } from '../text/order';
import { isTagged } from '../trends/counted';
import { createDayReader } from '../trends/epochDays';
import type { IndexedEntry } from '../records/entryRecord';

/** Kinds of entry a review does not count. */
export const REVIEW_KINDS: readonly string[] = ['weekly-review', 'monthly-review'];

export interface Balance {
  readonly entries: number;
  /** Entries labelled why, how or balanced (not unclear): the base of the shares. */
  readonly tagged: number;
  /** Means over the tagged entries; null when none is tagged. */
  readonly whyShare: number | null;
  readonly howShare: number | null;
}

export interface TrapCount {
  readonly id: TrapId;
  /** Entries showing the trap, by date then path. */
  readonly entries: readonly IndexedEntry[];
}

export interface FunctionCount {
  readonly id: FunctionId;
  readonly count: number;
}

/** Entries dated `start` to `end` (both included) that are not reviews, by date then path. */
export function entriesIn<T extends IndexedEntry>(entries: readonly T[], start: LocalDate, end: LocalDate): T[] {
  const readDay = createDayReader();
  const from = toEpochDay(start);
  const to = toEpochDay(end);
  return entries
    .filter((entry) => {
      const day = readDay(entry.date);
      return day !== undefined && day >= from && day <= to && !REVIEW_KINDS.includes(entry.kind);
    })
    .sort(byDateThenPath);
}

export function balanceOf(entries: readonly IndexedEntry[]): Balance {
  let tagged = 0;
  let why = 0;
  let how = 0;
  for (const entry of entries) {
    if (isTagged(entry)) {
      tagged++;
      why += entry.why;
      how += entry.how;
    }
  }
  return { entries: entries.length, tagged, whyShare: tagged > 0 ? why / tagged : null, howShare: tagged > 0 ? how / tagged : null };
}

/** Traps shown at least once, most entries first, ties in `TRAP_IDS` order. */
export function trapCounts(entries: readonly IndexedEntry[]): TrapCount[] {
  return TRAP_IDS
    .map((id) => ({ id, entries: entries.filter((entry) => entry.traps.includes(id)) }))
    .filter((trap) => trap.entries.length > 0)
    .sort((a, b) => b.entries.length - a.entries.length);
}

/** Every function with the number of entries showing it, most first, ties in `FUNCTION_IDS` order. */
export function functionCounts(entries: readonly IndexedEntry[]): FunctionCount[] {
  return FUNCTION_IDS
    .map((id) => ({ id, count: entries.filter((entry) => entry.functions.includes(id)).length }))
    .sort((a, b) => b.count - a.count);
}

/**
 * The tagged entry with the highest share on `side`, the earliest on a tie; undefined when no
 * tagged entry has any share on that side.
 */
export function strongest(entries: readonly IndexedEntry[], side: 'why' | 'how'): IndexedEntry | undefined {
  let best: IndexedEntry | undefined;
  for (const entry of entries) {
    if (isTagged(entry) && entry[side] > 0 && (!best || entry[side] > best[side])) {
      best = entry; // Entries arrive by date then path, so the first of equals is kept.
    }
  }
  return best;
}
