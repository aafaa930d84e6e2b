// The web extension host's hostCrypto.ts: a web worker has no node:crypto, so the age library's own
// scrypt (JavaScript) stays.
export function installHostCrypto(): void {
  // Nothing to install: core/crypto/ageHostCrypto.ts falls back to the library's.
}
