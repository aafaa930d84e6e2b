// What the extension's bundles of the age library swap for a stand-in (src/core/crypto/no*.ts):
// the post-quantum (ML-KEM) and P-256 code, which only keys kept in a file reach — the command line's
// business; the extension opens passphrase journals (scrypt and X25519). 70 KB of each bundle that
// holds the age code (dist/encryption.js and dist/web/extension.js). The CLI keeps the whole library.
// Shared by the build, the bundle benchmark and the unit test that bundles with it.
export const AGE_ALIAS: Readonly<Record<string, string>> = {
  '@noble/post-quantum/hybrid.js': './src/core/crypto/noPostQuantum.ts',
  '@noble/curves/nist.js': './src/core/crypto/noP256.ts',
};
