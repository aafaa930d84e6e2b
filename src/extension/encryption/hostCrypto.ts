// The Node extension host's age crypto (src/node/crypto/nativeAgeCrypto.ts): node:crypto's scrypt,
// native and off the extension host's thread, instead of the age library's JavaScript one, which
// blocks the host for seconds while a journal unlocks; and native X25519 and ChaCha20-Poly1305 for
// each entry opened. The web build uses hostCrypto.web.ts.
import { installAgeHostCrypto } from '../../core/crypto/ageHostCrypto';
import { nativeAgeCrypto } from '../../node/crypto/nativeAgeCrypto';

export function installHostCrypto(): void {
  installAgeHostCrypto(nativeAgeCrypto);
}
