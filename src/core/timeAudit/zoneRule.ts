// Time zones as the time audit uses them: a wall-clock time ("09:00 on 5 January in Berlin") and an
// instant are both milliseconds since the epoch, the wall clock written as if it were UTC. A zone
// converts between the two. IANA zones are read through Intl (in Node, browsers and web workers
// alike, with no time-zone data of our own); a file's own VTIMEZONE is read by ical.js
// (icalLibrary.ts) and wrapped by `zoneFromWallOffsets`.
//
// Offsets change a few times a year, so each zone remembers them per week and finds the moment of
// each change once (changeCached): asking a zone is a map lookup after the first time in a week.

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** Offsets lie within ±14 hours (Pacific/Kiritimati is +14). */
const MAX_OFFSET = 14 * MS_PER_HOUR;

export interface ZoneRule {
  /** The IANA name, or the TZID of a file's own VTIMEZONE, or `UTC`. */
  readonly name: string;
  /** Offset from UTC (east positive, milliseconds) in force at an instant. */
  offsetAt(instant: number): number;
  /**
   * The instant of a wall-clock time. A time skipped by a clock change (02:30 when clocks jump from
   * 02:00 to 03:00) is read with the offset in force before the change, and a time that happens
   * twice is its first occurrence, as RFC 5545 (3.3.5) asks.
   */
  toInstant(wall: number): number;
}

export const UTC_ZONE: ZoneRule = {
  name: 'UTC',
  offsetAt: () => 0,
  toInstant: (wall) => wall,
};

/** Offsets are remembered per week of time: no zone has changed its offset twice within a week. */
const BUCKET = 7 * MS_PER_DAY;

/**
 * Memo of an offset function that is constant but for rare changes, never two in a bucket: each
 * bucket asks `exact` at its two ends, and where they differ finds the change by bisection to the
 * second (about 20 more calls). Ten years cost about 1,500 calls of `exact` however many times they
 * are asked; ical.js and Intl each take microseconds to milliseconds per call.
 */
function changeCached(exact: (time: number) => number): (time: number) => number {
  const buckets = new Map<number, { readonly change: number; readonly before: number; readonly after: number }>();
  return (time) => {
    const index = Math.floor(time / BUCKET);
    let bucket = buckets.get(index);
    if (!bucket) {
      const start = index * BUCKET;
      const end = start + BUCKET - 1000;
      const before = exact(start);
      const after = exact(end);
      let low = start;
      let high = end;
      if (before !== after) {
        while (high - low > 1000) {
          const middle = low + Math.floor((high - low) / 2000) * 1000;
          if (exact(middle) === before) {
            low = middle;
          } else {
            high = middle;
          }
        }
      }
      bucket = { change: before === after ? Number.POSITIVE_INFINITY : high, before, after };
      buckets.set(index, bucket);
    }
    return time < bucket.change ? bucket.before : bucket.after;
  };
}

/** Builds a zone from its offset at an instant; `toInstant` is derived (see {@link ZoneRule}). */
export function zoneFromInstantOffsets(name: string, exactOffsetAt: (instant: number) => number): ZoneRule {
  const offsetAt = changeCached(exactOffsetAt);
  return {
    name,
    offsetAt,
    toInstant(wall) {
      const before = offsetAt(wall - MAX_OFFSET);
      const after = offsetAt(wall + MAX_OFFSET);
      if (before === after) {
        return wall - before;
      }
      const early = wall - before;
      const late = wall - after;
      const earlyFits = offsetAt(early) === before;
      const lateFits = offsetAt(late) === after;
      if (earlyFits && lateFits) {
        return Math.min(early, late); // repeated hour: the first time it happens
      }
      if (lateFits && !earlyFits) {
        return late;
      }
      return early; // the time fits the offset before the change, or was skipped by it
    },
  };
}

/**
 * Builds a zone from its offset at a wall-clock time (what ical.js gives for a VTIMEZONE, which also
 * settles skipped and repeated times itself). `offsetAt` an instant is found by two steps from the
 * wall clock, exact except within an hour of a change; `toInstant` is ical.js's reading, except
 * inside the hour a change skips or repeats.
 */
export function zoneFromWallOffsets(name: string, exactOffsetAtWall: (wall: number) => number): ZoneRule {
  const offsetAtWall = changeCached(exactOffsetAtWall);
  return {
    name,
    offsetAt(instant) {
      const guess = offsetAtWall(instant);
      return offsetAtWall(instant + guess);
    },
    toInstant: (wall) => wall - offsetAtWall(wall),
  };
}

const intlZones = new Map<string, ZoneRule | null>();

/**
 * The IANA zone `name` (or an alias Intl knows, such as `Asia/Calcutta`), or `undefined` when the
 * host's Intl does not know it. Zones are shared, so their caches serve every file.
 */
export function ianaZone(name: string): ZoneRule | undefined {
  const known = intlZones.get(name);
  if (known !== undefined) {
    return known ?? undefined;
  }
  let zone: ZoneRule | null;
  try {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
      era: 'short',
    });
    zone = zoneFromInstantOffsets(format.resolvedOptions().timeZone, (instant) => intlOffset(format, instant));
  } catch {
    zone = null; // RangeError: an unknown time zone
  }
  intlZones.set(name, zone);
  return zone ?? undefined;
}

function intlOffset(format: Intl.DateTimeFormat, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const fields: Record<string, string> = {};
  for (const part of format.formatToParts(whole)) {
    fields[part.type] = part.value;
  }
  const year = fields.era === 'BC' ? 1 - Number(fields.year) : Number(fields.year);
  const wall = utcFromFields(year, Number(fields.month), Number(fields.day), Number(fields.hour), Number(fields.minute), Number(fields.second));
  return wall - whole;
}

/** `Date.UTC` for any year (it reads years 0–99 as 1900–1999). Month is 1–12. */
export function utcFromFields(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  if (year >= 100) {
    return Date.UTC(year, month - 1, day, hour, minute, second);
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** The host's own zone (the user's, in the extension, the CLI and a browser), or UTC if it has none. */
export function hostZone(): ZoneRule {
  const name = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (name ? ianaZone(name) : undefined) ?? UTC_ZONE;
}
