// The Node extension host's passphrase crypto: node:crypto's scrypt, native and off the extension
// host's thread (src/node/crypto/nativeScrypt.ts), instead of the age library's JavaScript one,
// which blocks the host for seconds while a journal unlocks. The web build uses hostCrypto.web.ts.
import { installAgeHostCrypto } from '../../core/crypto/ageHostCrypto';
import { nativeAgeCrypto } from '../../node/crypto/nativeAgeCrypto';

export function installHostCrypto(): void {
  installAgeHostCrypto(nativeAgeCrypto);
}
