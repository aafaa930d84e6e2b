// Seeded journals for the webview harness: years of plausible daily entries as `IndexedEntry`
// records, and host `state` messages built from them with the real `summarise()`. Deterministic for
// a seed, so screenshots and timings compare across runs. Two entries carry markup in their text
// (a title `<img src=x onerror=alert(1)>`, a person `<b>Bold</b>`) so escaping is visible.
import { addDays, formatIsoDate, parseIsoDate, toEpochDay, type LocalDate } from '../../src/core/calendar/localDate';
import {
  FUNCTION_IDS, LEADING_FUNCTIONS, MANAGING_FUNCTIONS, STYLE_IDS, TRAP_IDS, type EntryLabel, type FunctionId, type StyleId, type TrapId,
} from '../../src/core/tagger/types';
import type { IndexedEntry } from '../../src/core/records/entryRecord';
import { weekPeriod } from '../../src/core/reflect/reviewPeriod';
import { auditCalendars } from '../../src/core/timeAudit/calendarAudit';
import { DEFAULT_CATEGORY_RULES } from '../../src/core/timeAudit/categoryRules';
import { calendarTrends, type CalendarTrends } from '../../src/core/trends/calendarTrends';
import { countedEntries } from '../../src/core/trends/counted';
import { summarise } from '../../src/core/trends/summary';
import { rangeStart } from '../../src/core/trends/viewRange';
import type { StateMessage, ViewChoice } from '../../src/webview/protocol';
import { mulberry32 as random } from '../../src/core/text/random';

export const XSS_TITLE = '<img src=x onerror=alert(1)>';
export const XSS_PERSON = '<b>Bold</b>';
export const FIXTURE_TODAY = '2026-11-23';

const PEOPLE = ['Amara', 'Ben', 'Chen Wei', 'Dana', 'Elif', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', XSS_PERSON, 'Kofi'];


function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) {
    throw new Error('pick: empty list');
  }
  return item;
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function labelOf(why: number): EntryLabel {
  return why >= 0.6 ? 'why' : why <= 0.4 ? 'how' : 'balanced';
}

function date(text: string): LocalDate {
  const parsed = parseIsoDate(text);
  if (!parsed) {
    throw new Error(`Not a date: ${text}`);
  }
  return parsed;
}

export interface JournalOptions {
  readonly years: number;
  readonly seed?: number;
  /** Last day written, `YYYY-MM-DD`. */
  readonly today?: string;
}

/**
 * About one entry a weekday and fewer at weekends over `years` years ending `today`, leaning towards
 * why or how in slow waves (as a manager's quarters do), with functions that follow the lean, a
 * style when someone is named, and a trap now and then. The entry three days before today has the
 * markup title and a trap, so it is listed among the recent traps.
 */
export function generateJournal(options: JournalOptions): IndexedEntry[] {
  const rand = random(options.seed ?? 7);
  const today = date(options.today ?? FIXTURE_TODAY);
  const todayDay = toEpochDay(today);
  const days = Math.round(options.years * 365.25);
  const entries: IndexedEntry[] = [];
  for (let back = days - 1; back >= 0; back--) {
    const day = addDays(today, -back);
    const iso = formatIsoDate(day);
    const weekday = (((toEpochDay(day) + 4) % 7) + 7) % 7;
    const weekend = weekday === 0 || weekday === 6;
    const count = rand() < (weekend ? 0.2 : 0.85) ? (rand() < 0.12 ? 2 : 1) : 0;
    for (let n = 0; n < count; n++) {
      const epoch = toEpochDay(day);
      const lean = 0.5 + 0.22 * Math.sin(epoch / 45) + 0.1 * Math.sin(epoch / 370);
      const tagged = rand() > 0.05;
      const why = tagged ? clamp(lean + (rand() - 0.5) * 0.5) : 0;
      const how = tagged ? 1 - why : 0;
      const functions = new Set<FunctionId>();
      for (let f = 0; f < 1 + Math.floor(rand() * 3); f++) {
        functions.add(pick(rand, rand() < why ? LEADING_FUNCTIONS : MANAGING_FUNCTIONS));
      }
      if (rand() < 0.05) {
        functions.add(pick(rand, FUNCTION_IDS));
      }
      const person = n === 1 || rand() < 0.25 ? pick(rand, PEOPLE) : undefined;
      const style: StyleId | null = person !== undefined && rand() < 0.85 ? pick(rand, STYLE_IDS) : null;
      const traps: TrapId[] = rand() < 0.07 ? [pick(rand, TRAP_IDS)] : [];
      const markup = epoch === todayDay - 3 && n === 0;
      const kind = person !== undefined ? 'one-on-one' : 'daily';
      const month = iso.slice(5, 7);
      entries.push({
        path: `${iso.slice(0, 4)}/${month}/${iso}${n > 0 ? `-${kind}-${n}` : ''}.md`,
        date: iso,
        kind,
        people: person !== undefined ? [person] : [],
        label: tagged ? labelOf(why) : 'unclear',
        why,
        how,
        functions: [...functions],
        style,
        traps: markup ? ['micromanaging-leader'] : traps,
        words: 60 + Math.floor(rand() * 400),
        title: markup ? XSS_TITLE : person !== undefined ? `1:1 with ${person}` : `Daily reflection, ${iso}`,
      });
    }
  }
  return entries;
}

