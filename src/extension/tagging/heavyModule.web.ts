// The web extension's heavyModule.ts: a web worker has no `require` of files beside the bundle, so the
// tagger and markdown-it are bundled into dist/web/extension.js and handed out as they are.
import * as bundle from './taggerBundle';
import type * as Bundle from './taggerBundle';

export type HeavyModule = typeof Bundle;

export function heavyModule(): HeavyModule {
  return bundle;
}
