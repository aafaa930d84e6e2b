// The people of the journal: everyone an entry names, in its `people:` front matter or with an
// `@mention` in its text, resolved through the people directory, with the entries, 1:1s and
// situational styles that go with each person. Works on index records only, never on Markdown.
import { isoMonth } from '../calendar/localDate';
import { STYLE_IDS, type StyleId } from '../tagger/types';
import type { IndexedEntry } from '../records/entryRecord';
import { byCodeUnits, byDateThenPath } from '../text/order';
import type { PeopleDirectory } from './peopleDirectory';

/** What the people code reads from an index record; `mentions` once the index carries them. */
export type PersonSource = Pick<IndexedEntry, 'date' | 'path' | 'kind' | 'style' | 'people' | 'title'> & {
  readonly mentions?: readonly string[];
};

export interface PersonEntry {
  readonly date: string;
  readonly path: string;
  readonly kind: string;
  readonly style: StyleId | null;
  readonly title: string;
}

export interface Person {
  readonly key: string;
  /** The full name from people.yml, else the way the journal writes the person most often. */
  readonly name: string;
  /** Entries naming the person, oldest first (by date, then path). */
  readonly entries: readonly PersonEntry[];
  /** Full names this name could stand for; empty unless it is an ambiguous first name. */
  readonly ambiguousWith: readonly string[];
}

export interface StylesInMonth {
  /** `YYYY-MM`. */
  readonly month: string;
  /** Entries naming the person that show each style; every style present, zero when unused. */
  readonly styles: Readonly<Record<StyleId, number>>;
}

export interface PersonTimeline extends Person {
  /** The entries of kind `one-on-one`, oldest first. */
  readonly oneOnOnes: readonly PersonEntry[];
  /** Months in which an entry naming the person shows a style, oldest first. */
  readonly stylesByMonth: readonly StylesInMonth[];
}

export const ONE_ON_ONE_KIND = 'one-on-one';

interface Tally {
  readonly entries: PersonEntry[];
  readonly forms: Map<string, number>;
  listedName: string | undefined;
  ambiguousWith: readonly string[];
}

/** The written form used most often; ties in code-unit order (so `Ana` comes before `ana`). */
function mostFrequent(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of forms) {
    if (count > bestCount || (count === bestCount && form < best)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Everyone named by `records`, most entries first, ties by name. An entry naming a person twice (in
 * its front matter and with a mention) counts once. Linear in the names written.
 */
export function collectPeople(records: readonly PersonSource[], directory: PeopleDirectory): Person[] {
  const tallies = new Map<string, Tally>();
  for (const record of records) {
    const seen = new Set<string>();
    for (const written of [...record.people, ...(record.mentions ?? [])]) {
      const resolution = directory.resolve(written);
      if (resolution.key === '') {
        continue;
      }
      let tally = tallies.get(resolution.key);
      if (!tally) {
        tally = { entries: [], forms: new Map(), listedName: undefined, ambiguousWith: [] };
        tallies.set(resolution.key, tally);
      }
      const form = written.replace(/^@/, '').trim();
      tally.forms.set(form, (tally.forms.get(form) ?? 0) + 1);
      if (resolution.kind === 'listed') {
        tally.listedName = resolution.name;
      } else if (resolution.kind === 'ambiguous') {
        tally.ambiguousWith = resolution.candidates;
      }
      if (!seen.has(resolution.key)) {
        seen.add(resolution.key);
        tally.entries.push({ date: record.date, path: record.path, kind: record.kind, style: record.style, title: record.title });
      }
    }
  }
  return [...tallies]
    .map(([key, tally]) => ({
      key,
      name: tally.listedName ?? mostFrequent(tally.forms),
      entries: tally.entries.sort(byDateThenPath),
      ambiguousWith: tally.ambiguousWith,
    }))
    .sort((a, b) => b.entries.length - a.entries.length || byCodeUnits(a.name, b.name) || byCodeUnits(a.key, b.key));
}

/** Ambiguous names the extension should warn about, as `collectPeople` found them. */
export function ambiguousPeople(people: readonly Person[]): Person[] {
  return people.filter((person) => person.ambiguousWith.length > 0);
}

/** One person's timeline (`key` as in {@link Person.key}), or undefined if no record names them. */
export function personTimeline(records: readonly PersonSource[], directory: PeopleDirectory, key: string): PersonTimeline | undefined {
  const person = collectPeople(records, directory).find((candidate) => candidate.key === key);
  if (!person) {
    return undefined;
  }
  const months = new Map<string, Record<StyleId, number>>();
  for (const entry of person.entries) {
    if (entry.style === null) {
      continue;
    }
    const month = isoMonth(entry.date);
    let styles = months.get(month);
    if (!styles) {
      styles = Object.fromEntries(STYLE_IDS.map((id) => [id, 0])) as Record<StyleId, number>;
      months.set(month, styles);
    }
    styles[entry.style]++;
  }
  return {
    ...person,
    oneOnOnes: person.entries.filter((entry) => entry.kind === ONE_ON_ONE_KIND),
    stylesByMonth: [...months].sort(([a], [b]) => byCodeUnits(a, b)).map(([month, styles]) => ({ month, styles })),
  };
}

/**
 * `entries` with their front-matter `people` named as people.yml names them (`priya` → Priya Raman),
 * each person once per entry, for the trends' people counts; names people.yml does not place stay as
 * written. Entries naming no one are returned as they are.
 */
export function withListedNames<T extends { readonly people: readonly string[] }>(entries: readonly T[], directory: PeopleDirectory): T[] {
  return entries.map((entry) => {
    if (entry.people.length === 0) {
      return entry;
    }
    const names = [...new Set(entry.people.map((written) => {
      const resolved = directory.resolve(written);
      return resolved.kind === 'listed' ? resolved.name : written;
    }))];
    return names.length === entry.people.length && names.every((name, at) => name === entry.people[at]) ? entry : { ...entry, people: names };
  });
}
