import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GENERATED_LEXICON, compiledSources, CUE_SOURCES, generatedLexiconSource } from '../../../../scripts/generateLexicon';
import { builtInCues, builtInModel, builtInTrapCues } from '../../../../src/core/tagger/builtInLexicon';
import { createClassifier } from '../../../../src/core/tagger/classify';
import { distinctCues } from '../../../../src/core/tagger/lexicon';
import { modelTable } from '../../../../src/core/tagger/model';
import { MODEL_WEIGHT_LIST } from '../../../../src/core/tagger/modelWeights';
import { TRAP_CUES } from '../../../../src/core/tagger/trapCues';

describe('precompiled lexicon tables', () => {
  it('are exactly what the cue sources and model weights compile to (run npm run generate:lexicon if not)', () => {
    assert.equal(readFileSync(GENERATED_LEXICON, 'utf8'), generatedLexiconSource());
  });

  it('decode to the same cues, in the same order, as compiling the sources at load did', () => {
    const plain = (cues: readonly { phrase: string; side: string; weight: number; fn: unknown; style: unknown; pattern: unknown; literals: number }[]) =>
      cues.map(({ phrase, side, weight, fn, style, pattern, literals }) => ({ phrase, side, weight, fn, style, pattern, literals }));
    assert.deepEqual(plain(builtInCues()), plain(distinctCues(compiledSources(CUE_SOURCES).map((c) => c.cue))));
    assert.deepEqual(plain(builtInTrapCues()), plain(distinctCues(compiledSources(TRAP_CUES).map((c) => c.cue))));
    assert.ok(builtInCues().length > 1000 && builtInTrapCues().length > 500);
  });

  it('decode the model to the same table the trainer wrote', () => {
    const expected = modelTable(MODEL_WEIGHT_LIST);
    const actual = builtInModel();
    assert.deepEqual([...actual.pairs].sort((a, b) => a[0] - b[0]), [...expected.pairs].sort((a, b) => a[0] - b[0]));
    assert.deepEqual(actual.unigrams, expected.unigrams);
  });

  it('let a user term replace a built-in cue with the same pattern, on the user side', () => {
    const plain = createClassifier().classify('We reviewed the budget.');
    assert.equal(plain.label, 'how');
    const overridden = createClassifier({ whyTerms: ['budget'] }).classify('We reviewed the budget.');
    assert.ok(overridden.cues.some((cue) => cue.includes('budget') && cue.includes('why')), overridden.cues.join(', '));
  });
});
