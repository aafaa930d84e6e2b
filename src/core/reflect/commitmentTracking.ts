// Following commitments across entries: which are still open, since when, and which were done.
// Commitments are the items that are mine, tracked by openItems.ts: sightings are one commitment by
// the identity rule (itemIdentity.ts), so a line copied into a later entry, a carried item reworded
// there, or the same promise written in two entries is one commitment, first seen in the earliest
// entry. Given the entries' people and the people directory, a promise is matched only with the
// same promise about the same people, as on the person page; without them, by its words alone.
import type { LocalDate } from '../calendar/localDate';
import type { Commitment } from './commitments';
import { compareSightings } from './itemIdentity';
import { trackItems, type ItemPlace, type TrackedItem } from './openItems';
import { createPeopleDirectory, type PeopleDirectory } from './peopleDirectory';

/** One entry's commitments, as the index keeps them. */
export interface EntryCommitments {
  readonly path: string;
  /** `YYYY-MM-DD`; entries with any other date are left out. */
  readonly date: string;
  readonly commitments: readonly Commitment[];
  /** The entry's `people:` front matter, as written; whom its commitments are about when they name no one. */
  readonly people?: readonly string[];
}

/** Where a commitment was written: an item's place. */
export type CommitmentSighting = ItemPlace;

/**
 * An open commitment: the parts of its tracked item (openItems.ts) the Commitments view, the daily
 * entry and reviews show. Its `key` is unique too while no people are passed to {@link trackCommitments}.
 */
export interface OpenCommitment extends Pick<TrackedItem, 'key' | 'text' | 'firstSeen' | 'lastSeen' | 'ageDays'> {
  /**
   * Unique among the commitments: where it was first written and its hash (TrackedItem.id). Always
   * set by {@link trackCommitments}; optional only so that hand-made values (tests, fixtures) need not.
   */
  readonly id?: string;
}

export interface CompletedCommitment extends Pick<OpenCommitment, 'id' | 'key' | 'text' | 'firstSeen'> {
  /** The earliest place it was ticked. */
  readonly completed: CommitmentSighting;
}

export interface TrackedCommitments {
  /** Oldest first (first-seen date, path, line). */
  readonly open: readonly OpenCommitment[];
  /** Most recently completed first; ties by first sighting. */
  readonly completed: readonly CompletedCommitment[];
}

const NO_DIRECTORY = createPeopleDirectory([]);

/**
 * Groups every commitment of every entry into commitments by the identity rule. A commitment is
 * completed when it is ticked in any entry (the same entry later on, or a later entry repeating it
 * with `[x]`); otherwise it is open, with its age counted from the day it was first written. Entries
 * dated after `today` are not read until their day (trackItems): a commitment written ahead is not
 * open yet, and nothing ages from the future. The result does not depend on the order of `entries`.
 * Near-linear in the commitments, plus sorting.
 */
export function trackCommitments(entries: readonly EntryCommitments[], today: LocalDate, directory: PeopleDirectory = NO_DIRECTORY): TrackedCommitments {
  const tracked = trackItems(entries.map((entry) => ({
    path: entry.path,
    date: entry.date,
    people: entry.people ?? [],
    items: entry.commitments.filter((commitment) => commitment.key !== '').map((commitment) => ({
      text: commitment.text, done: commitment.done, line: commitment.line, key: commitment.key, owner: 'mine' as const,
      mentions: commitment.mentions ?? [],
      ...(commitment.origin ? { origin: commitment.origin } : {}),
    })),
  })), directory, today);
  const open = tracked.open.map((item): OpenCommitment => ({
    id: item.id, key: item.key, text: item.text, firstSeen: item.firstSeen, lastSeen: item.lastSeen, ageDays: item.ageDays,
  }));
  const completed = tracked.completed.map((item: TrackedItem): CompletedCommitment => ({
    id: item.id, key: item.key, text: item.text, firstSeen: item.firstSeen, completed: item.completed ?? item.lastSeen,
  }));
  open.sort((a, b) => compareSightings(a.firstSeen, b.firstSeen) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  completed.sort((a, b) => compareSightings(b.completed, a.completed) || compareSightings(a.firstSeen, b.firstSeen));
  return { open, completed };
}

/** The `count` oldest open commitments (two for the daily entry), oldest first. */
export function oldestOpen(open: readonly OpenCommitment[], count = 2): OpenCommitment[] {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`A number of commitments is a whole number, at least 0, not ${count}.`);
  }
  return [...open].sort((a, b) => compareSightings(a.firstSeen, b.firstSeen)).slice(0, count);
}
