// The time audit and ical.js live in `dist/calendar.js`, bundled apart so that only a user with an
// imported calendar loads them; this loads it on first use (Node host). The web build replaces this
// file with calendarModule.web.ts, which bundles the same module in (scripts/build.ts).
import { join } from 'node:path';
import type * as Bundle from './calendarBundle';

export type CalendarModule = typeof Bundle;

/** A cache of code (the bundle, required once), not state: the services are built in features.ts. */
let loaded: CalendarModule | undefined;

export function calendarModule(): CalendarModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(join(__dirname, 'calendar.js')) as CalendarModule;
  return loaded;
}
