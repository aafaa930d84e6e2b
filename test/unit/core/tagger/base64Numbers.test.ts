import * as assert from 'node:assert/strict';
import { base64Width, BASE64_DIGITS, digitValue, readBase64, writeBase64 } from '../../../../src/core/tagger/base64Numbers';

describe('base-64 numbers of the generated tables', () => {
  it('round-trip every value at the edges of each width', () => {
    for (const width of [1, 2, 3, 4]) {
      for (const value of [0, 1, 63, 64, 4095, 4096, 262143, 262144, 64 ** width - 1]) {
        if (value < 64 ** width) {
          const text = writeBase64(value, width);
          assert.equal(text.length, width);
          assert.equal(readBase64(`x${text}y`, 1, width), value, `${value} in ${width}`);
        }
      }
    }
  });

  it('write every value below 4096 in two digits, in an order that sorts as the numbers do', () => {
    const all = Array.from({ length: 4096 }, (_, value) => writeBase64(value, 2));
    assert.equal(new Set(all).size, 4096);
    all.forEach((text, value) => assert.equal(readBase64(text, 0, 2), value));
  });

  it('refuse what does not fit, and read a non-digit as -1', () => {
    assert.throws(() => writeBase64(64, 1), /does not fit/);
    assert.throws(() => writeBase64(-1, 2), /does not fit/);
    assert.throws(() => writeBase64(1.5, 2), /does not fit/);
    assert.equal(readBase64('A|', 0, 2), -1);
    assert.equal(readBase64('ä', 0, 1), -1);
    assert.equal(digitValue('', 0), -1);
  });

  it('use digits that need no escape in a quoted literal and are none of the tables\' separators', () => {
    assert.equal(new Set(BASE64_DIGITS).size, 64);
    assert.doesNotMatch(BASE64_DIGITS, /[\s|;!='"\\`]/);
  });

  it('choose the fewest digits that hold a maximum', () => {
    assert.deepEqual([0, 1, 63, 64, 4095, 4096].map(base64Width), [1, 1, 1, 2, 2, 3]);
  });
});
