// Reads one or more iCalendar texts into the occurrences that touch a range of days, with a clear
// message for every problem and never an exception: a broken event costs that event, a broken file
// that file, and the rest is still counted.
//
// Per file (parseCalendar, which a caller may keep and pass again instead of the text): cut the text
// into components (icsBlocks.ts), parse the VTIMEZONEs, read each VEVENT's used properties
// (eventProperties.ts; ical.js parses a block whole where that cannot), read each into an EventRecord. Then, over all files together: one event per UID (a duplicate, in one file or two, is
// counted once), changed occurrences (RECURRENCE-ID) replacing the ones they change, cancelled
// events and those the user declined left out, and every series expanded over the range only.
import { addDays, toEpochDay, type LocalDate } from '../calendar/localDate';
import { errorMessage } from '../text/errorMessage';
import type { CalendarEvent, CalendarOccurrence } from './calendarEvent';
import { ProblemLog, type CalendarProblem, type CalendarProblemKind } from './calendarProblems';
import { describe, readEventRecord, type EventRecord, type ReportProblem } from './eventRecord';
import {
  expandEvent, markExcluded, MAX_REPETITIONS, newExclusions, zoneOfStart, type ExpansionContext, type Exclusions,
} from './expandEvent';
import { readEventProperties } from './eventProperties';
import { parseComponents, type JCalComponent } from './icalLibrary';
import { scanIcs, type IcsBlock } from './icsBlocks';
import { createZoneResolver, type ZoneResolver } from './zoneResolver';
import { hostZone, ianaZone, MS_PER_DAY, type ZoneRule } from './zoneRule';

export interface CalendarText {
  /** Shown in messages: the file's path for the extension and the CLI. */
  readonly name: string;
  readonly text: string;
}

export interface ReadCalendarsOptions {
  /** First and last day of the range (both included), in the local zone. */
  readonly from: LocalDate;
  readonly to: LocalDate;
  /** The user's own addresses: an event they declined (PARTSTAT=DECLINED) is left out. */
  readonly me: readonly string[];
  /** The user's IANA zone, for floating times, all-day events and unknown zones; the host's by default. */
  readonly timeZone?: string;
  /** Repetitions of one rule followed before it is cut short; MAX_REPETITIONS (100,000) by default. */
  readonly maxRepetitions?: number;
}

export interface CalendarCounts {
  readonly files: number;
  /** VEVENTs read (a series is one, each changed occurrence one more). */
  readonly events: number;
  /** Occurrences in the range, after everything left out. */
  readonly occurrences: number;
  /** Events left out because the user declined them, or because they were cancelled. */
  readonly declined: number;
  readonly cancelled: number;
}

export interface CalendarReading {
  /** By start, then end. */
  readonly occurrences: readonly CalendarOccurrence[];
  readonly problems: readonly CalendarProblem[];
  readonly counts: CalendarCounts;
  /** The zone days were read in. */
  readonly timeZone: string;
}

/** A batch of VEVENTs parsed at once: big enough to amortise the call, small enough to bound memory. */
const BATCH_CHARS = 256 * 1024;

interface ReadEvent {
  readonly record: EventRecord;
  readonly file: string;
  readonly zones: ZoneResolver;
  readonly report: ReportProblem;
}

/**
 * One calendar file read as far as it can be without a range, a zone or the user: its components
 * parsed and its events read into records, with the problems found doing so. The costly part of a
 * reading (ical.js), so a caller that reads the same file again — the extension, over other ranges —
 * keeps this and passes it to readCalendars instead of the text. Plain data, never changed later.
 */
export interface ParsedCalendar {
  readonly name: string;
  /** In the order found. */
  readonly problems: readonly CalendarProblem[];
  readonly vtimezones: ReadonlyMap<string, JCalComponent>;
  readonly records: readonly EventRecord[];
}

