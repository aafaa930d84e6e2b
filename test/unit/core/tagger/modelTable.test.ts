import * as assert from 'node:assert/strict';
import { decodeModelTable, encodeModelTable, ShippedModel } from '../../../../src/core/tagger/modelTable';
import { DE_MODEL, EN_MODEL } from '../../../../src/core/tagger/modelTable.generated';
import { cueFeatureKey, isPairKey, LEXICON_HOW, LEXICON_WHY, pairFeatureKey, pairParts } from '../../../../src/core/tagger/sentenceModel';
import { BUILT_IN_STEMS } from '../../../../src/core/tagger/stemTable';
import { stemId, stemName } from '../../../../src/core/tagger/tokens';

const places = new Map(Array.from({ length: BUILT_IN_STEMS.size }, (_, place) => [BUILT_IN_STEMS.stemAt(place), place] as const));

describe('the shipped sentence models', () => {
  for (const [language, encoded] of [['en', EN_MODEL], ['de', DE_MODEL]] as const) {
    it(`read every weight of the ${language} table in place as the whole table decodes, and none it does not hold`, () => {
      const table = decodeModelTable(encoded);
      const model = new ShippedModel(encoded);
      assert.ok(table.weights.size > 1000);
      assert.equal(model.biasWhy, table.biasWhy);
      assert.equal(model.biasHow, table.biasHow);
      for (const [key, weight] of table.weights) {
        assert.deepEqual(model.weightOf(key), weight, String(key));
        assert.deepEqual(model.weightOf(key), weight, `${key}, a second time`);
      }
      const pairs = [...table.weights.keys()].filter(isPairKey);
      const [first, second] = pairParts(pairs[0] as number);
      const absent = [
        ...Array.from({ length: BUILT_IN_STEMS.size }, (_, place) => place + 1).filter((id) => !table.weights.has(id)).slice(0, 50),
        pairFeatureKey(first, first), pairFeatureKey(second, second), pairFeatureKey(first, stemId('a-word-no-table-names')),
        pairFeatureKey(stemId('a-word-no-table-names'), second), stemId('another-word-no-table-names'), cueFeatureKey(99999),
      ].filter((key) => !table.weights.has(key));
      for (const key of absent) {
        assert.equal(model.weightOf(key), undefined, String(key));
      }
      assert.equal(table.weights.has(LEXICON_WHY) || table.weights.has(LEXICON_HOW), true);
    });

    it(`encode the ${language} table again to the same text`, () => {
      assert.equal(encodeModelTable(decodeModelTable(encoded), (id) => stemName(id) as string, places), encoded);
    });
  }

  it('refuse a malformed table and a stem the stem table does not hold', () => {
    assert.throws(() => new ShippedModel('-140 16'), /malformed header/);
    assert.throws(() => new ShippedModel('-140 16;22;;AAA;;'), /whole number/);
    const table = { biasWhy: 0, biasHow: 0, weights: new Map([[stemId('a-word-no-table-names'), [1, 1] as const]]) };
    assert.throws(() => encodeModelTable(table, (id) => stemName(id) as string, places), /not in the stem table/);
  });
});
