// The open items with one person, read from the texts of the entries that can hold them: what New
// 1:1 carries over (carryOver.ts). An entry can hold items about a person when its `people:` front
// matter or one of its @mentions names them (through the people directory, aliases included); only
// those entries' texts are needed, so the extension reads a few files, not the journal.
import type { LocalDate } from '../calendar/localDate';
import { scanItems } from './itemScan';
import { bodyLines } from './markdownLines';
import { openItemsWith, trackItems, type ItemsWithPerson } from './openItems';
import type { PeopleDirectory } from './peopleDirectory';

export interface NamedEntry {
  readonly path: string;
  readonly date: string;
  /** `people:` front matter as written. */
  readonly people: readonly string[];
  /** @mentions as written (without `@`). */
  readonly mentions: readonly string[];
}

/** True when `entry` names the person with directory key `key`, in its front matter or an @mention. */
export function namesPerson(entry: NamedEntry, directory: PeopleDirectory, key: string): boolean {
  return [...entry.people, ...entry.mentions].some((name) => directory.resolve(name).key === key);
}

/** The open items with the person `key` in `files` (entries that name them, with their texts), as of `today`. */
export function openItemsFromTexts(files: readonly (Omit<NamedEntry, 'mentions'> & { readonly text: string })[], directory: PeopleDirectory, key: string, today: LocalDate): ItemsWithPerson {
  const tracked = trackItems(files.map((file) => ({ path: file.path, date: file.date, people: file.people, items: scanItems(bodyLines(file.text)) })), directory, today);
  return openItemsWith(tracked, key);
}