export function readCalendars(texts: readonly (CalendarText | ParsedCalendar)[], options: ReadCalendarsOptions): CalendarReading {
  const log = new ProblemLog();
  const localZone = (options.timeZone ? ianaZone(options.timeZone) : undefined) ?? hostZone();
  if (options.timeZone && !ianaZone(options.timeZone)) {
    log.add({ kind: 'unknown-zone', file: '', message: `The time zone "${options.timeZone}" is not known; days are read in ${localZone.name}.` });
  }
  const events: ReadEvent[] = [];
  for (const item of texts) {
    const parsed = 'text' in item ? parseCalendar(item) : item;
    parsed.problems.forEach((problem) => log.add(problem));
    try {
      eventsOf(parsed, localZone, log, events);
    } catch (error) {
      // Nothing above should throw; if it does, the file is lost but the others are not.
      log.add({ kind: 'unreadable', file: parsed.name, message: `${parsed.name} could not be read: ${errorMessage(error)}` });
    }
  }
  const range = {
    start: localZone.toInstant(toEpochDay(options.from) * MS_PER_DAY),
    end: localZone.toInstant(toEpochDay(addDays(options.to, 1)) * MS_PER_DAY),
  };
  const me = new Set(options.me.map((address) => address.trim().replace(/^mailto:/i, '').toLowerCase()));
  const result = expandAll(events, me, { ...range, maxRepetitions: options.maxRepetitions ?? MAX_REPETITIONS }, localZone);
  return {
    occurrences: result.occurrences,
    problems: log.list(),
    counts: { files: texts.length, events: events.length, ...result.counts },
    timeZone: localZone.name,
  };
}

type AddProblem = (kind: CalendarProblemKind, message: string, line?: number) => void;

function problemAdder(file: string, add: (problem: CalendarProblem) => void): AddProblem {
  return (kind, message, line) => {
    add(line === undefined ? { kind, file, message: `${file}: ${message}` } : { kind, file, line, message: `${file}:${line}: ${message}` });
  };
}

/** The events of a parsed file for one reading: zones resolved in this reading's local zone, problems to its log. */
function eventsOf(parsed: ParsedCalendar, localZone: ZoneRule, log: ProblemLog, into: ReadEvent[]): void {
  const add = problemAdder(parsed.name, (problem) => log.add(problem));
  const zones = createZoneResolver(parsed.vtimezones, localZone, (kind, message) => add(kind, message));
  for (const record of parsed.records) {
    into.push({ record, file: parsed.name, zones, report: (kind, message) => add(kind, message, record.line) });
  }
}

export interface ParseOptions {
  /**
   * Give every VEVENT to ical.js whole (in batches), as before eventProperties.ts: the reference its
   * faster reading is held to by the tests and measured against by the bench. Off by default.
   */
  readonly wholeByIcal?: boolean;
}

/**
 * Parses one calendar text (see ParsedCalendar). Never throws: a problem is a message. Each VEVENT is
 * read by eventProperties.ts, which reads only what the audit uses and gives ical.js what it does not
 * read itself; the result is the same as ical.js's parse of every event whole (`wholeByIcal`).
 */
export function parseCalendar({ name: file, text }: CalendarText, options: ParseOptions = {}): ParsedCalendar {
  const problems: CalendarProblem[] = [];
  const vtimezones = new Map<string, JCalComponent>();
  const records: EventRecord[] = [];
  const add = problemAdder(file, (problem) => problems.push(problem));
  try {
    parseInto(text, add, vtimezones, records, options.wholeByIcal ?? false);
  } catch (error) {
    problems.push({ kind: 'unreadable', file, message: `${file} could not be read: ${errorMessage(error)}` });
  }
  return { name: file, problems, vtimezones, records };
}

