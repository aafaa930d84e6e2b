// One VEVENT's jCal read into the facts the time audit uses — and nothing else: DESCRIPTION,
// LOCATION and attachments are never read. One pass over the properties; a value that cannot be read
// is reported and the event goes on without it where it can (a bad EXDATE), or is left out where it
// cannot (a bad DTSTART).
import type { CalendarProblemKind } from './calendarProblems';
import type { JCalComponent, JCalProperty } from './icalLibrary';
import { readIcsDuration, readIcsTime, type IcsDuration, type IcsTime } from './icsValues';

export interface Attendee {
  /** Lower-case, without `mailto:`. */
  readonly address: string;
  /** PARTSTAT, upper-case (`ACCEPTED`, `DECLINED`, `NEEDS-ACTION`, …); empty when not given. */
  readonly partstat: string;
  /** CUTYPE ROOM or RESOURCE: a meeting room or a projector, not a person. */
  readonly resource: boolean;
  /** CN, the name the file gives them; empty when none. */
  readonly name: string;
}

export interface EventRecord {
  readonly uid: string | undefined;
  readonly title: string;
  readonly start: IcsTime;
  readonly end: IcsTime | undefined;
  readonly duration: IcsDuration | undefined;
  /** RRULE values as jCal gives them (`{freq: 'WEEKLY', byday: […]}`). */
  readonly rules: readonly Readonly<Record<string, unknown>>[];
  readonly rdates: readonly IcsTime[];
  readonly exdates: readonly IcsTime[];
  readonly recurrenceId: IcsTime | undefined;
  /** STATUS, upper-case; empty when not given. */
  readonly status: string;
  readonly transparent: boolean;
  readonly attendees: readonly Attendee[];
  readonly organizer: string | undefined;
  /** The organizer's CN; empty when none. */
  readonly organizerName: string;
  readonly sequence: number;
  readonly line: number;
}

export type ReportProblem = (kind: CalendarProblemKind, message: string) => void;

/** Reads a VEVENT; `undefined` (with a problem reported) when it has no readable start. */
export function readEventRecord(component: JCalComponent, line: number, report: ReportProblem): EventRecord | undefined {
  let uid: string | undefined;
  let title = '';
  let start: IcsTime | undefined;
  let startText: unknown;
  let end: IcsTime | undefined;
  let duration: IcsDuration | undefined;
  const rules: Record<string, unknown>[] = [];
  const rdates: IcsTime[] = [];
  const exdates: IcsTime[] = [];
  let recurrenceId: IcsTime | undefined;
  let status = '';
  let transparent = false;
  const attendees: Attendee[] = [];
  let organizer: string | undefined;
  let organizerName = '';
  let sequence = 0;

  for (const property of component[1]) {
    const [name, parameters, , value] = property;
    switch (name) {
      case 'uid':
        uid = String(value);
        break;
      case 'summary':
        title = String(value ?? '');
        break;
      case 'dtstart':
        startText = value;
        start = readIcsTime(value, tzidOf(parameters));
        break;
      case 'dtend':
        end = readIcsTime(value, tzidOf(parameters));
        if (!end) {
          report('bad-value', `DTEND "${String(value)}" is not a date or time; the event is read as having no end.`);
        }
        break;
      case 'duration':
        duration = readIcsDuration(value);
        if (!duration) {
          report('bad-value', `DURATION "${String(value)}" is not a duration; the event is read as having no end.`);
        }
        break;
      case 'rrule':
        if (value && typeof value === 'object') {
          rules.push(value as Record<string, unknown>);
        }
        break;
      case 'rdate':
        rdates.push(...readTimes(property, 'RDATE', report));
        break;
      case 'exdate':
        exdates.push(...readTimes(property, 'EXDATE', report));
        break;
      case 'recurrence-id':
        recurrenceId = readIcsTime(value, tzidOf(parameters));
        break;
      case 'status':
        status = String(value).toUpperCase();
        break;
      case 'transp':
        transparent = String(value).toUpperCase() === 'TRANSPARENT';
        break;
      case 'attendee':
        attendees.push({
          address: addressOf(value),
          partstat: String(parameters.partstat ?? '').toUpperCase(),
          resource: /^(ROOM|RESOURCE)$/i.test(String(parameters.cutype ?? '')),
          name: nameOf(parameters),
        });
        break;
      case 'organizer':
        organizer = addressOf(value);
        organizerName = nameOf(parameters);
        break;
      case 'sequence':
        sequence = Number(value) || 0;
        break;
      default:
        break;
    }
  }
  if (!start) {
    report(
      startText === undefined ? 'no-start' : 'bad-value',
      startText === undefined
        ? `Event${describe(uid, title)} has no start (DTSTART); it is left out.`
        : `Event${describe(uid, title)} starts at "${String(startText)}", which is not a date or time; it is left out.`,
    );
    return undefined;
  }
  return {
    uid, title, start, end, duration, rules, rdates, exdates, recurrenceId, status, transparent, attendees, organizer,
    organizerName, sequence, line,
  };
}

/** ` "Weekly sync"` for messages; titles stay on the machine like every other message. */
export function describe(uid: string | undefined, title: string): string {
  if (title) {
    return ` "${title.length > 60 ? `${title.slice(0, 59)}…` : title}"`;
  }
  return uid ? ` ${uid}` : '';
}

function nameOf(parameters: Record<string, string | string[]>): string {
  const cn = parameters.cn;
  return typeof cn === 'string' ? cn.trim() : '';
}

function tzidOf(parameters: Record<string, string | string[]>): string | undefined {
  const tzid = parameters.tzid;
  return typeof tzid === 'string' ? tzid : undefined;
}

/** Addresses repeat across thousands of events: each distinct one is normalised once. */
const addresses = new Map<unknown, string>();

function addressOf(value: unknown): string {
  let address = addresses.get(value);
  if (address === undefined) {
    address = String(value ?? '').trim().replace(/^mailto:/i, '').toLowerCase();
    if (addresses.size > 10_000) {
      addresses.clear(); // a bound, not a cache policy: ten thousand people is a big company
    }
    addresses.set(value, address);
  }
  return address;
}

function readTimes(property: JCalProperty, label: string, report: ReportProblem): IcsTime[] {
  const tzid = tzidOf(property[1]);
  const times: IcsTime[] = [];
  for (const value of property.slice(3)) {
    // An RDATE may be a PERIOD (`[start, end]`); its start is the occurrence.
    const text = Array.isArray(value) ? value[0] : value;
    const time = readIcsTime(text, tzid);
    if (time) {
      times.push(time);
    } else {
      report('bad-value', `${label} "${String(text)}" is not a date or time; it is ignored.`);
    }
  }
  return times;
}
