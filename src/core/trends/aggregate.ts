// Entries summed into contiguous periods for the trend charts: one pass over the entries, constant
// work per entry, then one pass over the periods. Output is plain data (records and arrays only), so
// it can be posted to a webview or cached as JSON unchanged.
import type { WeekStart } from '../calendar/isoWeek';
import { toEpochDay, type LocalDate } from '../calendar/localDate';
import type { EntryLabel, FunctionId, StyleId, TrapId } from '../tagger/types';
import { createDayReader } from './epochDays';
import type { IndexedEntry } from '../records/entryRecord';
import { periodGrid, type Granularity, type Period } from './periods';

export interface AggregateOptions {
  readonly granularity: Granularity;
  readonly weekStart: WeekStart;
  /** First day counted; defaults to the earliest entry's day. */
  readonly from?: LocalDate;
  /** Last day counted; defaults to the latest entry's day. */
  readonly to?: LocalDate;
}

export interface PersonCount {
  readonly name: string;
  /** Entries naming the person. */
  readonly count: number;
}

export interface Bucket extends Period {
  readonly entries: number;
  readonly words: number;
  /** Entries labelled why, how or balanced (not unclear): the base of the three shares. */
  readonly tagged: number;
  readonly labels: Readonly<Record<EntryLabel, number>>;
  /**
   * Mean of the tagged entries' `why` (and `how`) shares, each entry weighing the same however long
   * it is: a journal is a habit of short notes, and one long entry should not outweigh a week of
   * them. Null, never NaN, when no entry is tagged.
   */
  readonly whyShare: number | null;
  readonly howShare: number | null;
  /** Fraction of the tagged entries labelled balanced; null when none is tagged. */
  readonly balancedShare: number | null;
  /** Entries showing each function, trap and style; every id is present, zero when unseen. */
  readonly functions: Readonly<Record<FunctionId, number>>;
  readonly traps: Readonly<Record<TrapId, number>>;
  readonly styles: Readonly<Record<StyleId, number>>;
  /** People named in the period, most often first, then by name (code-unit order). */
  readonly people: readonly PersonCount[];
}

/** A running total for one period. */
interface Tally {
  entries: number;
  words: number;
  why: number;
  how: number;
  readonly labels: Record<EntryLabel, number>;
  readonly functions: Record<FunctionId, number>;
  readonly traps: Record<TrapId, number>;
  readonly styles: Record<StyleId, number>;
  /** Created on the first person: most periods of a long daily range name nobody. */
  people: Map<string, number> | undefined;
}

// The counts are object literals rather than built from the id lists: a literal is several times
// faster to create for thousands of daily buckets, and the Record types make the compiler catch a
// new or renamed id.
function newTally(): Tally {
  return {
    entries: 0, words: 0, why: 0, how: 0,
    labels: { why: 0, how: 0, balanced: 0, unclear: 0 },
    functions: { direction: 0, alignment: 0, motivation: 0, planning: 0, organising: 0, controlling: 0 },
    traps: {
      'micromanaging-leader': 0, 'visionless-manager': 0, 'nice-leader-no-follow-through': 0, 'taskmaster-manager': 0,
    },
    styles: { directing: 0, coaching: 0, supporting: 0, delegating: 0 },
    people: undefined,
  };
}

/** Functions, traps and people are sets by the record's contract: each is counted as listed. */
function add(tally: Tally, entry: IndexedEntry): void {
  tally.entries++;
  tally.words += entry.words;
  if (entry.label !== null) {
    tally.labels[entry.label]++;
    tally.why += entry.why;
    tally.how += entry.how;
  }
  for (const id of entry.functions) {
    tally.functions[id]++;
  }
  for (const id of entry.traps) {
    tally.traps[id]++;
  }
  if (entry.style !== null) {
    tally.styles[entry.style]++;
  }
  if (entry.people.length > 0) {
    const people = (tally.people ??= new Map());
    for (const name of entry.people) {
      people.set(name, (people.get(name) ?? 0) + 1);
    }
  }
}

/** Most often first, ties by name in code-unit order (locale-independent, so output is stable). */
function rankPeople(counts: ReadonlyMap<string, number>): PersonCount[] {
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function toBucket(period: Period, tally: Tally): Bucket {
  const tagged = tally.labels.why + tally.labels.how + tally.labels.balanced;
  return {
    key: period.key,
    start: period.start,
    end: period.end,
    entries: tally.entries,
    words: tally.words,
    tagged,
    labels: { ...tally.labels },
    whyShare: tagged > 0 ? tally.why / tagged : null,
    howShare: tagged > 0 ? tally.how / tagged : null,
    balancedShare: tagged > 0 ? tally.labels.balanced / tagged : null,
    functions: { ...tally.functions },
    traps: { ...tally.traps },
    styles: { ...tally.styles },
    people: tally.people ? rankPeople(tally.people) : [],
  };
}

/**
 * The entries from `from` to `to` (both included) summed per period, oldest first. Periods are
 * contiguous: one with no entries is present with zero counts and null shares. Returns `[]` when
 * the range is empty (`from` after `to`, or a missing end and no entries to default it from).
 * Entries whose `date` is not a valid `YYYY-MM-DD` are left out; the other fields are trusted to
 * meet the `IndexedEntry` contract (check records from outside with `isIndexedEntry` first). Linear
 * in entries plus periods; throws a RangeError for a range of more than `MAX_PERIODS` periods.
 */
export function aggregate(entries: readonly IndexedEntry[], options: AggregateOptions): Bucket[] {
  const readDay = createDayReader();
  const days: (number | undefined)[] = new Array<number | undefined>(entries.length);
  let earliest = Number.POSITIVE_INFINITY;
  let latest = Number.NEGATIVE_INFINITY;
  entries.forEach((entry, index) => {
    const day = readDay(entry.date);
    days[index] = day;
    if (day !== undefined) {
      earliest = Math.min(earliest, day);
      latest = Math.max(latest, day);
    }
  });
  const fromDay = options.from ? toEpochDay(options.from) : earliest;
  const toDay = options.to ? toEpochDay(options.to) : latest;
  if (!Number.isFinite(fromDay) || !Number.isFinite(toDay) || fromDay > toDay) {
    return [];
  }
  const grid = periodGrid(options.granularity, options.weekStart, fromDay, toDay);
  const tallies = Array.from({ length: grid.count }, newTally);
  entries.forEach((entry, index) => {
    const day = days[index];
    if (day !== undefined && day >= fromDay && day <= toDay) {
      const tally = tallies[grid.indexOf(day)];
      if (tally) {
        add(tally, entry);
      }
    }
  });
  return tallies.map((tally, index) => toBucket(grid.period(index), tally));
}
