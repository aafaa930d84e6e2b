// Which zone a TZID names, for one calendar file. In order: the file's own VTIMEZONE of that TZID
// (what the file says wins, as RFC 5545 asks), an IANA name, an IANA name behind a path prefix
// (`/mozilla.org/20050126_1/Europe/Berlin`, `/freeassociation.sourceforge.net/Tzfile/…`), a Windows
// zone name or display name (Outlook; windowsZones.ts). A TZID that is none of these is reported once
// per file, and its events are read in the local zone with a note saying so.
import { errorMessage } from '../text/errorMessage';
import type { ReportProblem } from './eventRecord';
import { vtimezoneOffsets, type JCalComponent } from './icalLibrary';
import { ianaForWindowsZone } from './windowsZones';
import { ianaZone, UTC_ZONE, zoneFromWallOffsets, type ZoneRule } from './zoneRule';

export interface ResolvedZone {
  readonly zone: ZoneRule;
  /** Set when the zone was assumed: the note every event read in it carries. */
  readonly note?: string;
}

export interface ZoneResolver {
  /** The zone of a time with this TZID; `undefined` TZID means floating (local) time. */
  resolve(tzid: string | undefined): ResolvedZone;
}

export function createZoneResolver(
  vtimezones: ReadonlyMap<string, JCalComponent>, localZone: ZoneRule, report: ReportProblem,
): ZoneResolver {
  const resolved = new Map<string, ResolvedZone>();
  const local: ResolvedZone = { zone: localZone };
  return {
    resolve(tzid) {
      if (tzid === undefined) {
        return local;
      }
      let result = resolved.get(tzid);
      if (!result) {
        result = resolveName(tzid, vtimezones, localZone, report);
        resolved.set(tzid, result);
      }
      return result;
    },
  };
}

function resolveName(
  tzid: string, vtimezones: ReadonlyMap<string, JCalComponent>, localZone: ZoneRule, report: ReportProblem,
): ResolvedZone {
  const component = vtimezones.get(tzid);
  if (component) {
    try {
      const offsets = vtimezoneOffsets(component);
      offsets(Date.UTC(2020, 0, 1)); // ical.js reads the rules on first use: fail here, not mid-event
      offsets(Date.UTC(2020, 6, 1));
      return { zone: zoneFromWallOffsets(tzid, offsets) };
    } catch (error) {
      report('bad-zone', `The time zone "${tzid}" defined in the file cannot be read (${errorMessage(error)}); its name is looked up instead.`);
    }
  }
  const named = zoneByName(tzid);
  if (named) {
    return { zone: named };
  }
  report(
    'unknown-zone',
    `The time zone "${tzid}" is not defined in the file and is not a known IANA or Windows time zone; its events are placed in local time (${localZone.name}).`,
  );
  return { zone: localZone, note: `time zone "${tzid}" is unknown: read as local time (${localZone.name})` };
}

/** A zone by IANA name, path-prefixed IANA name or Windows name; `undefined` if none fits. */
export function zoneByName(tzid: string): ZoneRule | undefined {
  const name = tzid.trim();
  if (/^(Z|UTC|GMT|Etc\/UTC)$/i.test(name)) {
    return UTC_ZONE;
  }
  const direct = looksIana(name) ? ianaZone(name) : undefined;
  if (direct) {
    return direct;
  }
  if (name.startsWith('/')) {
    const parts = name.split('/').filter(Boolean);
    for (let from = 1; from < parts.length; from += 1) {
      const candidate = parts.slice(from).join('/');
      const zone = looksIana(candidate) ? ianaZone(candidate) : undefined;
      if (zone) {
        return zone;
      }
    }
  }
  const windows = ianaForWindowsZone(name);
  return windows === undefined ? undefined : ianaZone(windows);
}

/** IANA names are `Area/Place` (or a few single words like `UTC`); skip Intl for anything else. */
function looksIana(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/.test(name);
}
