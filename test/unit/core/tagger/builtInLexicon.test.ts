import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GENERATED_LEXICON, compiledSources, CUE_SOURCES, GERMAN_CUE_SOURCES, generatedLexiconSource } from '../../../../scripts/generateLexicon';
import { builtInCues, builtInTrapCues } from '../../../../src/core/tagger/builtInLexicon';
import { createClassifier } from '../../../../src/core/tagger/classify';
import { distinctCues } from '../../../../src/core/tagger/lexicon';
import { GERMAN_TRAP_CUES, TRAP_CUES } from '../../../../src/core/tagger/trapCues';

describe('precompiled lexicon tables', () => {
  it('are exactly what the cue sources compile to with the shipped lemma tables (run npm run train:tagger if not)', () => {
    assert.equal(readFileSync(GENERATED_LEXICON, 'utf8'), generatedLexiconSource());
  });

  it('decode to the same cues, in the same order, as compiling the sources at load would', () => {
    const plain = (cues: readonly { side: string; weight: number; fn: unknown; style: unknown; pattern: unknown; literals: number }[]) =>
      cues.map(({ side, weight, fn, style, pattern, literals }) => ({ side, weight, fn, style, pattern, literals }));
    assert.deepEqual(plain(builtInCues()), plain(distinctCues(compiledSources(CUE_SOURCES).map((c) => c.cue))));
    assert.deepEqual(plain(builtInCues('de')), plain(distinctCues(compiledSources(GERMAN_CUE_SOURCES, 'de').map((c) => c.cue))));
    assert.deepEqual(plain(builtInTrapCues()), plain(distinctCues(compiledSources(TRAP_CUES).map((c) => c.cue))));
    assert.deepEqual(plain(builtInTrapCues('de')), plain(distinctCues(compiledSources(GERMAN_TRAP_CUES, 'de').map((c) => c.cue))));
    assert.ok(builtInCues().length > 1000 && builtInCues('de').length > 200 && builtInTrapCues().length > 500 && builtInTrapCues('de').length > 50);
  });

  it('let a user term count for the side the user names', () => {
    const plain = createClassifier('en').classify('We reviewed the budget.');
    assert.equal(plain.label, 'how');
    const overridden = createClassifier('en', { whyTerms: ['budget'] }).classify('We reviewed the budget.');
    assert.ok(overridden.cues.some((cue) => cue.includes('budget') && cue.includes('+why') && cue.includes('your term')), overridden.cues.join(', '));
  });
});
