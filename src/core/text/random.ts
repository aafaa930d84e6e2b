// Mulberry32: a small, fast, seeded 32-bit generator. Deterministic by design — the prompt of the
// day, benchmark corpora and test fixtures must be the same on every machine. Not for anything secret.

/** Returns numbers in [0, 1) that are exact multiples of 2^-32. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