/**
 * A ready `state` message for `entries`, as the host (trendsController.ts) would post it for a plain
 * journal (entries after today are not counted): its content may be kept.
 */
export function readyState(entries: readonly IndexedEntry[], view: ViewChoice, today = FIXTURE_TODAY): StateMessage {
  const day = date(today);
  const summary = summarise(entries, day, {
    granularity: view.granularity, weekStart: 1, forgiveWeekends: true, from: rangeStart(day, view.granularity, view.periods, 1),
  });
  const counted = entries.filter((entry) => entry.label !== null && entry.date <= today).length;
  return {
    type: 'state', version: '0.1.0', journalFolder: 'journal', status: 'ready', entryCount: counted, notCounted: entries.length - counted, skipped: 0, view,
    keepContent: true,
    // A round trip through JSON, as postMessage would give it.
    summary: JSON.parse(JSON.stringify(summary)) as StateMessage['summary'],
  };
}

export function emptyState(view: ViewChoice = { granularity: 'week', periods: 13 }): StateMessage {
  return readyState([], view);
}

export function indexingState(entryCount: number): StateMessage {
  return {
    type: 'state', version: '0.1.0', journalFolder: 'journal', status: 'indexing', entryCount, notCounted: 0, skipped: 0,
    view: { granularity: 'week', periods: 13 }, summary: null, keepContent: false,
  };
}

export function errorState(message: string): StateMessage {
  return {
    type: 'state', version: '0.1.0', journalFolder: 'journal', status: 'error', message, entryCount: 0, notCounted: 0, skipped: 0,
    view: { granularity: 'week', periods: 13 }, summary: null, keepContent: false,
  };
}

/** A title with markup in the calendar: it must never reach the view, as text or otherwise. */
export const XSS_EVENT = '<img src=x onerror=alert(2)> Planning';
const OWNER = 'sam@northwind.example';

/**
 * A busy manager's calendar over the fixture's weeks, floating times read in UTC: a weekly team
 * meeting, a 1:1, three hours of planning (its title carries markup), focus time, a roadmap review
 * every other week, mentoring every third, an all-hands every four weeks, and a week off in October.
 */
export function calendarFixture(): string {
  const people = (...names: string[]): string[] => [`ORGANIZER:mailto:${OWNER}`, ...names.map((name) => `ATTENDEE;PARTSTAT=ACCEPTED:mailto:${name}@northwind.example`)];
  const event = (uid: string, title: string, start: string, end: string, rule: string, more: string[] = []): string[] => [
    'BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260801T000000Z', `SUMMARY:${title}`, `DTSTART:${start}`, `DTEND:${end}`, rule, ...more, 'END:VEVENT',
  ];
  return [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    ...event('team', 'Team weekly', '20260824T090000', '20260824T100000', 'RRULE:FREQ=WEEKLY', people('ana', 'ben', 'chen')),
    ...event('ana', 'Ana / Sam', '20260825T100000', '20260825T103000', 'RRULE:FREQ=WEEKLY', people('ana')),
    ...event('plan', XSS_EVENT, '20260826T090000', '20260826T120000', 'RRULE:FREQ=WEEKLY', people('ben', 'dana')),
    ...event('focus', 'Focus time', '20260827T130000', '20260827T150000', 'RRULE:FREQ=WEEKLY'),
    ...event('roadmap', 'Roadmap review', '20260903T100000', '20260903T120000', 'RRULE:FREQ=WEEKLY;INTERVAL=2', people('ana', 'chen')),
    ...event('mentor', 'Mentoring Dana', '20260904T140000', '20260904T150000', 'RRULE:FREQ=WEEKLY;INTERVAL=3', people('dana')),
    ...event('all', 'All hands', '20260828T160000', '20260828T170000', 'RRULE:FREQ=WEEKLY;INTERVAL=4', people('ana', 'ben', 'chen', 'dana')),
    'BEGIN:VEVENT', 'UID:off', 'DTSTAMP:20260801T000000Z', 'SUMMARY:Week off', 'DTSTART;VALUE=DATE:20261012', 'DTEND;VALUE=DATE:20261017', 'END:VEVENT',
    'END:VCALENDAR', '',
  ].join('\r\n');
}

/** `state` with the calendar's part, as the host (trendsCalendar.ts) would add it. */
export function withCalendar(state: StateMessage, entries: readonly IndexedEntry[], language: 'en' | 'de' = 'en'): StateMessage {
  const range = state.summary?.range;
  const from = range ? parseIsoDate(range.from) : undefined;
  const to = range ? parseIsoDate(range.to) : undefined;
  if (!range || !from || !to) {
    throw new Error('withCalendar: a ready state is needed');
  }
  const audit = auditCalendars({
    texts: [{ name: 'work.ics', text: calendarFixture() }], rules: DEFAULT_CATEGORY_RULES, me: [OWNER],
    from: weekPeriod(from, range.weekStart).start, to, weekStart: range.weekStart, timeZone: 'UTC', fragmentation: true,
  });
  const trends = calendarTrends(audit.time, audit.fragmentation, countedEntries(entries, range.to), language);
  return { ...state, calendar: JSON.parse(JSON.stringify(trends)) as CalendarTrends };
}
