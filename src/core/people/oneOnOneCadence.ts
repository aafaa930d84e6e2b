// When I last met each person one to one, and whether the next 1:1 is due by their cadence
// (people.yml). A 1:1 is an entry of kind `one-on-one` whose `people:` front matter names the person,
// resolved through the people directory, so a person renamed by a later alias keeps their history;
// an @mention of someone else inside a 1:1 does not make it their 1:1.
//
// Days are calendar days: `today` is the journal's day (localDateOf with the day-start hour, in the
// user's time zone), entry dates are the days the entries belong to, and every difference is whole
// epoch days, so no time zone or daylight-saving change can move a due date.
import { addDays, addMonths, formatIsoDate, fromEpochDay, toEpochDay, type LocalDate } from '../calendar/localDate';
import { ONE_ON_ONE_KIND } from '../reflect/people';
import type { PersonAliases } from '../reflect/peopleFile';
import type { PeopleDirectory } from '../reflect/peopleDirectory';
import { personKey } from '../reflect/personKey';
import { createDayReader } from '../trends/epochDays';
import type { IndexedEntry } from '../records/entryRecord';
import type { Cadence } from './cadence';

/** What the cadence code reads from an index record. */
export type OneOnOneSource = Pick<IndexedEntry, 'date' | 'path' | 'kind' | 'people'>;

export interface OneOnOneSighting {
  readonly date: string;
  readonly path: string;
}

export interface PersonOneOnOnes {
  /** The latest 1:1 on or before today (ties: the last path). */
  readonly last?: OneOnOneSighting;
  /** The earliest 1:1 dated after today: one already prepared, so none is due. */
  readonly next?: OneOnOneSighting;
}

interface Known {
  readonly last?: OneOnOneSighting;
  readonly daysSince?: number;
  readonly next?: OneOnOneSighting;
}

/**
 * Where a person stands against their cadence on `today`:
 * - `no-cadence`: people.yml gives none; nothing is ever due;
 * - `planned`: a 1:1 is already written for a later day;
 * - `never`: a cadence but no 1:1 yet, so one is due now;
 * - `upcoming`, `due` (the due day is today) and `overdue` (by `daysOverdue` days), counted from the
 *   last 1:1 plus the cadence.
 */
export type CadenceStatus =
  | (Known & { readonly state: 'no-cadence' })
  | (Known & { readonly state: 'planned'; readonly cadence: Cadence; readonly next: OneOnOneSighting })
  | (Known & { readonly state: 'never'; readonly cadence: Cadence })
  | (Known & { readonly state: 'upcoming'; readonly cadence: Cadence; readonly last: OneOnOneSighting; readonly daysSince: number; readonly dueDate: string; readonly daysUntilDue: number })
  | (Known & { readonly state: 'due'; readonly cadence: Cadence; readonly last: OneOnOneSighting; readonly daysSince: number; readonly dueDate: string })
  | (Known & { readonly state: 'overdue'; readonly cadence: Cadence; readonly last: OneOnOneSighting; readonly daysSince: number; readonly dueDate: string; readonly daysOverdue: number });

function later(a: OneOnOneSighting, b: OneOnOneSighting): boolean {
  return a.date > b.date || (a.date === b.date && a.path > b.path);
}

/**
 * Each person's last and next 1:1, keyed by their directory key. Records with an invalid date are
 * left out. Does not depend on the order of `records`.
 */
export function oneOnOnesByPerson(records: readonly OneOnOneSource[], directory: PeopleDirectory, today: LocalDate): Map<string, PersonOneOnOnes> {
  const readDay = createDayReader();
  const todayDay = toEpochDay(today);
  const found = new Map<string, { last?: OneOnOneSighting; next?: OneOnOneSighting }>();
  for (const record of records) {
    const day = readDay(record.date);
    if (record.kind !== ONE_ON_ONE_KIND || day === undefined) {
      continue;
    }
    const sighting = { date: record.date, path: record.path };
    for (const written of new Set(record.people.map((name) => directory.resolve(name).key))) {
      if (written === '') {
        continue;
      }
      const person = found.get(written) ?? {};
      if (day <= todayDay) {
        if (!person.last || later(sighting, person.last)) {
          person.last = sighting;
        }
      } else if (!person.next || later(person.next, sighting)) {
        person.next = sighting;
      }
      found.set(written, person);
    }
  }
  return found;
}

/** The day a 1:1 is due after one on `last`. */
export function dueAfter(last: LocalDate, cadence: Cadence): LocalDate {
  return cadence.unit === 'months' ? addMonths(last, cadence.count) : addDays(last, cadence.count);
}

/** One person's status on `today`. `oneOnOnes` as {@link oneOnOnesByPerson} gives them. */
export function cadenceStatus(cadence: Cadence | undefined, oneOnOnes: PersonOneOnOnes, today: LocalDate): CadenceStatus {
  const readDay = createDayReader();
  const todayDay = toEpochDay(today);
  const lastDay = oneOnOnes.last ? readDay(oneOnOnes.last.date) : undefined;
  const known: Known = {
    ...(oneOnOnes.last && lastDay !== undefined ? { last: oneOnOnes.last, daysSince: todayDay - lastDay } : {}),
    ...(oneOnOnes.next ? { next: oneOnOnes.next } : {}),
  };
  if (!cadence) {
    return { ...known, state: 'no-cadence' };
  }
  if (oneOnOnes.next) {
    return { ...known, state: 'planned', cadence, next: oneOnOnes.next };
  }
  if (!known.last || known.daysSince === undefined || lastDay === undefined) {
    return { ...known, state: 'never', cadence };
  }
  const due = dueAfter(fromEpochDay(lastDay), cadence);
  const dueDay = toEpochDay(due);
  const base = { ...known, cadence, last: known.last, daysSince: known.daysSince, dueDate: formatIsoDate(due) };
  if (todayDay < dueDay) {
    return { ...base, state: 'upcoming', daysUntilDue: dueDay - todayDay };
  }
  return todayDay === dueDay ? { ...base, state: 'due' } : { ...base, state: 'overdue', daysOverdue: todayDay - dueDay };
}

export interface PersonCadence {
  /** The directory key (personKey of the full name). */
  readonly key: string;
  /** The full name from people.yml. */
  readonly name: string;
  readonly status: CadenceStatus;
}

/**
 * The status of everyone people.yml gives a cadence, in people.yml order. People without a cadence
 * are left out: they are never nudged.
 */
export function cadenceStatuses(people: readonly PersonAliases[], records: readonly OneOnOneSource[], directory: PeopleDirectory, today: LocalDate): PersonCadence[] {
  const byPerson = oneOnOnesByPerson(records, directory, today);
  const out: PersonCadence[] = [];
  for (const person of people) {
    if (!person.cadence) {
      continue;
    }
    const key = personKey(person.name);
    out.push({ key, name: person.name, status: cadenceStatus(person.cadence, byPerson.get(key) ?? {}, today) });
  }
  return out;
}
