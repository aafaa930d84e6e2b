// The occurrences of one event (a VEVENT and, for a series, its RRULE, RDATE and EXDATE) that touch
// a range of instants. A rule is expanded in the wall clock of its start (recurrence.ts) and only up
// to the end of the range, so a rule with no end costs what the range holds and no more. Each
// occurrence keeps the first one's exact duration (RFC 5545 3.8.5.3).
import { errorMessage } from '../text/errorMessage';
import type { CalendarProblemKind } from './calendarProblems';
import { describe, type EventRecord, type ReportProblem } from './eventRecord';
import { readIcsTime, type IcsTime } from './icsValues';
import { ruleIterator } from './recurrence';
import type { ResolvedZone, ZoneResolver } from './zoneResolver';
import { MS_PER_DAY, UTC_ZONE, type ZoneRule } from './zoneRule';

/** Repetitions followed per rule by default before it is cut short (a minutely rule over ten years is 5 million). */
export const MAX_REPETITIONS = 100_000;

/** Offsets lie within ±14 hours: a wall-clock time this far past the range's end is past it anywhere. */
const WALL_MARGIN = 15 * 3_600_000;

export interface InstantRange {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

export interface ExpansionContext {
  readonly range: InstantRange;
  readonly localZone: ZoneRule;
  readonly zones: ZoneResolver;
  readonly report: ReportProblem;
  readonly maxRepetitions: number;
}

/** Instants (timed) and days (all-day, or a date-only EXDATE or RECURRENCE-ID) taken out of a series. */
export interface Exclusions {
  readonly instants: Set<number>;
  readonly days: Set<number>;
}

export function newExclusions(): Exclusions {
  return { instants: new Set(), days: new Set() };
}

/** Where an occurrence is: the event's own zone notes come along (an unknown zone read as local). */
export interface Expanded {
  readonly spans: readonly (readonly [number, number])[];
  readonly notes: readonly string[];
}

/** The zone an event's start is in: UTC as written, a date in the local zone, else its TZID's. */
export function zoneOfStart(start: IcsTime, context: ExpansionContext): ResolvedZone {
  if (start.utc) {
    return { zone: UTC_ZONE };
  }
  return start.isDate ? { zone: context.localZone } : context.zones.resolve(start.tzid);
}

/** The occurrence a RECURRENCE-ID (or an EXDATE) names, in the series' zone when it names none. */
export function markExcluded(time: IcsTime, seriesZone: ResolvedZone, context: ExpansionContext, into: Exclusions): void {
  if (time.isDate) {
    into.days.add(Math.floor(time.wall / MS_PER_DAY));
  } else {
    into.instants.add(instantOf(time, seriesZone, context));
  }
}

/**
 * The spans `[start, end)` of the event's occurrences that overlap the range (a zero-length one
 * counts when it starts inside it), minus the excluded ones. Problems go to `context.report`.
 */
export function expandEvent(record: EventRecord, excluded: Exclusions, context: ExpansionContext): Expanded {
  const { start } = record;
  const zone = zoneOfStart(start, context);
  const length = lengthOf(record, zone, context);
  if (length === undefined) {
    return { spans: [], notes: [] };
  }
  const spans: [number, number][] = [];
  // Several rules, or RDATEs beside the start or a rule, may name one time twice: it counts once.
  const seen = record.rules.length > 1 || record.rdates.length > 0 ? new Set<number>() : undefined;
  const add = (wall: number): void => {
    const [from, to] = spanAt(wall, start.isDate, length, zone.zone, context.localZone);
    if (excluded.instants.has(from) || excluded.days.has(Math.floor(wall / MS_PER_DAY)) || seen?.has(from)) {
      return;
    }
    seen?.add(from);
    if (overlaps(from, to, context.range)) {
      spans.push([from, to]);
    }
  };

  if (record.rules.length === 0) {
    add(start.wall);
  }
  for (const rule of record.rules) {
    expandRule(record, rule, zone, context, add);
  }
  for (const rdate of record.rdates) {
    if (rdate.isDate === start.isDate) {
      // An RDATE in another zone is moved into the series' wall clock, where `add` reads it.
      add(rdate.isDate || (!rdate.utc && rdate.tzid === start.tzid)
        ? rdate.wall
        : wallIn(zone.zone, instantOf(rdate, zone, context)));
    }
  }
  return { spans, notes: zone.note ? [zone.note] : [] };
}

/** The event's length: ms for a timed event, whole days for an all-day one; undefined to leave it out. */
function lengthOf(record: EventRecord, zone: ResolvedZone, context: ExpansionContext): number | undefined {
  const { start, end, duration } = record;
  const what = (): string => `Event${describe(record.uid, record.title)}`;
  let length: number;
  if (end) {
    length = start.isDate
      ? Math.round((end.wall - start.wall) / MS_PER_DAY)
      : instantOf(end, zone, context) - zone.zone.toInstant(start.wall);
  } else if (duration) {
    const sign = duration.negative ? -1 : 1;
    length = start.isDate
      ? sign * (duration.days + Math.ceil(duration.ms / MS_PER_DAY))
      : sign * (zone.zone.toInstant(start.wall + duration.days * MS_PER_DAY) - zone.zone.toInstant(start.wall) + duration.ms);
  } else if (start.isDate) {
    return 1; // RFC 5545: a date-only event with no end lasts the day
  } else {
    context.report('no-end', `${what()} has no end (no DTEND or DURATION): counted as 0 minutes, as iCalendar reads it.`);
    return 0;
  }
  if (length < 0) {
    context.report('negative-duration', `${what()} ends before it starts; it is left out.`);
    return undefined;
  }
  // An all-day event whose end is its start is read as the one day (a common export slip).
  return start.isDate ? Math.max(1, length) : length;
}

function expandRule(
  record: EventRecord, rule: Readonly<Record<string, unknown>>, zone: ResolvedZone, context: ExpansionContext,
  add: (wall: number) => void,
): void {
  const what = (): string => `Event${describe(record.uid, record.title)}`;
  const untilWall = untilInWallClock(rule.until, record.start, zone.zone, context, what);
  let repetitions = 0;
  try {
    const iterator = ruleIterator(rule, record.start.wall, record.start.isDate, untilWall);
    const stop = context.range.end + WALL_MARGIN;
    for (let wall = iterator.next(); wall !== undefined && wall < stop; wall = iterator.next()) {
      if (++repetitions > context.maxRepetitions) {
        context.report('too-many-occurrences', `${what()} repeats more than ${context.maxRepetitions.toLocaleString('en')} times before the end of the range; only those are counted.`);
        return;
      }
      add(wall);
    }
  } catch (error) {
    const reason: CalendarProblemKind = 'bad-rule';
    context.report(reason, `${what()} has a repeat rule that cannot be read (${errorMessage(error)}); ${repetitions > 0 ? 'the occurrences before the error are counted' : 'only its first occurrence is counted'}.`);
    if (repetitions === 0) {
      add(record.start.wall);
    }
  }
}

/** The rule's UNTIL in the start's wall clock; a UTC UNTIL with a zoned start is converted. */
function untilInWallClock(
  value: unknown, start: IcsTime, zone: ZoneRule, context: ExpansionContext, what: () => string,
): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  const until = readIcsTime(value, undefined);
  if (!until) {
    context.report('bad-rule', `${what()} repeats until "${String(value)}", which is not a date; it is read as repeating with no end.`);
    return undefined;
  }
  if (start.isDate) {
    return until.utc ? Math.floor(wallIn(context.localZone, until.wall) / MS_PER_DAY) * MS_PER_DAY : until.wall;
  }
  if (until.isDate) {
    return until.wall + MS_PER_DAY - 1000; // the whole of that day
  }
  return until.utc ? wallIn(zone, until.wall) : until.wall;
}

/** The instant of a time: UTC as written, a date at local midnight, else in its TZID's zone or the series'. */
function instantOf(time: IcsTime, seriesZone: ResolvedZone, context: ExpansionContext): number {
  if (time.utc) {
    return time.wall;
  }
  if (time.isDate) {
    return context.localZone.toInstant(time.wall);
  }
  const zone = time.tzid === undefined ? seriesZone.zone : context.zones.resolve(time.tzid).zone;
  return zone.toInstant(time.wall);
}

function wallIn(zone: ZoneRule, instant: number): number {
  return instant + zone.offsetAt(instant);
}

function spanAt(wall: number, isDate: boolean, length: number, zone: ZoneRule, localZone: ZoneRule): [number, number] {
  if (isDate) {
    return [localZone.toInstant(wall), localZone.toInstant(wall + length * MS_PER_DAY)];
  }
  const from = zone.toInstant(wall);
  return [from, from + length];
}

function overlaps(from: number, to: number, range: InstantRange): boolean {
  return from === to ? from >= range.start && from < range.end : from < range.end && to > range.start;
}
