import * as assert from 'node:assert/strict';
import { equalBytes } from '../../../../src/core/crypto/bytes';

/** Bytes 0..n-1 (mod 251) at `offset` in a larger buffer, so the view starts where the test wants. */
function at(offset: number, n: number): Uint8Array {
  const view = new Uint8Array(new ArrayBuffer(offset + n + 8), offset, n);
  for (let i = 0; i < n; i++) {
    view[i] = i % 251;
  }
  return view;
}

describe('equalBytes', () => {
  it('says equal for the same bytes at every pair of offsets and lengths around a word', () => {
    for (const n of [0, 1, 3, 4, 5, 7, 8, 9, 64, 1001]) {
      for (const x of [0, 1, 2, 3, 4]) {
        for (const y of [0, 1, 2, 3, 4]) {
          assert.equal(equalBytes(at(x, n), at(y, n)), true, `n ${n}, offsets ${x} and ${y}`);
        }
      }
    }
  });

  it('finds one changed byte anywhere, in the words and in the tail, aligned or not', () => {
    for (const n of [1, 4, 5, 9, 1001]) {
      for (const x of [0, 1, 4]) {
        for (let changed = 0; changed < n; changed += n > 20 ? 97 : 1) {
          const b = at(x, n);
          b[changed] = (b[changed] as number) ^ 0x80;
          assert.equal(equalBytes(at(0, n), b), false, `n ${n}, offset ${x}, byte ${changed}`);
          assert.equal(equalBytes(b, at(0, n)), false, `n ${n}, offset ${x}, byte ${changed}, swapped`);
        }
        const last = at(x, n);
        last[n - 1] = (last[n - 1] as number) ^ 1;
        assert.equal(equalBytes(at(0, n), last), false, `n ${n}, offset ${x}, the last byte`);
      }
    }
  });

  it('says different for different lengths with a common start', () => {
    assert.equal(equalBytes(at(0, 8), at(0, 9)), false);
    assert.equal(equalBytes(new Uint8Array(0), at(0, 1)), false);
  });
});
