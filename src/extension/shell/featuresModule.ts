// Loads dist/features.js, the extension's features, on first use (Node host): activation itself loads
// only dist/extension.js. The web build replaces this file with featuresModule.web.ts.
import { join } from 'node:path';
import type * as Bundle from '../features';

export type FeaturesModule = typeof Bundle;

/** A cache of code (the bundle, required once), not state: the services are built in features.ts. */
let loaded: FeaturesModule | undefined;

export function featuresModule(): FeaturesModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(join(__dirname, 'features.js')) as FeaturesModule;
  return loaded;
}
