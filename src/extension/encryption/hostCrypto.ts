// The Node extension host's age crypto (src/node/crypto/nativeAgeCrypto.ts): node:crypto's scrypt,
// native and off the extension host's thread, instead of the age library's JavaScript one, which
// blocks the host for seconds while a journal unlocks; and native X25519 and ChaCha20-Poly1305 for
// each entry opened — entries opened many at once (a cold index) on worker threads running
// dist/openingWorker.js beside this bundle, when it is there. The web build uses hostCrypto.web.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { installAgeHostCrypto } from '../../core/crypto/ageHostCrypto';
import { nativeAgeCrypto, nativeAgeCryptoOnWorkers } from '../../node/crypto/nativeAgeCrypto';

export function installHostCrypto(): void {
  const worker = join(__dirname, 'openingWorker.js');
  installAgeHostCrypto(existsSync(worker) ? nativeAgeCryptoOnWorkers(worker) : nativeAgeCrypto);
}
