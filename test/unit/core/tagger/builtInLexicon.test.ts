import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GENERATED_LEXICON, GENERATED_MODELS, compiledSources, CUE_SOURCES, GERMAN_CUE_SOURCES, generatedSources } from '../../../../scripts/generateLexicon';
import { builtInCues, builtInCueTable, builtInTrapCues, decodeCueTable, encodeCueTable } from '../../../../src/core/tagger/builtInLexicon';
import { createClassifier } from '../../../../src/core/tagger/classify';
import { createLexicon, cueOf, distinctCues, type Cue, type PatternPart } from '../../../../src/core/tagger/lexicon';
import { BUILT_IN_STEMS } from '../../../../src/core/tagger/stemTable';
import { stemId, tokenize } from '../../../../src/core/tagger/tokens';
import { FUNCTION_IDS, STYLE_IDS } from '../../../../src/core/tagger/types';
import { GERMAN_TRAP_CUES, TRAP_CUES } from '../../../../src/core/tagger/trapCues';

describe('precompiled lexicon tables', () => {
  it('are exactly what the cue sources compile to with the shipped lemma tables, beside the models (run npm run train:tagger if not)', () => {
    const sources = generatedSources();
    assert.equal(readFileSync(GENERATED_LEXICON, 'utf8'), sources.lexicon);
    assert.equal(readFileSync(GENERATED_MODELS, 'utf8'), sources.models);
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

  it('round-trip a cue table: kinds, weights, wildcards, gaps, the longest pattern, and more kinds than one digit holds', () => {
    const stemList = Array.from({ length: BUILT_IN_STEMS.size }, (_, place) => BUILT_IN_STEMS.stemAt(place));
    const stems = new Map(stemList.map((stem, index) => [stem, index] as const));
    const known = [...stemList.slice(0, 8), stemList[stemList.length - 1] as string]; // Past 64: parts in two digits.
    const part = (text: string): PatternPart => (text === '*' ? '*' : text.startsWith('~') ? { gap: Number(text.slice(1)) } : stemId(text));
    const sides = ['why', 'how', 'stop'] as const;
    const specs: { cue: Cue<(typeof sides)[number]>; parts: string[] }[] = [];
    // 3 sides × (6 functions + none) × (4 styles + none) > 64 kinds: the kind index takes two digits.
    for (let index = 0; index < 100; index++) {
      const parts = index === 0 ? known : [known[index % 9] as string, ...(index % 3 === 0 ? ['*'] : index % 3 === 1 ? [`~${1 + (index % 9)}`] : []), known[(index + 4) % 9] as string];
      const fn = index % 7 === 0 ? null : FUNCTION_IDS[(index % 7) - 1] ?? null;
      const style = Math.floor(index / 7) % 5 === 0 ? null : STYLE_IDS[(Math.floor(index / 7) % 5) - 1] ?? null;
      const cue = cueOf(sides[Math.floor(index / 34)] as (typeof sides)[number], parts.join(' '), [0, 0.7, 2.5, -1.25, 1 / 3][index % 5] as number, fn, style, parts.map(part));
      assert.ok(cue !== undefined);
      specs.push({ cue, parts });
    }
    const table = encodeCueTable(specs, sides, stems);
    assert.equal(stems.size, stemList.length, 'no new stems registered');
    assert.match(table, /^[^;]*;[^;]*;2[12]2/, 'kinds in two digits, weights in one, parts in two');
    const plain = (cues: readonly Cue[]) => cues.map(({ side, weight, fn, style, pattern, literals }) => ({ side, weight, fn, style, pattern, literals }));
    assert.deepEqual(plain(decodeCueTable(table, sides)), plain(specs.map((spec) => spec.cue)));
    assert.equal(decodeCueTable(encodeCueTable([], sides, stems), sides).length, 0);
  });

  it('refuse a malformed cue table', () => {
    const first = BUILT_IN_STEMS.stemAt(0);
    const stems = new Map([[first, 0]]);
    const cue = cueOf('why', 'x', 1, null, null, [stemId(first)]);
    assert.ok(cue !== undefined);
    const table = encodeCueTable([{ cue, parts: [first] }], ['why'], stems);
    assert.throws(() => decodeCueTable(table.slice(0, -1), ['why']), /bad cue/); // Cut short.
    assert.throws(() => decodeCueTable(table.replace(/;(\d)(\d)(\d)A/, ';$1$2$3B'), ['why']), /bad cue/); // No such kind.
    assert.throws(() => encodeCueTable([{ cue, parts: [] }], ['why'], stems), /pattern parts/);
    assert.throws(() => encodeCueTable([{ cue, parts: ['no-such-stem'] }], ['why'], stems), /not in the stem table/);
  });

  it('match as a lexicon built from every cue at once would, in the same order, and count every cue', () => {
    const table = builtInCueTable();
    const eager = createLexicon(builtInCues(), [], true);
    assert.equal(table.size, builtInCues().length);
    for (const text of ['I explained why we set the deadline and followed up with the team.', 'We did not sign off the plan, instead we asked what the team needs.', 'Instead of giving him the answer, I asked him what he would do.']) {
      const tokens = tokenize(text);
      assert.deepEqual(table.match(tokens), eager.match(tokens), text);
    }
    assert.equal(table.get(builtInCues()[5] as Cue<'why' | 'how' | 'stop'>), 5);
    assert.equal(table.get(cueOf('why', 'x', 1, null, null, [stemId('plan')]) as Cue<'why'>), undefined, 'a cue of no table has no place');
  });

  it('let a user term count for the side the user names', () => {
    const plain = createClassifier('en').classify('We reviewed the budget.');
    assert.equal(plain.label, 'how');
    const overridden = createClassifier('en', { whyTerms: ['budget'] }).classify('We reviewed the budget.');
    assert.ok(overridden.cues.some((cue) => cue.includes('budget') && cue.includes('+why') && cue.includes('your term')), overridden.cues.join(', '));
  });
});
