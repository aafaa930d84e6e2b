// Opens an age file through the product's opener (core/crypto/ageFile.ts) with the Node host's native
// crypto installed, or with the age library's alone: the tests of the native paths compare the two.
import { createOpener, type OpenResult } from '../../src/core/crypto/ageFile';
import { ageHostCrypto, installAgeHostCrypto } from '../../src/core/crypto/ageHostCrypto';
import { nativeAgeCrypto } from '../../src/node/crypto/nativeAgeCrypto';

export async function openWith(native: boolean, identities: string[], file: Uint8Array): Promise<OpenResult> {
  const before = ageHostCrypto();
  installAgeHostCrypto(native ? nativeAgeCrypto : undefined);
  try {
    return await createOpener({ passphrases: [], identities }).open('entry.md.age', file);
  } finally {
    installAgeHostCrypto(before);
  }
}
