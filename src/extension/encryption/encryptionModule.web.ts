// The web extension's encryptionModule.ts: a web worker has no `require` of files beside the bundle, so
// the encrypted journal's code is bundled into dist/web/extension.js and handed out as it is.
import * as bundle from './encryptionBundle';
import type * as Bundle from './encryptionBundle';

export type EncryptionModule = typeof Bundle;

export function encryptionModule(): EncryptionModule {
  return bundle;
}
