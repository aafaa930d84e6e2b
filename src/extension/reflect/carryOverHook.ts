// What a NEW 1:1 with a person brings over from the journal (core/reflect/carryOver.ts): the open
// items with them in both directions, each linked to where it was first written. entryOpener.ts asks
// here before it writes a 1:1 entry, whether it was started from New Entry or from New 1:1 with This
// Person. Only the entries that name the person are read. The index is waited for briefly, as for the
// daily entry; never throws: any failure leaves the entry as planned.
import type * as vscode from 'vscode';
import { formatIsoDate, type LocalDate } from '../../core/calendar/localDate';
import type { AnswerLocation } from '../../core/entries/scaffoldLines';
import { carryOver } from '../../core/reflect/carryOver';
import { namesPerson, openItemsFromTexts } from '../../core/reflect/personItems';
import { errorMessage } from '../../core/text/errorMessage';
import { entryUri } from '../journal/journalLocation';
import { exists, readTextIfExists } from '../journal/journalStore';
import { indexReady } from './indexWait';
import type { ReflectServices } from './reflectServices';
import type { PlannedText } from '../entries/newEntryTexts';
import type { ReflectSource } from '../index/reflectSource';


/**
 * The text of a new 1:1 with `person` at `uri` (journal path `path`) for `date`: `planned` with the
 * open items carried over under its title, or as planned when the entry exists or nothing is open.
 */
export async function oneOnOneEntryText(index: ReflectSource, { log, people: peopleFile }: Pick<ReflectServices, 'log' | 'people'>, uri: vscode.Uri, path: string, planned: { readonly text: string; readonly cursor: AnswerLocation }, person: string, date: LocalDate, locale: string): Promise<PlannedText> {
  const unchanged = { ...planned, carried: 0 };
  const folder = index.journalFolder;
  try {
    if (!folder || await exists(uri) || !(await indexReady(index))) {
      return unchanged;
    }
    const day = formatIsoDate(date);
    const people = await peopleFile.load(folder);
    const key = people.directory.resolve(person).key;
    const files = [];
    for (const { entry, facts } of index.entriesWithFacts()) {
      if (entry.path === path || entry.date > day || !namesPerson({ ...entry, mentions: facts.mentions }, people.directory, key)) {
        continue;
      }
      const text = await readTextIfExists(entryUri(folder, entry.path));
      if (text !== undefined) {
        files.push({ path: entry.path, date: entry.date, people: entry.people, text });
      }
    }
    const items = openItemsFromTexts(files, people.directory, key, date);
    return carryOver({ path, text: planned.text, cursor: planned.cursor, items, locale });
  } catch (error) {
    log.warn(`The 1:1 starts without carried-over items: ${errorMessage(error)}`);
    return unchanged;
  }
}
