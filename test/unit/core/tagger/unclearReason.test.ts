// Why an entry is unclear, written once (unclearReason.ts) and read by the CLI and the explanation in
// English, and by the hover and the CodeLens through the display language's bundle.
import * as assert from 'node:assert/strict';
import { UNCLEAR_TEXT, unclearWords, type UnclearReason } from '../../../../src/core/tagger/unclearReason';
import { ENGLISH } from '../../../../src/core/text/format';
import { bundleTranslator } from '../../../support/bundleTranslator';

const REASONS: readonly UnclearReason[] = ['language', 'nothing-written', 'no-evidence'];

describe('unclear reasons (unclearReason.ts)', () => {
  it('gives the English sentence the CLI and the explanation print', () => {
    for (const reason of REASONS) {
      assert.equal(UNCLEAR_TEXT[reason], unclearWords(ENGLISH)[reason].sentence);
    }
    assert.equal(UNCLEAR_TEXT['nothing-written'], 'nothing is written here yet, apart from the template');
  });

  it('has every sentence and short form in the German bundle, each its own German', () => {
    const german = unclearWords(bundleTranslator('de'));
    const english = unclearWords(ENGLISH);
    for (const reason of REASONS) {
      for (const form of ['sentence', 'short'] as const) {
        assert.ok(german[reason][form].trim() !== '' && german[reason][form] !== english[reason][form], `${reason} ${form}`);
      }
    }
    assert.equal(german['nothing-written'].sentence, 'hier ist außer der Vorlage noch nichts geschrieben');
  });
});
