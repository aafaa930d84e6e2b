// Who a calendar's 1:1 was with, by people.yml: an attendee is a listed person when their address, the
// name the calendar gives them (CN), or their address's local part (`ana.lopez` → "ana lopez") is a
// full name or alias there — in that order, through the people directory (so a first name only one
// listed person has counts, as it does for @mentions). Anyone else is not named: the journal writes
// people.yml's names only, never an address or a calendar's own spelling of a name.
import { addDays, toEpochDay, type LocalDate } from '../calendar/localDate';
import type { PeopleDirectory } from '../reflect/peopleDirectory';
import type { CalendarAttendee, HeldOneOnOne } from '../timeAudit/oneOnOnesHeld';
import type { Cadence } from './cadence';
import { dueAfter } from './oneOnOneCadence';

export interface ListedPerson {
  /** The directory key. */
  readonly key: string;
  /** The full name from people.yml. */
  readonly name: string;
}

/** The listed person an attendee is, or undefined. */
export function personOfAttendee(attendee: CalendarAttendee, directory: PeopleDirectory): ListedPerson | undefined {
  const at = attendee.address.indexOf('@');
  const localPart = at > 0 ? attendee.address.slice(0, at) : '';
  for (const written of [attendee.address, attendee.name, localPart]) {
    if (written.trim() === '') {
      continue;
    }
    const resolved = directory.resolve(written);
    if (resolved.kind === 'listed') {
      return { key: resolved.key, name: resolved.name };
    }
  }
  return undefined;
}

export interface OneOnOneWith {
  readonly date: string;
  /** The listed people it was with, each once (usually one). */
  readonly people: readonly ListedPerson[];
}

/** Each 1:1 with the listed people it was with (none when no one in it is in people.yml). */
export function oneOnOnesWithPeople(held: readonly HeldOneOnOne[], directory: PeopleDirectory): OneOnOneWith[] {
  return held.map(({ date, others }) => {
    const people: ListedPerson[] = [];
    for (const attendee of others) {
      const person = personOfAttendee(attendee, directory);
      if (person && !people.some((seen) => seen.key === person.key)) {
        people.push(person);
      }
    }
    return { date, people };
  });
}

export interface CalendarOneOnOnesWithPerson {
  /** 1:1s with them in the calendar over the range read. */
  readonly count: number;
  /** The latest day of one; undefined when there was none. */
  readonly last?: string;
}

/** The person `key`'s 1:1s among `held`: how many, and the last day of one. */
export function calendarOneOnOnesWith(held: readonly HeldOneOnOne[], directory: PeopleDirectory, key: string): CalendarOneOnOnesWithPerson {
  let count = 0;
  let last: string | undefined;
  for (const { date, people } of oneOnOnesWithPeople(held, directory)) {
    if (people.some((person) => person.key === key)) {
      count += 1;
      if (last === undefined || date > last) {
        last = date;
      }
    }
  }
  return last === undefined ? { count } : { count, last };
}

/** The weeks of calendar the person page looks back over. */
export const CALENDAR_WEEKS = 8;

export interface CalendarCadence extends CalendarOneOnOnesWithPerson {
  /** The weeks looked back over (ending today). */
  readonly weeks: number;
  /** How many 1:1s the cadence calls for over those weeks; absent without a cadence. */
  readonly expected?: number;
}

/** The first day of the `weeks` weeks that end on `today`. */
export function windowStart(today: LocalDate, weeks: number): LocalDate {
  return addDays(today, -7 * weeks + 1);
}

/**
 * The person `key`'s 1:1s in the calendar over the `weeks` weeks ending `today` (`held` read over
 * them), beside what their cadence calls for: one on the window's first day and one each cadence
 * after, up to today (every 2 weeks over 8 weeks: 4; monthly: 2).
 */
export function calendarCadence(held: readonly HeldOneOnOne[], directory: PeopleDirectory, key: string, cadence: Cadence | undefined, today: LocalDate, weeks = CALENDAR_WEEKS): CalendarCadence {
  const found = calendarOneOnOnesWith(held, directory, key);
  if (!cadence) {
    return { ...found, weeks };
  }
  const last = toEpochDay(today);
  let expected = 0;
  for (let due = windowStart(today, weeks); toEpochDay(due) <= last; due = dueAfter(due, cadence)) {
    expected += 1;
  }
  return { ...found, weeks, expected };
}
