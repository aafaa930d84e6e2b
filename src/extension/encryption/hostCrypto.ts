// The Node extension host's passphrase crypto: node:crypto's scrypt, native and off the extension
// host's thread (src/node/crypto/nativeScrypt.ts), instead of the age library's JavaScript one,
// which blocks the host for seconds while a journal unlocks. The web build uses hostCrypto.web.ts.
import { installPassphraseCrypto } from '../../core/crypto/passphraseCrypto';
import { nativePassphraseCrypto } from '../../node/crypto/nativeScrypt';

export function installHostCrypto(): void {
  installPassphraseCrypto(nativePassphraseCrypto);
}
