// One person written two ways: `@priya` in one entry and "Priya Raman" in another are two people to
// the journal until people.yml says otherwise. A one-word name that is the first name of exactly one
// multi-word name the journal uses is suggested as that person's alias — a suggestion only: the
// names stay apart until the user accepts it (peopleFileEdit.ts writes it to people.yml). A first
// name several full names share (`sam` with Sam Lee and Sam Ortiz) is not suggested, and neither is
// a name people.yml already places (a listed person, or an ambiguous first name).
import type { Person } from './people';

export interface MergeSuggestion {
  /** The short name as the journal writes it most often (`priya`), and its key. */
  readonly alias: string;
  readonly aliasKey: string;
  /** The full name it is the first name of (`Priya Raman`), and its key. */
  readonly name: string;
  readonly nameKey: string;
  /** Entries naming each, for the message. */
  readonly aliasEntries: number;
  readonly nameEntries: number;
}

/** The suggestions among `people` (collectPeople's result), most entries first. Linear in the people. */
export function mergeSuggestions(people: readonly Person[]): MergeSuggestion[] {
  const fullByFirst = new Map<string, Person[]>();
  for (const person of people) {
    const space = person.key.indexOf(' ');
    if (space > 0) {
      const first = person.key.slice(0, space);
      fullByFirst.set(first, [...(fullByFirst.get(first) ?? []), person]);
    }
  }
  const suggestions: MergeSuggestion[] = [];
  for (const person of people) {
    if (person.key.includes(' ') || person.ambiguousWith.length > 0) {
      continue;
    }
    const full = fullByFirst.get(person.key);
    const target = full?.length === 1 ? full[0] : undefined;
    if (target) {
      suggestions.push({
        alias: person.name,
        aliasKey: person.key,
        name: target.name,
        nameKey: target.key,
        aliasEntries: person.entries.length,
        nameEntries: target.entries.length,
      });
    }
  }
  return suggestions.sort((a, b) => (b.aliasEntries + b.nameEntries) - (a.aliasEntries + a.nameEntries) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
