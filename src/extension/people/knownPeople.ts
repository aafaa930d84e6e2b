// The people the journal knows, for a command that asks for a person (New Entry's 1:1 and check-in):
// everyone the index names, through people.yml, most named first. The index is given a moment to be
// built; a journal not read yet gives the names it has so far (none is fine: the name is typed).
import { collectPeople } from '../../core/reflect/people';
import type { KnownPerson } from '../../core/reflect/personChoices';
import type { PeopleLoader } from './peopleLoader';
import { recordsOf, type ReflectSource } from '../index/reflectSource';

/** How long a person prompt waits for the index before showing what it has. */
const WAIT_MS = 2_000;

export async function knownPeople(source: ReflectSource, peopleFile: PeopleLoader): Promise<KnownPerson[]> {
  await Promise.race([source.ensureBuilt().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, WAIT_MS))]);
  const journal = source.journalFolder;
  if (!journal) {
    return [];
  }
  const people = await peopleFile.load(journal);
  return collectPeople(recordsOf(source.entriesWithFacts()), people.directory)
    .filter((person) => person.ambiguousWith.length === 0)
    .map((person) => ({ name: person.name, entries: person.entries.length }));
}
