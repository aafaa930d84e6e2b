// The traps the tagger flagged lately, each with the entries that showed it, so the view can link
// straight to them. Recent means the last eight weeks by default: long enough to see a pattern,
// short enough that an old slip does not stay on show.
import { addDays, toEpochDay, type LocalDate } from '../calendar/localDate';
import { TRAP_IDS, type TrapId } from '../tagger/types';
import { createDayReader, isoOfEpochDay } from './epochDays';
import type { IndexedEntry } from '../records/entryRecord';

export const RECENT_TRAP_WEEKS = 8;

export interface TrapSighting {
  readonly date: string;
  readonly path: string;
  readonly title: string;
}

export interface RecentTrap {
  readonly id: TrapId;
  readonly count: number;
  /** Newest first; entries of one day by path. */
  readonly entries: readonly TrapSighting[];
}

export interface RecentTraps {
  /** First day looked at, `YYYY-MM-DD`; the last is today. */
  readonly since: string;
  /** Only traps seen at least once: most often first, ties in `TRAP_IDS` order. */
  readonly traps: readonly RecentTrap[];
}

function newestFirst(a: TrapSighting, b: TrapSighting): number {
  if (a.date !== b.date) {
    return a.date < b.date ? 1 : -1;
  }
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * Traps in entries of the `weeks * 7` days ending on `today`; entries after `today` are ignored.
 * Throws a RangeError unless `weeks` is a positive integer.
 */
export function recentTraps(entries: readonly IndexedEntry[], today: LocalDate, weeks = RECENT_TRAP_WEEKS): RecentTraps {
  if (!Number.isSafeInteger(weeks) || weeks < 1) {
    throw new RangeError(`Recent traps cover a whole number of weeks, at least 1, not ${weeks}.`);
  }
  const readDay = createDayReader();
  const toDay = toEpochDay(today);
  const fromDay = toEpochDay(addDays(today, 1 - weeks * 7));
  const sightings = new Map<TrapId, TrapSighting[]>(TRAP_IDS.map((id) => [id, []]));
  for (const entry of entries) {
    const day = readDay(entry.date);
    if (day === undefined || day < fromDay || day > toDay) {
      continue;
    }
    for (const id of entry.traps) {
      sightings.get(id)?.push({ date: entry.date, path: entry.path, title: entry.title });
    }
  }
  const traps = TRAP_IDS
    .map((id) => ({ id, entries: (sightings.get(id) ?? []).sort(newestFirst) }))
    .filter((trap) => trap.entries.length > 0)
    .map((trap) => ({ id: trap.id, count: trap.entries.length, entries: trap.entries }))
    .sort((a, b) => b.count - a.count); // Stable: ties keep TRAP_IDS order.
  return { since: isoOfEpochDay(fromDay), traps };
}
