// Following commitments across entries: which are still open, since when, and which were done.
// The same commitment is recognised by its key (commitments.ts), so a line copied into a later
// entry, or edited in two entries, is one commitment, first seen in the earliest entry.
import { toEpochDay, type LocalDate } from '../calendar/localDate';
import { createDayReader } from '../trends/epochDays';
import type { Commitment } from './commitments';

/** One entry's commitments, as the index keeps them. */
export interface EntryCommitments {
  readonly path: string;
  /** `YYYY-MM-DD`; entries with any other date are left out. */
  readonly date: string;
  readonly commitments: readonly Commitment[];
}

/** Where a commitment was written. */
export interface CommitmentSighting {
  readonly date: string;
  readonly path: string;
  /** Zero-based line in that entry. */
  readonly line: number;
}

export interface OpenCommitment {
  readonly key: string;
  /** The text as most recently written. */
  readonly text: string;
  readonly firstSeen: CommitmentSighting;
  /** The latest place it was written (where to tick it). */
  readonly lastSeen: CommitmentSighting;
  /** Whole days from the first sighting to today (0 for today). */
  readonly ageDays: number;
}

export interface CompletedCommitment {
  readonly key: string;
  readonly text: string;
  readonly firstSeen: CommitmentSighting;
  /** The earliest place it was ticked. */
  readonly completed: CommitmentSighting;
}

export interface TrackedCommitments {
  /** Oldest first (first-seen date, path, line). */
  readonly open: readonly OpenCommitment[];
  /** Most recently completed first; ties by first sighting. */
  readonly completed: readonly CompletedCommitment[];
}

interface Sighting extends CommitmentSighting {
  readonly text: string;
  readonly done: boolean;
  readonly day: number;
}

function compareSightings(a: CommitmentSighting, b: CommitmentSighting): number {
  if (a.date !== b.date) {
    return a.date < b.date ? -1 : 1;
  }
  if (a.path !== b.path) {
    return a.path < b.path ? -1 : 1;
  }
  return a.line - b.line;
}

function place(sighting: Sighting): CommitmentSighting {
  return { date: sighting.date, path: sighting.path, line: sighting.line };
}

/**
 * Groups every commitment of every entry by key. A commitment is completed when it is ticked in any
 * entry (the same entry later on, or a later entry repeating it with `[x]`); otherwise it is open,
 * with its age counted from the day it was first written. Entries dated after `today` are not read
 * until their day: a commitment written ahead is not open yet, and nothing ages from the future.
 * The result does not depend on the order of `entries`. Linear in the commitments, plus sorting.
 */
export function trackCommitments(entries: readonly EntryCommitments[], today: LocalDate): TrackedCommitments {
  const readDay = createDayReader();
  const todayDay = toEpochDay(today);
  const byKey = new Map<string, { first: Sighting; last: Sighting; ticked: Sighting | undefined }>();
  for (const entry of entries) {
    const day = readDay(entry.date);
    if (day === undefined || day > todayDay) {
      continue;
    }
    for (const commitment of entry.commitments) {
      if (commitment.key === '') {
        continue;
      }
      const sighting: Sighting = { date: entry.date, path: entry.path, line: commitment.line, text: commitment.text, done: commitment.done, day };
      const group = byKey.get(commitment.key);
      if (!group) {
        byKey.set(commitment.key, { first: sighting, last: sighting, ticked: sighting.done ? sighting : undefined });
        continue;
      }
      if (compareSightings(sighting, group.first) < 0) {
        group.first = sighting;
      }
      if (compareSightings(sighting, group.last) > 0) {
        group.last = sighting;
      }
      if (sighting.done && (!group.ticked || compareSightings(sighting, group.ticked) < 0)) {
        group.ticked = sighting;
      }
    }
  }
  const open: OpenCommitment[] = [];
  const completed: CompletedCommitment[] = [];
  for (const [key, group] of byKey) {
    if (group.ticked) {
      completed.push({ key, text: group.last.text, firstSeen: place(group.first), completed: place(group.ticked) });
    } else {
      open.push({
        key,
        text: group.last.text,
        firstSeen: place(group.first),
        lastSeen: place(group.last),
        ageDays: todayDay - group.first.day,
      });
    }
  }
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
