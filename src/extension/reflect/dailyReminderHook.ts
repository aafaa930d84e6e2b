// What a NEW daily entry brings back from the journal (core/reflect/dailyReminders.ts): the people whose
// 1:1 is due by their cadence in people.yml, the decisions due to revisit, the two oldest open
// commitments and the entries of this day in earlier months and years — and, with a calendar
// imported, yesterday's calendar (its 1:1s named by people.yml). entryOpener.ts asks here
// (through newEntryTexts.ts, which hands the index and the calendars in) before it writes a daily
// entry. The index is waited for only briefly, so a cold, large journal never holds up a new entry: it then simply
// starts without reminders. Never throws; any failure leaves the entry as planned.
import type * as vscode from 'vscode';
import { addDays, formatIsoDate, type LocalDate } from '../../core/calendar/localDate';
import { oneOnOnesWithPeople } from '../../core/people/calendarOneOnOnes';
import type { YesterdayCalendar } from '../../core/reflect/yesterdayCalendar';
import { dueRevisits } from '../../core/decisions/revisits';
import { cadenceStatuses } from '../../core/people/oneOnOneCadence';
import { oneOnOneNudges } from '../../core/people/oneOnOneNudge';
import { oldestOpen } from '../../core/reflect/commitmentTracking';
import { withDailyReminders, STILL_OPEN_SHOWN } from '../../core/reflect/dailyReminders';
import { onThisDay } from '../../core/reflect/onThisDay';
import { errorMessage } from '../../core/text/errorMessage';
import type { CalendarAudits } from '../calendar/calendarAudits';
import { loadDecisions } from './decisionSource';
import { indexReady } from './indexWait';
import type { ReflectServices } from './reflectServices';
import { commitmentsOf, type ReflectSource } from '../index/reflectSource';

/** The day before `date` in the imported calendars; undefined with none imported, or on any failure. */
async function yesterdayCalendar(calendars: CalendarAudits | undefined, { log, people: peopleFile, settings }: Pick<ReflectServices, 'log' | 'people' | 'settings'>, folder: vscode.Uri | undefined, date: LocalDate): Promise<YesterdayCalendar | undefined> {
  try {
    const day = await calendars?.day(addDays(date, -1), settings.current.weekStart);
    if (!day) {
      return undefined;
    }
    const directory = folder && day.oneOnOnes.length > 0 ? (await peopleFile.load(folder)).directory : undefined;
    return { categories: day.categories, time: day.time, oneOnOnes: directory ? oneOnOnesWithPeople(day.oneOnOnes, directory) : day.oneOnOnes.map(({ date: held }) => ({ date: held, people: [] })) };
  } catch (error) {
    log.warn(`The daily entry starts without yesterday's calendar: ${errorMessage(error)}`);
    return undefined;
  }
}

/**
 * The text to write for a new daily entry at `uri` (journal path `path`) for `date`: `text` with the
 * reminders added, or `text` as it is when the entry exists already or there is nothing to add.
 */
export async function dailyEntryText(index: ReflectSource, calendars: CalendarAudits | undefined, tools: Pick<ReflectServices, 'log' | 'people' | 'settings' | 'store'>, uri: vscode.Uri, path: string, text: string, date: LocalDate, locale: string): Promise<string> {
  try {
    if (await tools.store.exists(uri)) {
      return text;
    }
    const calendar = await yesterdayCalendar(calendars, tools, index.journalFolder, date);
    if (!(await indexReady(index))) {
      // The journal is not read yet: the calendar alone, which does not need it.
      return calendar ? withDailyReminders(text, { path, stillOpen: [], onThisDay: [], calendar, locale }) : text;
    }
    const day = formatIsoDate(date);
    const entries = index.entriesWithFacts();
    // Only what was written before this day: a past day's new entry does not recall its future.
    const earlier = commitmentsOf(entries.filter(({ entry }) => entry.date < day), date).open;
    const recalled = onThisDay(entries.map(({ entry }) => entry), date);
    const folder = index.journalFolder;
    const people = folder ? await tools.people.load(folder) : undefined;
    const oneOnOnes = people ? oneOnOneNudges(cadenceStatuses(people.people, entries.map(({ entry }) => entry), people.directory, date)) : [];
    const decisions = folder ? await loadDecisions(folder, entries.filter(({ entry }) => entry.date <= day), locale, tools.log) : undefined;
    const revisits = decisions ? dueRevisits(decisions.decisions, decisions.revisits, date) : [];
    return withDailyReminders(text, {
      path,
      oneOnOnes,
      revisits,
      stillOpen: oldestOpen(earlier, STILL_OPEN_SHOWN),
      onThisDay: [...recalled.years, ...recalled.months].map(({ entry, monthsAgo }) => ({ date: entry.date, path: entry.path, monthsAgo })),
      locale,
      ...(calendar ? { calendar } : {}),
    });
  } catch (error) {
    tools.log.warn(`The daily entry starts without reminders: ${errorMessage(error)}`);
    return text;
  }
}
