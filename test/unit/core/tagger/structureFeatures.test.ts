// The sentence's shape (structureFeatures.ts): each feature on sentences written for this test, and
// that a shape is pushed as a feature that may never be shown as a cue.
import * as assert from 'node:assert/strict';
import { modelInputs } from '../../../../src/core/tagger/classify';
import {
  STRUCTURE_COUNT, STRUCTURE_LIST, STRUCTURE_QUANTITY, STRUCTURE_TERSE, STRUCTURE_TIME, structureKeys,
} from '../../../../src/core/tagger/structureFeatures';
import { tokenize } from '../../../../src/core/tagger/tokens';

const keys = (text: string, language: 'en' | 'de' = 'en'): number[] => structureKeys(tokenize(text, language));

describe('structure features', () => {
  it('finds a count with the thing counted, before or after it', () => {
    assert.ok(keys('Pallets 12 to the back dock.').includes(STRUCTURE_COUNT));
    assert.ok(keys('Three on tills, one on the door.').includes(STRUCTURE_COUNT));
    assert.ok(keys('Vier Leute an die Theke.', 'de').includes(STRUCTURE_COUNT));
    assert.ok(!keys('It went up by 12.').includes(STRUCTURE_COUNT));
  });
  it('finds a clock time or a named day', () => {
    assert.ok(keys('Truck at 7:30.').includes(STRUCTURE_TIME));
    assert.ok(keys('Rota goes up Wed.').includes(STRUCTURE_TIME));
    assert.ok(keys('Lieferung Dienstag.', 'de').includes(STRUCTURE_TIME));
    assert.ok(!keys('She listened for a long while.').includes(STRUCTURE_TIME));
  });
  it('finds a question of quantity', () => {
    assert.ok(keys('How many trays can the night shift glaze?').includes(STRUCTURE_QUANTITY));
    assert.ok(keys('Wie viele Betten sind morgen frei?', 'de').includes(STRUCTURE_QUANTITY));
    assert.ok(!keys('How did she take the news?').includes(STRUCTURE_QUANTITY));
  });
  it('finds a run of short assignments, and not one long clause', () => {
    assert.ok(keys('Mo – oven, Lena – prep, me – orders.').includes(STRUCTURE_LIST));
    assert.ok(!keys('Mo took the oven and Lena did the prep while I did the orders.').includes(STRUCTURE_LIST));
  });
  it('finds a terse note with no one acting in it', () => {
    assert.ok(keys('Gloves reordered.').includes(STRUCTURE_TERSE));
    assert.ok(!keys('I reordered the gloves.').includes(STRUCTURE_TERSE));
  });
  it('pushes shapes as features that may never be shown', () => {
    const tokens = tokenize('Mo – oven, Lena – prep, 3 on orders by Fri.');
    const shapes = modelInputs(tokens, [], null, new Map()).features.filter((feature) => feature.key <= -3 && feature.key > -1000);
    assert.ok(shapes.length >= 2);
    assert.ok(shapes.every((feature) => !feature.showable && feature.first === -1));
  });
});
