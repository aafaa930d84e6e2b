// Who a written name stands for. Built from people.yml (peopleFile.ts): a full name or one of its
// aliases resolves to that person; a one-word name that is the first name of exactly one listed
// person resolves to them; a first name shared by several listed people (`sam` with Sam Lee and
// Sam Ortiz) is ambiguous: it stays as written and is reported, never merged into either. Any
// other name is a person of its own, matched case- and accent-insensitively (personKey.ts).
import { byCodeUnits } from '../text/order';
import type { PersonAliases } from './peopleFile';
import { personKey } from './personKey';

export type PersonResolution =
  /** A person from people.yml; `name` is their full name there. */
  | { readonly kind: 'listed'; readonly key: string; readonly name: string }
  /** A first name several listed people share; `candidates` are their full names, sorted. */
  | { readonly kind: 'ambiguous'; readonly key: string; readonly candidates: readonly string[] }
  /** Anyone else: shown by the way the journal writes them most often. */
  | { readonly kind: 'unlisted'; readonly key: string };

export interface PeopleDirectory {
  /** `written` with or without its `@`. Constant time per call after the first of a name. */
  resolve(written: string): PersonResolution;
}

/** A directory over `people` (an empty list gives one where everyone is unlisted). */
export function createPeopleDirectory(people: readonly PersonAliases[]): PeopleDirectory {
  const exact = new Map<string, string>(); // Key of a full name or alias → full name.
  for (const person of people) {
    for (const written of [person.name, ...person.aliases]) {
      const key = personKey(written);
      if (key !== '' && !exact.has(key)) {
        exact.set(key, person.name);
      }
    }
  }
  const byFirstName = new Map<string, string[]>();
  for (const person of people) {
    const key = personKey(person.name);
    const first = key.split(' ')[0] ?? '';
    if (first !== '' && first !== key) {
      byFirstName.set(first, [...(byFirstName.get(first) ?? []), person.name]);
    }
  }
  const cache = new Map<string, PersonResolution>();
  const resolveKey = (key: string): PersonResolution => {
    const listed = exact.get(key);
    if (listed !== undefined) {
      return { kind: 'listed', key: personKey(listed), name: listed };
    }
    const sharing = key.includes(' ') ? undefined : byFirstName.get(key);
    if (sharing && sharing.length === 1 && sharing[0] !== undefined) {
      return { kind: 'listed', key: personKey(sharing[0]), name: sharing[0] };
    }
    if (sharing && sharing.length > 1) {
      return { kind: 'ambiguous', key, candidates: [...sharing].sort(byCodeUnits) };
    }
    return { kind: 'unlisted', key };
  };
  return {
    resolve(written) {
      let resolution = cache.get(written);
      if (!resolution) {
        resolution = resolveKey(personKey(written));
        cache.set(written, resolution);
      }
      return resolution;
    },
  };
}
