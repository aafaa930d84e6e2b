import * as assert from 'node:assert/strict';
import { englishLemmatizer } from '../../../scripts/tagger/lemmas/english';
import { germanLemmatizer } from '../../../scripts/tagger/lemmas/german';
import { englishShownRule, germanShownRule } from '../../../scripts/tagger/lemmas/shownEvidence';

// The build-time rule of which words may be shown as a reason (issue 12 item 3), read from the same
// NLP resources the lemma tables are made from (WordNet, german-pos-dict).

describe('shownEvidence (which words a person accepts as a reason)', function () {
  this.timeout(120_000);

  it('English: only listed acts, practices, tools and qualities are shown; everyday verbs, parties, things and feelings are not', () => {
    const lemmatizer = englishLemmatizer();
    const rule = englishShownRule((word) => lemmatizer.isVerbForm(word), (word) => lemmatizer.nounOf(word));
    const shown = (word: string): boolean => rule.isShown(word, lemmatizer.family(word));
    for (const word of ['delegated', 'delegation', 'scheduled', 'approved', 'approval', 'negotiated', 'audit', 'listened', 'explained',
      'coached', 'mentored', 'encouraged', 'thanked', 'praised', 'rota', 'budget', 'deadline', 'checks', 'trust', 'vision',
      'purpose', 'challenge', 'growth', 'honest', 'overdue', 'booked', 'signed', 'staffing']) {
      assert.equal(shown(word), true, word);
    }
    for (const word of ['told', 'asked', 'talked', 'heard', 'scared', 'worried', 'idea', 'course', 'room', 'team', 'better', 'quick',
      'kept', 'started', 'leader', 'the', 'priya', 'fix', 'fixed', 'admit', 'admitted', 'vendor', 'supplier', 'spreadsheet', 'change',
      'meeting', 'shift', 'sign', 'book', 'briefing', 'taught', 'sent', 'learned']) {
      assert.equal(shown(word), false, word);
    }
  });

  it('German: only listed acts, working nouns and their compounds are shown; plain verbs, places, fillers and particles are not', () => {
    const lemmatizer = germanLemmatizer();
    const rule = germanShownRule((family) => lemmatizer.isVerb(family));
    const shown = (word: string): boolean => rule.isShown(word, lemmatizer.family(word) ?? word);
    for (const word of ['delegiert', 'erklärt', 'zugehört', 'gelobt', 'verhandelt', 'dienstplan', 'schichtplan', 'urlaubsplanung',
      'weiterbildungsbudget', 'seilprüfung', 'frist', 'kapazität', 'ehrliche', 'pünktlich', 'geschult']) {
      assert.equal(shown(word), true, word);
    }
    for (const word of ['gesagt', 'erzählt', 'gefragt', 'telefoniert', 'geschickt', 'zusammen', 'ganz', 'besser', 'team', 'woche',
      'leiter', 'ihnen', 'ehrlich', 'werkstatt', 'schule', 'lieferant', 'tabelle']) {
      assert.equal(shown(word), false, word);
    }
  });
});
