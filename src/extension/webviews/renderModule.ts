// The preview renderer lives in `dist/render.js`, bundled apart so that neither activation nor the
// tagger pays for it; this loads it on the first preview (Node host). The web build replaces this
// file with renderModule.web.ts, which bundles the same module in (scripts/build.ts).
import { join } from 'node:path';
import type * as Bundle from './renderBundle';

export type RenderModule = typeof Bundle;

/** A cache of code (the bundle, required once), not state: the services are built in features.ts. */
let loaded: RenderModule | undefined;

export function renderModule(): RenderModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(join(__dirname, 'render.js')) as RenderModule;
  return loaded;
}
