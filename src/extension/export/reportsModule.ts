// Reviews, the HTML report and the metrics exports live in `dist/reports.js` (reportsBundle.ts),
// bundled apart from the features; this loads it the first time one of them runs (Node host). The
// web build replaces this file with reportsModule.web.ts, which bundles the same module in
// (scripts/build.ts). In export/, beside the two exports that are most of the bundle; the reviews
// (reflect/reviewCommands.ts) draft through it too, from the floor above.
import { join } from 'node:path';
import type * as Bundle from './reportsBundle';

export type ReportsModule = typeof Bundle;

/** A cache of code (the bundle, required once), not state: the services are built in features.ts. */
let loaded: ReportsModule | undefined;

export function reportsModule(): ReportsModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(join(__dirname, 'reports.js')) as ReportsModule;
  return loaded;
}
