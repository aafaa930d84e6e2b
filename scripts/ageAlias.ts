// What the extension's bundles of the age library swap for a stand-in (src/core/crypto/): the
// post-quantum (ML-KEM) and P-256 code, which only post-quantum and hardware keys reach — the command
// line's business (no*.ts), 70 KB; and the Ed25519 module, of which the library uses only X25519
// (x25519Only.ts), 12 KB. The extension opens passphrase journals (scrypt and X25519) and journals
// sealed to X25519 keys. Each of these is per bundle that holds the age code (dist/encryption.js and
// dist/web/extension.js). The CLI keeps the whole library.
// Shared by the build, the bundle benchmark and the unit test that bundles with it.
export const AGE_ALIAS: Readonly<Record<string, string>> = {
  '@noble/post-quantum/hybrid.js': './src/core/crypto/noPostQuantum.ts',
  '@noble/curves/nist.js': './src/core/crypto/noP256.ts',
  '@noble/curves/ed25519.js': './src/core/crypto/x25519Only.ts',
};
