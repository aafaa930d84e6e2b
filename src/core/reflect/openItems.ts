// The open items with each person, in both directions: what I will do for or with them, and what
// they will do. Sightings from every entry (itemScan.ts) are grouped into items by the identity rule
// (itemIdentity.ts), and each item is about the people its lines name with an @mention, or else the
// people of the entry it is written in (`people:` front matter: the 1:1's person). Names are resolved
// through the people directory when tracking, not when writing, so a person renamed by a later alias
// in people.yml takes their items along.
import { toEpochDay, type LocalDate } from '../calendar/localDate';
import { createDayReader } from '../trends/epochDays';
import type { ItemOwner } from './itemOrigin';
import { compareSightings, groupByIdentity, rootOf, type IdentitySighting, type ItemRoot } from './itemIdentity';
import type { ScannedItem } from './itemScan';
import type { PeopleDirectory } from './peopleDirectory';

/** One entry's items and what is needed to place them. */
export interface ItemEntry {
  readonly path: string;
  /** `YYYY-MM-DD`; entries with any other date are left out. */
  readonly date: string;
  /** The `people:` front matter, as written. */
  readonly people: readonly string[];
  readonly items: readonly ScannedItem[];
}

/** Where an item was written: a sighting's date, path and zero-based line, the order compareSightings sorts by. */
export type ItemPlace = Pick<IdentitySighting, 'date' | 'path' | 'line'>;

export interface TrackedItem {
  /** Stable while the item lives: where it was first written and its hash, `2026/03/x.md#3f9a2c1d`. */
  readonly id: string;
  /** The text key of its first sighting. Not unique (the same words promised to two people are two items): {@link id} is. */
  readonly key: string;
  /** Whose it is, as most recently written. */
  readonly owner: ItemOwner;
  /** The text as most recently written. */
  readonly text: string;
  /** The directory keys of the people it is about, sorted; empty for a promise to no one in particular. */
  readonly people: readonly string[];
  /** Where it was first written: what a carried copy links to. */
  readonly root: ItemRoot;
  readonly firstSeen: ItemPlace;
  /** The latest place it was written (where to tick it). */
  readonly lastSeen: ItemPlace;
  /** The earliest place it was ticked; absent while it is open. */
  readonly completed?: ItemPlace;
  /** Every place it was written, in the order they were written. */
  readonly sightings: readonly ItemPlace[];
  /** Whole days from the first sighting to today; 0 for today or a later date. */
  readonly ageDays: number;
}

/** A line the reader could not place (its entry's path and zero-based line), with why: never an error, the item still counts. */
export interface ItemProblem extends Pick<ItemPlace, 'path' | 'line'> {
  readonly message: string;
}

export interface TrackedItems {
  /** Oldest first. */
  readonly open: readonly TrackedItem[];
  /** Most recently completed first. */
  readonly completed: readonly TrackedItem[];
  readonly problems: readonly ItemProblem[];
}

interface Sighting extends IdentitySighting {
  readonly text: string;
  readonly done: boolean;
  readonly day: number;
  readonly people: readonly string[];
}

function place(sighting: Sighting): ItemPlace {
  return { date: sighting.date, path: sighting.path, line: sighting.line };
}

function sortedKeys(names: readonly string[], directory: PeopleDirectory): string[] {
  return [...new Set(names.map((name) => directory.resolve(name).key).filter((key) => key !== ''))].sort();
}

/**
 * Every item of every entry dated up to `today`, grouped, with the people each is about (an entry
 * dated later is read from its day on). Independent of the order of `entries`.
 */
export function trackItems(entries: readonly ItemEntry[], directory: PeopleDirectory, today: LocalDate): TrackedItems {
  const readDay = createDayReader();
  const todayDay = toEpochDay(today);
  const sightings: Sighting[] = [];
  const problems: ItemProblem[] = [];
  for (const entry of entries) {
    const day = readDay(entry.date);
    // A future-dated entry is not read until its day: its items are neither open nor ageing yet.
    if (day === undefined || day > todayDay) {
      continue;
    }
    const entryPeople = sortedKeys(entry.people, directory);
    for (const item of entry.items) {
      const named = sortedKeys(item.mentions, directory);
      const people = named.length > 0 ? named : entryPeople;
      if (item.owner === 'theirs' && people.length === 0) {
        problems.push({ path: entry.path, line: item.line, message: 'Whose is this? An item for someone else needs their name: write @name on the line, or keep it in an entry about them.' });
      }
      sightings.push({
        path: entry.path, date: entry.date, line: item.line, key: item.key, owner: item.owner,
        scope: people.join('\u0001'),
        ...(item.origin ? { origin: item.origin } : {}),
        text: item.text, done: item.done, day, people,
      });
    }
  }
  const open: TrackedItem[] = [];
  const completed: TrackedItem[] = [];
  for (const group of groupByIdentity(sightings)) {
    const first = group[0];
    const last = group.at(-1);
    const root = rootOf(group);
    if (!first || !last || !root) {
      continue;
    }
    const ticked = group.find((sighting) => sighting.done);
    const tracked: TrackedItem = {
      id: `${root.path}#${root.hash}`,
      key: first.key,
      owner: last.owner,
      text: last.text,
      people: [...new Set(group.flatMap((sighting) => sighting.people))].sort(),
      root,
      firstSeen: place(first),
      lastSeen: place(last),
      ...(ticked ? { completed: place(ticked) } : {}),
      sightings: group.map(place),
      ageDays: Math.max(0, todayDay - first.day),
    };
    (ticked ? completed : open).push(tracked);
  }
  completed.sort((a, b) => compareSightings(b.completed ?? b.firstSeen, a.completed ?? a.firstSeen) || compareSightings(a.firstSeen, b.firstSeen));
  return { open, completed, problems };
}

export interface ItemsWithPerson {
  /** What they will do, oldest first. */
  readonly theirs: readonly TrackedItem[];
  /** What I will do for or with them, oldest first. */
  readonly mine: readonly TrackedItem[];
}

/** The open items about the person with directory key `key`, in both directions. */
export function openItemsWith(tracked: TrackedItems, key: string): ItemsWithPerson {
  const about = tracked.open.filter((item) => item.people.includes(key));
  return { theirs: about.filter((item) => item.owner === 'theirs'), mine: about.filter((item) => item.owner === 'mine') };
}
