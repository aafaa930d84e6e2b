// The one module that imports ical.js. It parses iCalendar text into jCal (RFC 7265 arrays), reads a
// VTIMEZONE's offsets and runs RRULE expansion; everything else in the time audit works on plain
// data. Keeping the library behind these four functions lets the extension load it lazily (it is
// ~230 KB bundled) and keeps its typings (a default-exported namespace) in one place.
//
// Times cross this boundary as wall-clock milliseconds (zoneRule.ts): the library expands a rule in
// floating time, and the caller turns each wall-clock time into an instant with the right zone. So
// ical.js never needs to know a zone by name, and a zone it could not know (an IANA or Windows name
// with no VTIMEZONE in the file) is handled the same way as one it could.
import ICAL from 'ical.js';

/** A jCal component: `[name, properties, subcomponents]`, names lower-case. */
export type JCalComponent = [string, JCalProperty[], JCalComponent[]];
/** A jCal property: `[name, parameters, value type, ...values]`. */
export type JCalProperty = [string, Record<string, string | string[]>, string, ...unknown[]];

/**
 * Parses iCalendar text holding one or more components. Throws an `Error` whose message is ical.js's
 * (e.g. `invalid line (no token ";" or ":") "…"`) when the text is not valid.
 */
export function parseComponents(text: string): JCalComponent[] {
  const parsed = ICAL.parse(text) as unknown;
  if (!Array.isArray(parsed) || parsed.length === 0) {
    return [];
  }
  // One root component comes back bare, several as an array of components.
  return (typeof parsed[0] === 'string' ? [parsed] : parsed) as JCalComponent[];
}

/**
 * Parses one unfolded content line (a property, not BEGIN or END) into jCal as `parseComponents`
 * would inside a VEVENT; throws ical.js's error where that would. For eventProperties.ts, which reads
 * the common lines itself and hands this the rest.
 */
export function parseProperty(line: string): JCalProperty {
  return ICAL.parse.property(line) as unknown as JCalProperty;
}

/**
 * The offset (milliseconds, east positive) at a wall-clock time in a VTIMEZONE, as ical.js reads the
 * component's STANDARD and DAYLIGHT rules. Throws if the component cannot be read as a time zone.
 */
export function vtimezoneOffsets(component: JCalComponent): (wall: number) => number {
  const zone = new ICAL.Timezone({ component: new ICAL.Component(fromYear1970(component)) });
  if (zone.tzid === '') {
    throw new Error('the VTIMEZONE has no TZID');
  }
  return (wall) => {
    const date = new Date(wall);
    const time = ICAL.Time.fromData({
      year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(),
      hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds(),
      isDate: false,
    });
    return zone.utcOffset(time) * 1000;
  };
}

/**
 * Outlook starts its yearly zone rules in 1601, and ical.js expands every year from DTSTART on first
 * use (about a second for one zone on a busy machine). A STANDARD or DAYLIGHT whose rule repeats
 * yearly for ever gives the same changes in every year, so its DTSTART is moved to the same day
 * and time in 1970: no offset from 1970 on changes, and no meeting is older.
 */
function fromYear1970(component: JCalComponent): JCalComponent {
  const [name, properties, subcomponents] = component;
  return [name, properties, subcomponents.map(([subName, subProperties, nested]) => {
    const rule = subProperties.find((property) => property[0] === 'rrule')?.[3] as Record<string, unknown> | undefined;
    const endless = rule !== undefined && String(rule.freq).toUpperCase() === 'YEARLY' && rule.until === undefined && rule.count === undefined;
    const moved = subProperties.map((property): JCalProperty => {
      const value = property[3];
      if (endless && property[0] === 'dtstart' && typeof value === 'string' && value < '1970') {
        return [property[0], property[1], property[2], `1970${value.slice(4)}`];
      }
      return property;
    });
    return [subName, moved, nested] as JCalComponent;
  })];
}

/** Wall-clock start times of a rule's occurrences, in order; `undefined` when there are no more. */
export interface WallIterator {
  next(): number | undefined;
}

/**
 * Expands an RRULE (its jCal value, e.g. `{freq: 'WEEKLY', byday: ['MO'], count: 10}`) from a
 * wall-clock start. `untilWall` replaces the rule's own UNTIL, already converted by the caller into
 * the start's wall clock (an UNTIL is often UTC while the start has a zone). Throws if the rule is
 * malformed (ical.js's message, e.g. `Malformed values in BYDAY part`).
 */
export function recurrenceIterator(
  rule: Readonly<Record<string, unknown>>, startWall: number, isDate: boolean, untilWall: number | undefined,
): WallIterator {
  const data: Record<string, unknown> = { ...rule };
  delete data.until;
  const recur = new ICAL.Recur(data);
  if (untilWall !== undefined) {
    recur.until = wallTime(untilWall, isDate);
  }
  const iterator = recur.iterator(wallTime(startWall, isDate));
  return {
    next() {
      const time = iterator.next();
      if (!time) {
        return undefined;
      }
      return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
    },
  };
}

function wallTime(wall: number, isDate: boolean): ICAL.Time {
  const date = new Date(wall);
  // fromData, not the constructor: the generated typings make the constructor's optional zone required.
  return ICAL.Time.fromData({
    year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(),
    hour: isDate ? 0 : date.getUTCHours(), minute: isDate ? 0 : date.getUTCMinutes(),
    second: isDate ? 0 : date.getUTCSeconds(), isDate,
  });
}
