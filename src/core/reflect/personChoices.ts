// The choices when a command asks for a person: the people the journal already knows (most named
// first), and what the user typed as a new name when it is not one of them. Typing "priya" when the
// journal knows "Priya Raman" offers both, the known person first only when the typed text is
// exactly their name or alias key, so a new person is never forced into an old one.
import { personKey } from './personKey';

export interface KnownPerson {
  /** As the journal shows them (people.yml's full name, or the way they are written most often). */
  readonly name: string;
  readonly entries: number;
}

export interface PersonChoice {
  readonly name: string;
  /** Undefined for the typed, new name. */
  readonly entries?: number;
}

/** Known people, and the typed name first when it is new; the typed text trimmed. */
export function personChoices(known: readonly KnownPerson[], typed: string): PersonChoice[] {
  const name = typed.trim();
  const choices: PersonChoice[] = known.map((person) => ({ name: person.name, entries: person.entries }));
  if (name === '' || /[\r\n]/.test(name) || known.some((person) => personKey(person.name) === personKey(name))) {
    return choices;
  }
  return [{ name }, ...choices];
}
