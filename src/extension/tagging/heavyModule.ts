// The tagger and its markdown-it live in `dist/tagger.js`, bundled apart so that neither activation
// nor the features parse them until they tag; this loads it on first use (Node host). The web build replaces
// this file with heavyModule.web.ts, which bundles the same module in (scripts/build.ts).
import { join } from 'node:path';
import type * as Bundle from './taggerBundle';

export type HeavyModule = typeof Bundle;

/** A cache of code (the bundle, required once), not state: the services are built in features.ts. */
let loaded: HeavyModule | undefined;

export function heavyModule(): HeavyModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(join(__dirname, 'tagger.js')) as HeavyModule;
  return loaded;
}