function parseInto(
  text: string, add: AddProblem, vtimezones: Map<string, JCalComponent>, records: EventRecord[], wholeByIcal: boolean,
): void {
  const scan = scanIcs(text);
  if (scan.calendars === 0 && scan.blocks.length === 0) {
    const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 40).split(/\r?\n/)[0] ?? '';
    add('not-icalendar', start === ''
      ? 'is empty, not an iCalendar (.ics) file.'
      : `is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR line (it starts "${start}").`);
    return;
  }
  for (const { name, line } of scan.unclosed) {
    add('unreadable', `the ${name} that begins here has no END:${name}; it is left out.`, line);
  }
  if (scan.truncatedAt) {
    add('truncated', scan.truncatedAt.name === 'VCALENDAR'
      ? 'the file ends without END:VCALENDAR: it may be cut short. Every complete event in it is counted.'
      : `the file ends inside the ${scan.truncatedAt.name} that begins here: it looks cut short. The events before it are counted.`,
    scan.truncatedAt.line);
  }

  const eventBlocks: IcsBlock[] = [];
  for (const block of scan.blocks) {
    if (block.name === 'VTIMEZONE') {
      const component = parseOne(text, block, add);
      const tzid = component?.[1].find((property) => property[0] === 'tzid')?.[3];
      if (component && typeof tzid === 'string') {
        vtimezones.set(tzid, component);
      }
    } else if (block.name === 'VEVENT') {
      eventBlocks.push(block);
    }
  }

  const read = (block: IcsBlock, component: JCalComponent): void => {
    const record = readEventRecord(component, block.line, (kind, message) => add(kind, message, block.line));
    if (record) {
      records.push(record);
    }
  };
  if (wholeByIcal) {
    for (const batch of batches(eventBlocks)) {
      for (const { block, component } of parseBatch(text, batch, add)) {
        read(block, component);
      }
    }
    return;
  }
  for (const block of eventBlocks) {
    const component = readEventProperties(text, block.start, block.end) ?? parseOne(text, block, add);
    if (component) {
      read(block, component);
    }
  }
}

/** Runs of adjacent event blocks, each at most about BATCH_CHARS long. */
function* batches(blocks: readonly IcsBlock[]): Generator<IcsBlock[]> {
  let batch: IcsBlock[] = [];
  let size = 0;
  for (const block of blocks) {
    const previous = batch[batch.length - 1];
    if (previous && (previous.end !== block.start || size > BATCH_CHARS)) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(block);
    size += block.end - block.start;
  }
  if (batch.length > 0) {
    yield batch;
  }
}

function parseBatch(text: string, batch: readonly IcsBlock[], add: AddProblem): { block: IcsBlock; component: JCalComponent }[] {
  const first = batch[0];
  const last = batch[batch.length - 1];
  if (first && last && batch.length > 1) {
    try {
      const components = parseComponents(text.slice(first.start, last.end));
      if (components.length === batch.length) {
        return components.map((component, index) => ({ block: batch[index] as IcsBlock, component }));
      }
    } catch {
      // One of them is broken: read them one by one below to find it and keep the rest.
    }
  }
  const parsed: { block: IcsBlock; component: JCalComponent }[] = [];
  for (const block of batch) {
    const component = parseOne(text, block, add);
    if (component) {
      parsed.push({ block, component });
    }
  }
  return parsed;
}

function parseOne(text: string, block: IcsBlock, add: AddProblem): JCalComponent | undefined {
  try {
    const [component] = parseComponents(text.slice(block.start, block.end));
    return component;
  } catch (error) {
    add('unreadable', `this ${block.name} cannot be read (${errorMessage(error)}); it is left out.`, block.line);
    return undefined;
  }
}

interface Group {
  readonly masters: ReadEvent[];
  /** Changed occurrences by RECURRENCE-ID (as written), each list in reading order. */
  readonly overrides: Map<string, ReadEvent[]>;
}

/** The range of instants asked for, and the cap on each rule's repetitions. */
interface Bounds {
  readonly start: number;
  readonly end: number;
  readonly maxRepetitions: number;
}

