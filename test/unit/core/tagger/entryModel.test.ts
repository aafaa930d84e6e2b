import * as assert from 'node:assert/strict';
import { modelMayCallUnclear } from '../../../../src/core/tagger/entryModel';
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
