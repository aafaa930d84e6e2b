// The web extension's featuresModule.ts: a web worker cannot require a file beside the bundle, so the
// features are bundled into dist/web/extension.js and handed out as they are.
import * as bundle from '../features';
import type * as Bundle from '../features';

export type FeaturesModule = typeof Bundle;

export function featuresModule(): FeaturesModule {
  return bundle;
}
