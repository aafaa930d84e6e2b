// The web extension's renderModule.ts: a web worker has no `require` of files beside the bundle, so the
// preview renderer is bundled into dist/web/extension.js and handed out as it is.
import * as bundle from './renderBundle';
import type * as Bundle from './renderBundle';

export type RenderModule = typeof Bundle;

export function renderModule(): RenderModule {
  return bundle;
}
