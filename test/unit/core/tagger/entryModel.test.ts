import * as assert from 'node:assert/strict';
import { builtInEntryModel, ENTRY_FEATURE_COUNT, entryFeatures, modelMayCallUnclear } from '../../../../src/core/tagger/entryModel';
import type { SentenceLabel } from '../../../../src/core/tagger/types';

// When the entry model may call an entry unclear although its sentences read as a side: a list of
// errands read as managing, with nothing read as leading more likely than not.

function read(label: SentenceLabel, why = 0): { result: { label: SentenceLabel }; sides: { why: number; how: number } } {
  return { result: { label }, sides: { why, how: label === 'how' ? 0.7 : 0.1 } };
}

describe('entry model: when it may call an entry unclear', () => {
  it('allows it for four errands of which two read as managing', () => {
    assert.equal(modelMayCallUnclear([read('unclear'), read('how'), read('unclear'), read('how')]), true);
  });

  it('allows it when a line reads as why only by a hair ("Call mum." on the weight of "mum")', () => {
    assert.equal(modelMayCallUnclear([read('unclear'), read('unclear'), read('why', 0.43), read('how'), read('how')]), true);
  });

  it('refuses it when one line reads as why more likely than not: a plain day with one leading sentence is why', () => {
    assert.equal(modelMayCallUnclear([read('unclear'), read('unclear'), read('why', 0.5), read('how'), read('how')]), false);
    assert.equal(modelMayCallUnclear([read('unclear'), read('unclear'), read('unclear'), read('why', 0.9)]), false);
  });

  it('refuses it for fewer than four sentences, or fewer than a quarter read as managing', () => {
    assert.equal(modelMayCallUnclear([read('how'), read('how'), read('unclear')]), false);
    assert.equal(modelMayCallUnclear([read('unclear'), read('unclear'), read('unclear'), read('unclear'), read('how')]), false);
  });
});

describe('entry model: the strongest sentence of each side', () => {
  // Two sentences of the product's reading: one plainly leading, among faint lines of detail.
  const sentences = [
    { result: { label: 'why' as SentenceLabel }, sides: { why: 0.93, how: 0.02 } },
    { result: { label: 'how' as SentenceLabel }, sides: { why: 0.1, how: 0.55 } },
    { result: { label: 'unclear' as SentenceLabel }, sides: { why: 0.2, how: 0.3 } },
    { result: { label: 'how' as SentenceLabel }, sides: { why: 0.05, how: 0.6 } },
  ];

  it('weighs how sure the surest why and the surest how sentence are, beside the averages', () => {
    const features = entryFeatures(sentences, []);
    assert.equal(features.length, ENTRY_FEATURE_COUNT);
    // After the thirteen sentence figures, before the four traps (scripts/trainEntryModel.ts names).
    assert.deepEqual(features.slice(13, 15), [0.93, 0.6]);
  });

  it('ships a model for each language that reads them (a model of another width would not decode)', () => {
    assert.notEqual(builtInEntryModel('en'), undefined);
    assert.notEqual(builtInEntryModel('de'), undefined);
  });
});