function expandAll(
  events: readonly ReadEvent[], me: ReadonlySet<string>, range: Bounds, localZone: ZoneRule,
): { occurrences: CalendarOccurrence[]; counts: Omit<CalendarCounts, 'files' | 'events'> } {
  const groups = new Map<string, Group>();
  for (const event of events) {
    const { record } = event;
    const uid = record.uid ?? `${event.file}:${record.line}`;
    let group = groups.get(uid);
    if (!group) {
      group = { masters: [], overrides: new Map() };
      groups.set(uid, group);
    }
    if (record.recurrenceId) {
      const id = record.recurrenceId;
      const key = `${id.wall}|${id.isDate}|${id.utc}|${id.tzid ?? ''}`;
      const list = group.overrides.get(key) ?? [];
      list.push(event);
      group.overrides.set(key, list);
    } else {
      group.masters.push(event);
    }
  }

  const occurrences: CalendarOccurrence[] = [];
  let declined = 0;
  let cancelled = 0;
  for (const [uid, group] of groups) {
    const master = pickOne(uid, group.masters);
    const excluded = newExclusions();
    const changed: ReadEvent[] = [];
    for (const copies of group.overrides.values()) {
      const override = pickOne(uid, copies);
      if (override) {
        changed.push(override);
      }
    }
    if (master) {
      const context = contextOf(master, range, localZone);
      const seriesZone = zoneOfStart(master.record.start, context);
      for (const { record } of changed) {
        if (record.recurrenceId) {
          markExcluded(record.recurrenceId, seriesZone, context, excluded);
        }
      }
      for (const exdate of master.record.exdates) {
        markExcluded(exdate, seriesZone, context, excluded);
      }
    }
    for (const event of master ? [master, ...changed] : changed) {
      const leftOut = leftOutBecause(event.record, me);
      if (leftOut === 'declined') {
        declined += 1;
      } else if (leftOut === 'cancelled') {
        cancelled += 1;
      } else {
        // A changed occurrence stands on its own: its times are its own, and its series' exclusions
        // are not its business (it may even have been moved onto an EXDATE).
        emit(event, event === master ? excluded : newExclusions(), range, localZone, occurrences);
      }
    }
  }
  occurrences.sort((a, b) => a.start - b.start || a.end - b.end);
  return { occurrences, counts: { occurrences: occurrences.length, declined, cancelled } };
}

function contextOf(event: ReadEvent, bounds: Bounds, localZone: ZoneRule): ExpansionContext {
  return { range: bounds, localZone, zones: event.zones, report: event.report, maxRepetitions: bounds.maxRepetitions };
}

function emit(
  event: ReadEvent, excluded: Exclusions, range: Bounds, localZone: ZoneRule, into: CalendarOccurrence[],
): void {
  const { record } = event;
  const expanded = expandEvent(record, excluded, contextOf(event, range, localZone));
  if (expanded.spans.length === 0) {
    return;
  }
  const calendarEvent = toCalendarEvent(event, expanded.notes);
  for (const [start, end] of expanded.spans) {
    into.push({ event: calendarEvent, start, end });
  }
}

/** The copy that counts when an event appears more than once: the highest SEQUENCE, then the first read. */
function pickOne(uid: string, copies: readonly ReadEvent[]): ReadEvent | undefined {
  let best = copies[0];
  for (const copy of copies) {
    if (best && copy.record.sequence > best.record.sequence) {
      best = copy;
    }
  }
  if (best && copies.length > 1) {
    const where = copies.map((copy) => `${copy.file}:${copy.record.line}`).join(', ');
    best.report(
      'duplicate-uid',
      `Event${describe(uid, best.record.title)} appears ${copies.length} times (${where}); it is counted once, as at ${best.file}:${best.record.line}.`,
    );
  }
  return best;
}

function leftOutBecause(record: EventRecord, me: ReadonlySet<string>): 'declined' | 'cancelled' | undefined {
  if (record.status === 'CANCELLED') {
    return 'cancelled';
  }
  return record.attendees.some((attendee) => attendee.partstat === 'DECLINED' && me.has(attendee.address))
    ? 'declined'
    : undefined;
}

function toCalendarEvent(event: ReadEvent, notes: readonly string[]): CalendarEvent {
  const { record } = event;
  const people = new Set<string>();
  const names: Record<string, string> = {};
  if (record.organizer) {
    people.add(record.organizer);
    if (record.organizerName !== '') {
      names[record.organizer] = record.organizerName;
    }
  }
  for (const attendee of record.attendees) {
    if (!attendee.resource && attendee.address !== '') {
      people.add(attendee.address);
      if (attendee.name !== '') {
        names[attendee.address] = attendee.name;
      }
    }
  }
  return {
    uid: record.uid ?? `${event.file}:${record.line}`,
    title: record.title,
    people: [...people],
    names,
    allDay: record.start.isDate,
    transparent: record.transparent,
    recurring: record.rules.length > 0 || record.rdates.length > 0 || record.recurrenceId !== undefined,
    source: { file: event.file, line: record.line },
    notes,
  };
}
