// A stand-in for `@noble/curves/ed25519.js` in the extension's bundles (scripts/ageAlias.ts, beside
// noPostQuantum.ts and noP256.ts). The age library takes only `x25519` from that module, and only
// where WebCrypto has no X25519 (age-encryption's x25519.js falls back to it); the rest — Ed25519
// signatures, ristretto, FROST, OPRF, hash-to-curve — never runs and was 12 KB of each bundle that
// holds the age code. This is the library's own x25519 (RFC 7748) made the library's way — its
// Montgomery ladder, field and clamping — less one speed-up: the public key of a secret key is
// computed on the ladder rather than on the Edwards curve, a third as fast, for a call made once
// per key. The command line keeps the library whole.
import { mod, pow2 } from '@noble/curves/abstract/modular.js';
import { montgomery } from '@noble/curves/abstract/montgomery.js';

/** p = 2^255 − 19. */
const P = BigInt('0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed');

/** x^(p−2), the field inverse, by the library's addition chain (its ed25519_pow_2_252_3, then ^8·x^3). */
function powPminus2(x: bigint): bigint {
  const x2 = (x * x) % P;
  const b2 = (x2 * x) % P;
  const b4 = (pow2(b2, 2n, P) * b2) % P;
  const b5 = (pow2(b4, 1n, P) * x) % P;
  const b10 = (pow2(b5, 5n, P) * b5) % P;
  const b20 = (pow2(b10, 10n, P) * b10) % P;
  const b40 = (pow2(b20, 20n, P) * b20) % P;
  const b80 = (pow2(b40, 40n, P) * b40) % P;
  const b160 = (pow2(b80, 80n, P) * b80) % P;
  const b240 = (pow2(b160, 80n, P) * b80) % P;
  const b250 = (pow2(b240, 10n, P) * b10) % P;
  const powP58 = (pow2(b250, 2n, P) * x) % P;
  return mod(pow2(powP58, 3n, P) * b2, P);
}

/** RFC 7748 §5's clamping, in place, as the library does it. */
function adjustScalarBytes(bytes: Uint8Array): Uint8Array {
  bytes[0] = (bytes[0] ?? 0) & 248;
  bytes[31] = ((bytes[31] ?? 0) & 127) | 64;
  return bytes;
}

export const x25519 = montgomery({ P, type: 'x25519', powPminus2, adjustScalarBytes });
