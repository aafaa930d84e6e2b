// What Open Person… does, decided from the people the journal names: with no one named, say how to
// name people; with a name given (the palette's argument, a keybinding, a Commitments row), open that
// person, or say no entry names them; otherwise ask, offering the merges people.yml could make first
// (one person written two ways: mergeSuggestions) and then everyone, most named first. And which
// ambiguous first names are new to the output channel (each is logged once a window). Pure (no
// vscode), so the decisions are unit-tested; personCommand.ts reads the journal, asks and shows.
import { collectPeople, type Person, type PersonSource } from '../../core/reflect/people';
import type { PeopleDirectory } from '../../core/reflect/peopleDirectory';
import { mergeSuggestions, type MergeSuggestion } from '../../core/reflect/mergeSuggestions';

/** What Open Person… does once it has read the journal and people.yml. */
export type PersonStart =
  /** No entry names anyone yet: say how to. */
  | { readonly kind: 'nobody' }
  /** A name was given that no entry names (after people.yml's aliases). */
  | { readonly kind: 'unknown'; readonly name: string }
  /** A name was given: show this person. */
  | { readonly kind: 'open'; readonly person: Person }
  /** Ask: the merge rows on top (none when there is nothing to merge), then the people. */
  | { readonly kind: 'ask'; readonly merges: readonly MergeSuggestion[]; readonly people: readonly Person[] };

/** The person `name` stands for among `everyone` (through people.yml's names and aliases), if any. */
export function personNamed(everyone: readonly Person[], directory: Pick<PeopleDirectory, 'resolve'>, name: string): Person | undefined {
  const key = directory.resolve(name).key;
  return everyone.find((candidate) => candidate.key === key);
}

/** `everyone` is collectPeople's list (most named first); `name` what the command was handed, if anything. */
export function personStart(everyone: readonly Person[], directory: Pick<PeopleDirectory, 'resolve'>, name: string | undefined): PersonStart {
  if (everyone.length === 0) {
    return { kind: 'nobody' };
  }
  if (name !== undefined) {
    const person = personNamed(everyone, directory, name);
    return person ? { kind: 'open', person } : { kind: 'unknown', name };
  }
  return { kind: 'ask', merges: mergeSuggestions(everyone), people: everyone };
}

/** The person a merge row stands for, once people.yml holds the merge: the full name, now with the alias's entries. */
export function mergedPerson(records: readonly PersonSource[], directory: PeopleDirectory, merge: Pick<MergeSuggestion, 'name'>): Person | undefined {
  return personNamed(collectPeople(records, directory), directory, merge.name);
}

/** The ambiguous names among `everyone` not yet in `logged` (person keys): each is written to the output channel once. */
export function newlyAmbiguous(everyone: readonly Person[], logged: ReadonlySet<string>): Person[] {
  return everyone.filter((person) => person.ambiguousWith.length > 0 && !logged.has(person.key));
}
