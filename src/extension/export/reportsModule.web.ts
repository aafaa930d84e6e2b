// The web extension's reportsModule.ts: a web worker has no `require` of files beside the bundle, so
// reviews, the report and the exports are bundled into dist/web/extension.js and handed out as they are.
import * as bundle from './reportsBundle';
import type * as Bundle from './reportsBundle';

export type ReportsModule = typeof Bundle;

export function reportsModule(): ReportsModule {
  return bundle;
}
