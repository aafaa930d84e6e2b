// The encrypted journal's code and the age library live in `dist/encryption.js`, bundled apart so that
// neither activation nor a plain journal pays for them; this loads it on first use (Node host). The
// web build replaces this file with encryptionModule.web.ts, which bundles the same module in.
import { join } from 'node:path';
import type * as Bundle from './encryptionBundle';

export type EncryptionModule = typeof Bundle;

let loaded: EncryptionModule | undefined;

export function encryptionModule(): EncryptionModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(join(__dirname, 'encryption.js')) as EncryptionModule;
  return loaded;
}
