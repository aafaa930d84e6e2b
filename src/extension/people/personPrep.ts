// What the person page shows to prepare the next 1:1 (issue 15): where they stand against their
// cadence in people.yml, the open items in both directions, the feedback given by kind, and what the
// last situational check-in said (competence, motivation, styles), and with a calendar imported, the
// 1:1s it shows with them beside their cadence (people/calendarOneOnOnes.ts). Only the
// entries that name the person are read (the index says which); everything else is the core's
// (oneOnOneCadence.ts, personItems.ts, feedbackLog.ts). Never throws: a file that cannot be read is
// left out.
import type * as vscode from 'vscode';
import { formatIsoDate, type LocalDate } from '../../core/calendar/localDate';
import { feedbackBalances, readFeedback, type FeedbackBalance, type FeedbackNote } from '../../core/feedback/feedbackLog';
import { CHECK_IN_KIND, readCheckIn, type CheckInFacts } from '../../core/people/checkIn';
import { calendarCadence, type CalendarCadence } from '../../core/people/calendarOneOnOnes';
import { cadenceStatus, oneOnOnesByPerson, type CadenceStatus } from '../../core/people/oneOnOneCadence';
import type { HeldOneOnOne } from '../../core/timeAudit/oneOnOnesHeld';
import type { ItemsWithPerson } from '../../core/reflect/openItems';
import type { PersonAliases } from '../../core/reflect/peopleFile';
import type { PeopleDirectory } from '../../core/reflect/peopleDirectory';
import { namesPerson, openItemsFromTexts } from '../../core/reflect/personItems';
import type { EntryWithFacts } from '../../core/catalogue/catalogue';
import { entryUri } from '../journal/journalLocation';
import { readTextIfExists } from '../journal/journalStore';

export interface PersonPrep {
  readonly cadence: CadenceStatus;
  readonly items: ItemsWithPerson;
  readonly feedback?: FeedbackBalance;
  /** The latest situational check-in about them, up to today, with what it says. */
  readonly checkIn?: { readonly date: string; readonly path: string; readonly facts: CheckInFacts };
  /** Their 1:1s in the imported calendar over the last weeks; absent with no calendar. */
  readonly calendar?: CalendarCadence;
}

export interface PeopleContext {
  readonly directory: PeopleDirectory;
  readonly people: readonly PersonAliases[];
}

/**
 * The person `key`'s preparation for their next 1:1, as of `today`; `held`: the calendar's 1:1s over
 * the last CALENDAR_WEEKS weeks, when a calendar is imported.
 */
export async function personPrep(folder: vscode.Uri, entries: readonly EntryWithFacts[], people: PeopleContext, key: string, today: LocalDate, held?: readonly HeldOneOnOne[]): Promise<PersonPrep> {
  const listed = people.people.find((person) => people.directory.resolve(person.name).key === key);
  const cadence = cadenceStatus(listed?.cadence, oneOnOnesByPerson(entries.map(({ entry }) => entry), people.directory, today).get(key) ?? {}, today);
  const files: { path: string; date: string; people: readonly string[]; text: string }[] = [];
  const notes: FeedbackNote[] = [];
  let checkIn: PersonPrep['checkIn'];
  const todayText = formatIsoDate(today);
  for (const { entry, facts } of entries) {
    if (!namesPerson({ ...entry, mentions: facts.mentions }, people.directory, key)) {
      continue;
    }
    let text: string | undefined;
    try {
      text = await readTextIfExists(entryUri(folder, entry.path));
    } catch {
      text = undefined;
    }
    if (text === undefined) {
      continue;
    }
    files.push({ path: entry.path, date: entry.date, people: entry.people, text });
    if (entry.kind === CHECK_IN_KIND && entry.date <= todayText && (!checkIn || entry.date > checkIn.date || (entry.date === checkIn.date && entry.path > checkIn.path))) {
      checkIn = { date: entry.date, path: entry.path, facts: readCheckIn(text) };
    }
    const feedback = readFeedback(text);
    if (feedback) {
      notes.push({ ...feedback, date: entry.date, path: entry.path });
    }
  }
  const feedback = feedbackBalances(notes, people.directory, today).get(key);
  return {
    cadence, items: openItemsFromTexts(files, people.directory, key, today), ...(feedback ? { feedback } : {}), ...(checkIn ? { checkIn } : {}),
    ...(held ? { calendar: calendarCadence(held, people.directory, key, listed?.cadence, today) } : {}),
  };
}
