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
import { draftedBlocks } from '../entries/drafted';
import { plural, pluralMessage, pluralWord } from '../text/format';
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
    ? plural(time.meetings, 'Besprechung', 'Besprechungen')
    : plural(time.meetings, 'meeting');
  const allDay = time.allDayEvents === 0
    ? ''
    : de
      ? `, ${plural(time.allDayEvents, 'ganztägiger Termin', 'ganztägige Termine')}`
      : `, ${plural(time.allDayEvents, 'all-day event')}`;
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
        ? `${names.length > 0 ? '; ' : ''}${unnamed} mit ${pluralWord(unnamed, 'jemandem', 'Personen')} außerhalb von people.yml`
        : `${names.length > 0 ? '; ' : ''}${unnamed} with ${pluralWord(unnamed, 'someone', 'people')} not in people.yml`;
    const count = calendar.oneOnOnes.length;
    lines.push('', de
      ? `${pluralMessage(count, '1:1-Gespräch', '{0} 1:1-Gespräche')}: ${listOf(names, 'und')}${rest}.`
      : `${pluralMessage(count, '1:1 held', '{0} 1:1s held')}: ${listOf(names, 'and')}${rest}.`);
  }
  return lines;
}

/** The start of the 1:1s line, in English and German, as yesterdayCalendarLines writes it. */
const HELD_LINE = /^(?:\d+ )?(?:1:1 held|1:1s held|1:1-Gespräch|1:1-Gespräche): /;

export interface NameInText {
  /** Offsets in the text: `[start, end)`. */
  readonly start: number;
  readonly end: number;
  /** The full name from people.yml. */
  readonly name: string;
}

/**
 * Where the 1:1s lines of drafted blocks in `text` name one of `names` (people.yml's full names), for
 * the editor to link each to the person's page. Only inside complete drafted blocks, so a user's own
 * line that looks the same is left alone. Each name as written there (escaped); a longer name first
 * where one contains another.
 */
export function heldOneOnOneNames(text: string, names: readonly string[]): NameInText[] {
  const found: NameInText[] = [];
  const written = [...names].map((name) => ({ name, text: escapeInline(name) })).filter(({ text: shown }) => shown !== '')
    .sort((a, b) => b.text.length - a.text.length);
  for (const block of draftedBlocks(text)) {
    let lineStart = block.start;
    for (const line of text.slice(block.start, block.end).split('\n')) {
      const head = HELD_LINE.exec(line.replace(/\r$/, ''));
      if (head) {
        const taken: [number, number][] = [];
        for (const { name, text: shown } of written) {
          for (let at = line.indexOf(shown, head[0].length); at >= 0; at = line.indexOf(shown, at + shown.length)) {
            const end = at + shown.length;
            const boundary = !/[\p{L}\p{N}]/u.test(line[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(line[end] ?? '');
            if (boundary && !taken.some(([from, to]) => at < to && end > from)) {
              taken.push([at, end]);
              found.push({ start: lineStart + at, end: lineStart + end, name });
            }
          }
        }
      }
      lineStart += line.length + 1;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
