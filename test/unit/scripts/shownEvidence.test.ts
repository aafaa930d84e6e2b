import * as assert from 'node:assert/strict';
import { englishLemmatizer } from '../../../scripts/tagger/lemmas/english';
import { germanLemmatizer } from '../../../scripts/tagger/lemmas/german';
import { englishShownRule, germanShownRule } from '../../../scripts/tagger/lemmas/shownEvidence';

// The build-time rule of which words may be shown as a reason (issue 12 item 3), read from the same
// NLP resources the lemma tables are made from (WordNet, german-pos-dict).

describe('shownEvidence (which words a person accepts as a reason)', function () {
  this.timeout(120_000);

  it('English: acts and working nouns are shown; plain speech, feelings, bare things and general words are not', () => {
    const lemmatizer = englishLemmatizer();
    const rule = englishShownRule(lemmatizer.wordnet, (word) => lemmatizer.isVerbForm(word), (word) => lemmatizer.nounOf(word), (word) => lemmatizer.verbOf(word));
    const shown = (word: string): boolean => rule.isShown(word, lemmatizer.family(word));
    for (const word of ['delegated', 'approved', 'negotiated', 'listened', 'explained', 'coached', 'rota', 'budget', 'deadline', 'checks', 'approval', 'trust', 'growth', 'honest', 'overdue']) {
      assert.equal(shown(word), true, word);
    }
    for (const word of ['told', 'asked', 'talked', 'heard', 'scared', 'worried', 'idea', 'course', 'courses', 'room', 'team', 'better', 'quick', 'kept', 'started', 'leader', 'the', 'priya']) {
      assert.equal(shown(word), false, word);
    }
  });

  it('German: acts, nouns of acts and working nouns with their compounds are shown; plain speech, particles and general words are not', () => {
    const lemmatizer = germanLemmatizer();
    const rule = germanShownRule((family) => lemmatizer.isVerb(family), (word) => lemmatizer.forms.has(word));
    const shown = (word: string): boolean => rule.isShown(word, lemmatizer.family(word) ?? word);
    for (const word of ['delegiert', 'erklärt', 'zugehört', 'dienstplan', 'schichtplan', 'frist', 'abrechnung', 'kapazität', 'ehrlich', 'pünktlich']) {
      assert.equal(shown(word), true, word);
    }
    for (const word of ['gesagt', 'erzählt', 'gefragt', 'telefoniert', 'zusammen', 'ganz', 'besser', 'team', 'woche', 'leiter', 'ihnen']) {
      assert.equal(shown(word), false, word);
    }
  });
});
