// The web extension's calendarModule.ts: a web worker has no `require` of files beside the bundle, so
// the time audit is bundled into dist/web/extension.js and handed out as it is.
import * as bundle from './calendarBundle';
import type * as Bundle from './calendarBundle';

export type CalendarModule = typeof Bundle;

export function calendarModule(): CalendarModule {
  return bundle;
}
