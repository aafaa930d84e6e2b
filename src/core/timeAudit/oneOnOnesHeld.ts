// The 1:1s a calendar shows: the occurrences its rules place in the 1:1 category, each with its local
// day and the others invited (their addresses, and the names the file gives them). For the daily
// entry's "yesterday" block and the person page (people/calendarOneOnOnes.ts matches them to
// people.yml). Addresses and names stay on the machine: the callers write only people.yml's names.
import { formatIsoDate, fromEpochDay } from '../calendar/localDate';
import type { CalendarOccurrence } from './calendarEvent';
import type { Categorizer } from './categorize';
import { localZoneNamed, wallSpan } from './localTimeline';
import { MS_PER_DAY } from './zoneRule';

/** The id of the built-in 1:1 category (categoryRules.ts): a user's own rules may place events in it too. */
export const ONE_ON_ONE_CATEGORY = 'one-on-one';

export interface CalendarAttendee {
  /** Lower-case, without `mailto:`. */
  readonly address: string;
  /** The name (CN) the file gives them; empty when none. */
  readonly name: string;
}

export interface HeldOneOnOne {
  /** The local day it starts on, `YYYY-MM-DD`. */
  readonly date: string;
  /** Instants (ms since the epoch). */
  readonly start: number;
  readonly end: number;
  /** Everyone invited but the user (rooms left out), as the file lists them. */
  readonly others: readonly CalendarAttendee[];
}

export interface HeldOptions {
  /** The user's own addresses: left out of `others`. */
  readonly me: readonly string[];
  /** The zone days are read in (the reading's); the host's by default. */
  readonly timeZone?: string;
  /** Only occurrences starting before this instant: a 1:1 later today is not held yet. */
  readonly until?: number;
}

/** The 1:1 occurrences (all-day ones left out), by start. */
export function oneOnOnesHeld(occurrences: readonly CalendarOccurrence[], categorizer: Categorizer, options: HeldOptions): HeldOneOnOne[] {
  const zone = localZoneNamed(options.timeZone);
  const me = new Set(options.me.map((address) => address.trim().replace(/^mailto:/i, '').toLowerCase()));
  const decided = new Map<object, boolean>();
  const held: HeldOneOnOne[] = [];
  for (const occurrence of occurrences) {
    const { event } = occurrence;
    if (event.allDay || (options.until !== undefined && occurrence.start >= options.until)) {
      continue;
    }
    let isOneOnOne = decided.get(event);
    if (isOneOnOne === undefined) {
      isOneOnOne = categorizer.categorize(event).category.id === ONE_ON_ONE_CATEGORY;
      decided.set(event, isOneOnOne);
    }
    if (!isOneOnOne) {
      continue;
    }
    const [wallStart] = wallSpan(occurrence, zone);
    held.push({
      date: formatIsoDate(fromEpochDay(Math.floor(wallStart / MS_PER_DAY))),
      start: occurrence.start,
      end: occurrence.end,
      others: event.people.filter((address) => !me.has(address)).map((address) => ({ address, name: event.names?.[address] ?? '' })),
    });
  }
  return held;
}
