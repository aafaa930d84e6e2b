import * as assert from 'node:assert/strict';
import { IntTable } from '../../../../src/core/tagger/intTable';

describe('IntTable', () => {
  it('finds every key it was built with and nothing else, as a Map would', () => {
    const entries: [number, string][] = [];
    for (let at = 0; at < 500; at += 1) {
      entries.push([(at * 7919 * 32768 + at * 31) % 0x40000000, `v${at}`]); // Pair-like keys, many colliding low bits.
    }
    const table = new IntTable(entries);
    const map = new Map(entries);
    for (const [key] of entries) {
      assert.equal(table.get(key), map.get(key));
    }
    for (let key = 0; key < 5000; key += 1) {
      assert.equal(table.get(key), map.get(key), `key ${key}`);
    }
  });

  it('works empty, and a later entry with the same key replaces the earlier', () => {
    assert.equal(new IntTable<string>([]).get(0), undefined);
    assert.equal(new IntTable([[5, 'a'], [5, 'b']]).get(5), 'b');
  });

  it('refuses keys it cannot hold', () => {
    assert.throws(() => new IntTable([[-1, 'x']]), RangeError);
    assert.throws(() => new IntTable([[2 ** 31, 'x']]), RangeError);
  });
});
