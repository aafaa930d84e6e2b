// The classifier's feature list past its first 64 slots: a sentence with more features than that
// grows every parallel array at once (keys, spans, factors, showable flags, and the weights and
// scratch that `weigh` and the score fill again), and keeps each feature it held, in order.
import * as assert from 'node:assert/strict';
import { FeatureList, pairFeatureKey, type ModelWeights } from '../../../../src/core/tagger/sentenceModel';

/** Weighs even keys only: why = key, how = -key. */
const EVEN: ModelWeights = { biasWhy: 0, biasHow: 0, weightOf: (key) => (key % 2 === 0 ? [key, -key] : undefined) };

describe('the feature list', () => {
  it('keeps every feature, in order, as it grows past 64 and again past 128', () => {
    const list = new FeatureList();
    list.clear();
    const expected = [];
    for (let at = 0; at < 150; at++) {
      const key = at === 149 ? pairFeatureKey(3, 4) : at;
      list.add(key, at, at + 1, at % 3 === 0 ? 0.25 : 1, at % 2 === 0);
      expected.push({ key, first: at, last: at + 1, factor: at % 3 === 0 ? 0.25 : 1, showable: at % 2 === 0 });
    }
    // A stronger factor and a first showable occurrence of a feature already held, after growing.
    list.add(3, 200, 201, 1, true);
    expected[3] = { key: 3, first: 200, last: 201, factor: 1, showable: true };
    list.add(pairFeatureKey(3, 4), 300, 302, 1, true);
    expected[149] = { key: pairFeatureKey(3, 4), first: 300, last: 302, factor: 1, showable: true };
    assert.equal(list.count, 150);
    assert.deepEqual(list.toArray(), expected);
    assert.ok(list.keys.length >= 150 && list.factors.length === list.keys.length && list.values.length === list.keys.length);

    list.weigh(EVEN);
    assert.deepEqual([list.weighed[140], list.whyWeights[140], list.howWeights[140], list.weighed[141]], [1, 140, -140, 0]);
  });
});
