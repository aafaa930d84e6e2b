import * as assert from 'node:assert/strict';
import { BUILT_IN_STEMS, encodeStemTable, STEM_BLOCK, StemTable } from '../../../../src/core/tagger/stemTable';
import { stemId, stemName } from '../../../../src/core/tagger/tokens';

describe('the built-in stem table', () => {
  it('finds every stem at its sorted place, across blocks, and nothing else', () => {
    const words = ['plan', 'planning', 'plan-b', 'a', 'zzz', 'über', 'änderung', 'Zed', '#num', 'plan', 'planer', 'ab'];
    for (let at = 0; at < 3 * STEM_BLOCK; at++) {
      words.push(`w${String(at).padStart(3, '0')}`);
    }
    const encoded = encodeStemTable(words);
    const table = new StemTable(encoded.stems, encoded.index);
    const sorted = [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    assert.equal(table.size, sorted.length);
    sorted.forEach((word, place) => {
      assert.equal(table.indexOf(word), place, word);
      assert.equal(table.stemAt(place), word);
    });
    for (const absent of ['', '#', 'b', 'pla', 'plans', 'plan-', 'w', 'w0005', 'zzzz', 'ü', '\uffff']) {
      assert.equal(table.indexOf(absent), -1, absent);
    }
    assert.equal(new StemTable('', '').indexOf('plan'), -1);
  });

  it('refuses an empty stem or one with a space', () => {
    assert.throws(() => encodeStemTable(['plan', '']), /empty or holds a space/);
    assert.throws(() => encodeStemTable(['follow up']), /empty or holds a space/);
  });

  it('gives the shipped stems their place plus one as ids, and a new stem an id after them', () => {
    assert.ok(BUILT_IN_STEMS.size > 3000, `${BUILT_IN_STEMS.size} stems`);
    for (let place = 0; place < BUILT_IN_STEMS.size; place++) {
      const stem = BUILT_IN_STEMS.stemAt(place);
      assert.equal(BUILT_IN_STEMS.indexOf(stem), place, stem);
      assert.equal(stemId(stem), place + 1);
      if (place > 0) {
        assert.ok(BUILT_IN_STEMS.stemAt(place - 1) < stem, 'sorted, each once');
      }
    }
    const id = stemId('a-stem-no-table-names');
    assert.ok(id > BUILT_IN_STEMS.size);
    assert.equal(stemId('a-stem-no-table-names'), id);
    assert.equal(stemName(id), 'a-stem-no-table-names');
    assert.equal(stemName(stemId('delegate')), 'delegate');
  });
});
