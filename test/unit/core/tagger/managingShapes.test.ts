// The managing shapes (issue 12, shipped since the retrain of ad5b55e): structure a reader accepts as managing where no managing
// word is written, each named as a cue with its rule. Sentences are written for these tests.
import * as assert from 'node:assert/strict';
import { createClassifier } from '../../../../src/core/tagger/classify';
import { figuresSpan, pushShapes, supplySpan, type ShapeSink } from '../../../../src/core/tagger/managingShapes';
import { SHAPE_FIGURES, SHAPE_SUPPLY } from '../../../../src/core/tagger/shapeNames';
import type { SentenceModelTable } from '../../../../src/core/tagger/sentenceModel';
import { AMOUNT_AFTER, AMOUNT_BEFORE, NUMBER_WORDS } from '../../../../src/core/tagger/shapeWords';
import { tokenize } from '../../../../src/core/tagger/tokens';
import { SHAPE_WORD } from '../../../../src/core/tagger/wordFlags';

/** The words of a shape's span, as the tokeniser reads them, or undefined when it does not fire. */
function shown(span: (tokens: ReturnType<typeof tokenize>) => { first: number; last: number } | undefined, text: string): string | undefined {
  const tokens = tokenize(text, 'en');
  const found = span(tokens);
  return found === undefined ? undefined : tokens.slice(found.first, found.last + 1).map((token) => token.word).join(' ');
}

