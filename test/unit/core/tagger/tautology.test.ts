import * as assert from 'node:assert/strict';
import { saysItselfIs } from '../../../../src/core/tagger/tautology';
import { tokenize } from '../../../../src/core/tagger/tokens';
import type { TaggerLanguage } from '../../../../src/core/tagger/lemmaTable';

function says(text: string, language: TaggerLanguage = 'en'): boolean {
  return saysItselfIs(tokenize(text, language), language);
}

// Sentences written for this test.
describe('a noun said to be itself ("a driver is a driver")', () => {
  it('reads it with a link, an article, or both, in English and German', () => {
    assert.ok(says('A driver is a driver, put whoever is free on the van.'));
    assert.ok(says('Shifts are shifts.'));
    assert.ok(says("Told him a cook's a cook."));
    assert.ok(says('Told them the target is the target.'));
    assert.ok(says('Schicht ist Schicht, da wird nicht getauscht.', 'de'));
    assert.ok(says('Eine Pflegekraft ist eine Pflegekraft.', 'de'));
  });

  it('leaves repetitions that say nothing of the kind', () => {
    assert.ok(!says('We went through it step by step, day after day.'));
    assert.ok(!says('It is what it is.'));
    assert.ok(!says('That is that.'));
    assert.ok(!says('Das ist das Ziel für den Sommer.', 'de'));
    assert.ok(!says('Very very good week, thanks to everyone.'));
  });

  it('needs both halves in one clause', () => {
    assert.ok(!says('The driver, a driver for ten years, asked for Friday off.'));
  });
});
