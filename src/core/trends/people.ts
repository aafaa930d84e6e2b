// Who the journal is about: each person named in a range, how many entries name them, and which
// situational styles those entries show, to see whom one directs, coaches, supports or delegates to.
import { toEpochDay, type LocalDate } from '../calendar/localDate';
import { STYLE_IDS, type StyleId } from '../tagger/types';
import { createDayReader } from './epochDays';
import type { IndexedEntry } from '../records/entryRecord';

export interface PersonSummary {
  /** As written in the entries' front matter; names differing in any character are different people. */
  readonly name: string;
  /** Entries naming the person. */
  readonly entries: number;
  /** Of those, the entries showing each style; every style is present, zero when unused. */
  readonly styles: Readonly<Record<StyleId, number>>;
}

interface Tally {
  entries: number;
  readonly styles: Record<StyleId, number>;
}

function newTally(): Tally {
  return { entries: 0, styles: { directing: 0, coaching: 0, supporting: 0, delegating: 0 } };
}

/**
 * Everyone named by an entry dated `from` to `to` (both included), most entries first, ties by name
 * in code-unit order. Linear in the entries.
 */
export function peopleSummary(entries: readonly IndexedEntry[], from: LocalDate, to: LocalDate): PersonSummary[] {
  const readDay = createDayReader();
  const fromDay = toEpochDay(from);
  const toDay = toEpochDay(to);
  const tallies = new Map<string, Tally>();
  for (const entry of entries) {
    const day = readDay(entry.date);
    if (day === undefined || day < fromDay || day > toDay) {
      continue;
    }
    for (const name of entry.people) {
      let tally = tallies.get(name);
      if (!tally) {
        tally = newTally();
        tallies.set(name, tally);
      }
      tally.entries++;
      if (entry.style !== null) {
        tally.styles[entry.style]++;
      }
    }
  }
  return [...tallies]
    .map(([name, tally]) => ({
      name,
      entries: tally.entries,
      styles: Object.fromEntries(STYLE_IDS.map((id) => [id, tally.styles[id]])) as Record<StyleId, number>,
    }))
    .sort((a, b) => b.entries - a.entries || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