describe('managing shapes', () => {
  describe('a figure set against another', () => {
    it('fires on a figure against an earlier one, a replacement, a part of a whole and a rate', () => {
      assert.equal(shown(figuresSpan, 'Returns 4%, down from 6%.'), '4 % down from 6 %');
      assert.equal(shown(figuresSpan, 'Scaffold hire for the gable, 3 weeks not 5.'), '3 weeks not 5');
      assert.equal(shown(figuresSpan, 'Eleven of twenty rooms turned by noon.'), 'eleven of twenty');
      assert.equal(shown(figuresSpan, 'Tiles laid per hour today 12.'), 'per hour today 12');
    });

    it('does not fire on figures side by side with nothing setting one against the other, or on one figure', () => {
      assert.equal(shown(figuresSpan, 'I have worked here 12 years and 3 months.'), undefined);
      assert.equal(shown(figuresSpan, 'Two of us went for lunch by the river.'), undefined);
      assert.equal(shown(figuresSpan, 'Per her email, the party is on.'), undefined);
    });

    it('is named as a cue with its rule when it decides a sentence and its words hold a reason, never as figures alone', () => {
      // A model that weighs the shape alone: the sentence is how only through it.
      const model: SentenceModelTable = { biasWhy: -1, biasHow: -1, weights: new Map([[SHAPE_FIGURES, [0, 3] as const]]) };
      const classifier = createClassifier('en', {}, { model });
      const target = classifier.classify('Picks 20 against a target of 25.');
      assert.equal(target.label, 'how');
      assert.deepEqual(target.cues, ['"20 against a target of 25" +how (a figure set against another)']);
      // Figures alone ("1540 instead of 1100" was often a time or a count in the cue audits): still
      // how, but nothing shown as its reason.
      const read = classifier.classify('Returns 4%, down from 6%.');
      assert.equal(read.label, 'how');
      assert.deepEqual(read.cues, []);
      assert.equal(classifier.classify('Returns 4% this month.').label, 'unclear');
      // German is not read for shapes.
      assert.equal(createClassifier('de', {}, { model }).classify('Retouren 4 %, runter von 6 %.').label, 'unclear');
    });
  });

  describe('an amount on hand or needed', () => {
    it('fires on enough, how many, short of, run out of and a figure or quantifier with what is left', () => {
      assert.equal(shown(supplySpan, 'Is there enough grit for the car park if it freezes?'), 'enough grit');
      assert.equal(shown(supplySpan, 'How many crates will the cold room take?'), 'how many crates');
      assert.equal(shown(supplySpan, 'Short of drivers again on the early run.'), 'short of drivers');
      assert.equal(shown(supplySpan, 'Running out of the blue labels.'), 'running out of the blue');
      assert.equal(shown(supplySpan, 'Three pallets left.'), 'three pallets left');
      assert.equal(shown(supplySpan, 'No gloves spare in the store.'), 'no gloves spare');
    });

    it('does not fire on "enough" of a person\'s words, "left" as leaving, "how much" of a feeling, or enough alone', () => {
      assert.equal(shown(supplySpan, 'I have had enough of his excuses.'), undefined);
      assert.equal(shown(supplySpan, 'She left early to see her son play.'), undefined);
      assert.equal(shown(supplySpan, 'How much she has grown this year!'), undefined);
      assert.equal(shown(supplySpan, 'Enough.'), undefined);
    });

    it('is named as a cue with its rule when it decides a sentence and its words hold a reason', () => {
      const model: SentenceModelTable = { biasWhy: -1, biasHow: -1, weights: new Map([[SHAPE_SUPPLY, [0, 3] as const]]) };
      const classifier = createClassifier('en', {}, { model });
      const invoices = classifier.classify('Three invoices left.');
      assert.equal(invoices.label, 'how');
      assert.deepEqual(invoices.cues, ['"three invoices left" +how (an amount on hand or needed)']);
      const pallets = classifier.classify('Three pallets left.');
      assert.equal(pallets.label, 'how');
      assert.deepEqual(pallets.cues, [], 'a count of things alone is no reason shown');
    });
  });

  describe('which sentences are read for shapes', () => {
    const shapeWords = [...NUMBER_WORDS, 'per', ...AMOUNT_BEFORE.keys(), ...AMOUNT_AFTER];

    /** The shapes pushShapes appends, as `key first-last`. */
    function pushed(text: string): string[] {
      const found: string[] = [];
      const sink: ShapeSink = { push: (key, first, last) => found.push(`${key} ${first}-${last}`) };
      pushShapes(sink, tokenize(text, 'en'));
      return found;
    }

    /** What the two scans find over the whole sentence, in pushShapes' order. */
    function scanned(text: string): string[] {
      const tokens = tokenize(text, 'en');
      const figures = figuresSpan(tokens);
      const supply = supplySpan(tokens);
      return [
        ...(figures === undefined ? [] : [`${SHAPE_FIGURES} ${figures.first}-${figures.last}`]),
        ...(supply === undefined ? [] : [`${SHAPE_SUPPLY} ${supply.first}-${supply.last}`]),
      ];
    }

    it('flags every word a shape starts from, in any case and clause, and no other word', () => {
      for (const word of shapeWords) {
        for (const written of [word, word.toUpperCase(), `${word[0]?.toUpperCase()}${word.slice(1)}`]) {
          const tokens = tokenize(`a, b, c, d, e, f, g, h, i, We counted ${written} again.`, 'en');
          const token = tokens.find((candidate) => candidate.word === word);
          assert.ok(token !== undefined && (token.flags & SHAPE_WORD) !== 0, `${written} is flagged`);
        }
      }
      for (const token of tokenize("One person perhaps ran the left-over hours, twice; I'm fine, it's enough-ish.", 'en')) {
        assert.equal((token.flags & SHAPE_WORD) !== 0, shapeWords.includes(token.word), token.word);
      }
    });

    it('finds the same shapes as scanning every sentence, on sentences with and without shape words', () => {
      const sentences = [
        'Returns 4%, down from 6%.', 'Scaffold hire for the gable, 3 weeks not 5.', 'Eleven of twenty rooms turned by noon.',
        'Tiles laid per hour today 12.', 'Per her email, the party is on.', 'Two of us went for lunch by the river.',
        'Is there enough grit for the car park if it freezes?', 'How many crates will the cold room take?', 'Three pallets left.',
        'No gloves spare in the store.', 'She left early to see her son play.', 'Enough.', 'I explained why the change matters.',
        '£40 over budget, against £35 planned.', 'We ran out of time at 5pm.', 'Half the team short of sleep, 2 left.',
      ];
      for (const word of shapeWords) {
        for (const other of ['7', 'ten', 'per', 'gloves', 'of the', '%']) {
          sentences.push(`Kim had ${word} ${other} boxes, not 3.`, `${word} ${other} left per day`, `Only ${other}, ${word}.`);
        }
      }
      for (const text of sentences) {
        assert.deepEqual(pushed(text), scanned(text), text);
      }
    });
  });
});
