// The daily entry's lines about yesterday's calendar (issue 16): the hours in meetings and their
// number, a line per category with time (focus time among them), and the 1:1s held, named as
// people.yml names them. In the entry's language (English or German). Category names and numbers
// only, and people.yml's names: never an event's title, an address or a calendar's own spelling of a
// name.
import type { ListedPerson, OneOnOneWith } from '../people/calendarOneOnOnes';
import { contentLanguage } from '../locale/contentLanguage';
import { categoryLabel } from '../timeAudit/categoryNames';
import type { CategoryDefinition } from '../timeAudit/categoryRules';
import type { CalendarTime } from '../timeAudit/weeklyTime';
import { hoursText } from './reviewTime';
import { escapeInline } from './relativeLink';

export interface YesterdayCalendar {
  readonly categories: readonly CategoryDefinition[];
  /** The day's totals (weeklyTime over the one day). */
  readonly time: CalendarTime;
  /** The day's 1:1s with who they were with. */
  readonly oneOnOnes: readonly OneOnOneWith[];
}

function listOf(names: readonly string[], and: string): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1) ?? ''}`;
}

/**
 * The block's lines (no trailing newline): a sentence, a list of categories, and the 1:1s held. Empty
 * when the calendar had nothing that day.
 */
export function yesterdayCalendarLines(calendar: YesterdayCalendar, locale?: string): string[] {
  const language = contentLanguage(locale);
  const de = language === 'de';
  const { time } = calendar;
  const hours = (value: number): string => hoursText(value, language);
  const shown = calendar.categories.filter((category) => (time.hours[category.id] ?? 0) > 0)
    .sort((a, b) => (time.hours[b.id] ?? 0) - (time.hours[a.id] ?? 0));
  if (shown.length === 0 && time.allDayEvents === 0) {
    return [];
  }
  const meetings = de
    ? `${time.meetings} ${time.meetings === 1 ? 'Besprechung' : 'Besprechungen'}`
    : `${time.meetings} ${time.meetings === 1 ? 'meeting' : 'meetings'}`;
  const allDay = time.allDayEvents === 0
    ? ''
    : de
      ? `, ${time.allDayEvents} ${time.allDayEvents === 1 ? 'ganztägiger Termin' : 'ganztägige Termine'}`
      : `, ${time.allDayEvents} all-day ${time.allDayEvents === 1 ? 'event' : 'events'}`;
  const lines = [de
    ? `Gestern laut Kalender: ${hours(time.meetingHours)} in Besprechungen (${meetings}${allDay}).`
    : `Yesterday in my calendar: ${hours(time.meetingHours)} in meetings (${meetings}${allDay}).`];
  if (shown.length > 0) {
    lines.push('', ...shown.map((category) => `- ${escapeInline(categoryLabel(category, language))}: ${hours(time.hours[category.id] ?? 0)}`));
  }
  if (calendar.oneOnOnes.length > 0) {
    const named: ListedPerson[] = [];
    let unnamed = 0;
    for (const { people } of calendar.oneOnOnes) {
      if (people.length === 0) {
        unnamed += 1;
      }
      for (const person of people) {
        if (!named.some((seen) => seen.key === person.key)) {
          named.push(person);
        }
      }
    }
    const names = named.map((person) => escapeInline(person.name));
    const rest = unnamed === 0
      ? ''
      : de
        ? `${names.length > 0 ? '; ' : ''}${unnamed} mit ${unnamed === 1 ? 'jemandem' : 'Personen'} außerhalb von people.yml`
        : `${names.length > 0 ? '; ' : ''}${unnamed} with ${unnamed === 1 ? 'someone' : 'people'} not in people.yml`;
    const count = calendar.oneOnOnes.length;
    lines.push('', de
      ? `${count === 1 ? '1:1-Gespräch' : `${count} 1:1-Gespräche`}: ${listOf(names, 'und')}${rest}.`
      : `${count === 1 ? '1:1 held' : `${count} 1:1s held`}: ${listOf(names, 'and')}${rest}.`);
  }
  return lines;
}
