import * as assert from 'node:assert/strict';
import { classifySentence, createClassifier, type SentenceClassification } from '../../../../src/core/tagger/classify';
import { compileCues, createLexicon } from '../../../../src/core/tagger/lexicon';
import { stemWord, tokenize } from '../../../../src/core/tagger/tokens';

// Sentences here are written for these tests (not taken from the fixtures).

function words(text: string): string {
  return ` ${tokenize(text).map((token) => token.word).join(' ')} `;
}

/** Every quoted cue is words of the sentence (as the tokeniser reads it), on the side it claims. */
function assertTraceable(text: string, result: SentenceClassification): void {
  assert.ok(result.cues.length > 0, `no cues for: ${text}`);
  assert.ok(result.cues.some((cue) => cue.endsWith(`+${result.label}`)), `no cue for the label ${result.label}: ${result.cues.join(' | ')}`);
  for (const cue of result.cues) {
    const quoted = /"([^"]+)"/.exec(cue)?.[1];
    if (quoted !== undefined && !cue.startsWith('negated') && !cue.startsWith('contrast')) {
      assert.ok(words(text).includes(` ${quoted} `), `cue "${quoted}" is not in: ${text}`);
    }
  }
}

describe('classifySentence', () => {
  describe('labels by what the sentence is about', () => {
    const cases: readonly (readonly [string, 'why' | 'how'])[] = [
      ['I explained to the night team why the new handover protects patients, not just the paperwork.', 'why'],
      ['Booked two agency drivers for the Saturday run and sent them the route sheet.', 'how'],
      ['Told Priya how much her calm on the phones steadied everyone during the outage.', 'why'],
      ['Moved the stock count to Monday morning so the tills are quiet.', 'how'],
      ['We are 9% over budget on overtime this quarter.', 'how'],
      ['I want the apprentices to feel this is a place where their ideas get heard.', 'why'],
    ];
    for (const [text, label] of cases) {
      it(`${label}: ${text}`, () => {
        const result = classifySentence(text);
        assert.equal(result.label, label, result.cues.join(' | '));
        assertTraceable(text, result);
      });
    }
  });

  it('does not flip a topic on negation (label the missing topic) and reports the negation', () => {
    const why = classifySentence("I never explained to the crew why we changed the supplier.");
    assert.equal(why.label, 'why');
    const how = classifySentence("I didn't order the spare tyres in time.");
    assert.equal(how.label, 'how');
    assert.ok(how.cues.includes('negated: "did not" (the topic still counts)'), how.cues.join(' | '));
  });

  it('weights the chosen behaviour in a contrast', () => {
    const coaching = classifySentence('Instead of giving him the answer, I asked what he would try.');
    assert.equal(coaching.label, 'why');
    assert.ok(coaching.cues.some((cue) => cue.startsWith('contrast: the part after "instead of"')), coaching.cues.join(' | '));
    const admin = classifySentence('Rather than a speech about our purpose, I just emailed the new rota.');
    assert.equal(admin.label, 'how', admin.cues.join(' | '));
    const after = classifySentence('I spent the catch-up on her career rather than her ticket queue.');
    assert.equal(after.label, 'why', after.cues.join(' | '));
  });

  it('labels reported speech by its content', () => {
    assert.equal(classifySentence('Priya said she feels nobody notices her work any more.').label, 'why');
    assert.equal(classifySentence('Sam said the van cannot take another pallet on Thursday.').label, 'how');
  });

  it('catches paraphrases without the obvious keywords', () => {
    assert.equal(classifySentence('Took the new starter for coffee to hear what she hopes to learn here.').label, 'why');
    assert.equal(classifySentence('Swapped the Tuesday and Thursday cover so the lab is never empty.').label, 'how');
    assert.equal(classifySentence('Let the porters pick their own break pattern this month.').label, 'why');
  });

  it('is neutral, with zero scores, for no evidence, no text or text that is not English', () => {
    for (const text of [
      '', '   ', 'Long day.', '😀🎉👍', 'שלום לכולם, הפגישה נדחתה למחר', 'مرحبا بالفريق، الموعد النهائي غدا',
      'Hemos revisado el plan de ventas con el equipo.', 'Ich habe mit dem Team über den Plan gesprochen.',
      "J'ai parlé du budget avec l'équipe ce matin.", '今日はチームと計画について話しました。',
    ]) {
      const result = classifySentence(text);
      assert.equal(result.label, 'neutral', text);
      assert.equal(result.whyScore, 0, text);
      assert.equal(result.howScore, 0, text);
      assert.deepEqual(result.cues, [], text);
    }
  });

  it('gives scores in [0, 1] that sum to 1 for a labelled sentence', () => {
    for (const text of ['Chased the courier twice about the missing parcels.', 'Thanked Ana in front of the team for the rescue.']) {
      const result = classifySentence(text);
      assert.ok(result.whyScore >= 0 && result.whyScore <= 1);
      assert.ok(result.howScore >= 0 && result.howScore <= 1);
      assert.equal(Math.round((result.whyScore + result.howScore) * 100), 100);
      assert.equal(result.label, result.whyScore > result.howScore ? 'why' : 'how');
    }
  });

  it('names Kotter functions and a style where the cues show them', () => {
    const planning = classifySentence('Set the deadline for Friday and put the schedule on the board.');
    assert.ok(planning.functions.includes('planning'), planning.functions.join(','));
    const delegating = classifySentence('Let the shift leads decide the break pattern themselves; the call is theirs.');
    assert.equal(delegating.style, 'delegating');
    assert.ok(delegating.functions.includes('motivation'));
  });

  it('extends the lexicon with user terms (same matching, a fixed weight)', () => {
    const plain = createClassifier();
    assert.equal(plain.classify('The zorblax again.').label, 'neutral');
    const custom = createClassifier({ howTerms: ['zorblax'], whyTerms: ['town meeting', 'huddle'] });
    const how = custom.classify('The zorblaxes again.');
    assert.equal(how.label, 'how');
    assert.ok(how.cues.includes('"zorblaxes" +how'), how.cues.join(' | '));
    assert.equal(custom.classify('The town meetings.').label, 'why');
    // A user term overrides a built-in cue with the same words.
    const overriding = createClassifier({ whyTerms: ['rota'] });
    assert.equal(overriding.classify('The rota.').label, 'why');
  });

  it('is deterministic', () => {
    const text = 'Asked Mo what he would change about the rota before I drafted it.';
    assert.deepEqual(classifySentence(text), classifySentence(text));
    assert.deepEqual(createClassifier().classify(text).cues, createClassifier().classify(text).cues);
  });
});

describe('lexicon matching', () => {
  it('matches stems, gaps and wildcards, and lets a longer phrase win an overlap', () => {
    const lexicon = createLexicon([
      ...compileCues('why', [['ask ~3 what', 2], ['care', 1]]),
      ...compileCues('how', [['sign off', 2], ['order', 1]]),
      ...compileCues('stop', [['in order to', 0], ['care home', 0]]),
    ]);
    const found = (text: string): string[] => lexicon.match(tokenize(text)).map((match) => `${match.cue.side}:${match.cue.phrase}`);
    assert.deepEqual(found('I asked the whole team what they think'), ['why:ask ~3 what']);
    assert.deepEqual(found('Signing off the orders'), ['how:sign off', 'how:order']);
    assert.deepEqual(found('In order to visit the care home'), ['stop:in order to', 'stop:care home']);
    assert.deepEqual(found('I asked if the five people on the team knew what'), []);
  });

  it('stems consistently', () => {
    assert.equal(stemWord('planned'), stemWord('planning'));
    assert.equal(stemWord('plans'), 'plan');
    assert.equal(stemWord('changed'), stemWord('change'));
    assert.equal(stemWord('told'), 'tell');
  });

  it('reads contractions, numbers, money and times as the lexicon expects', () => {
    assert.deepEqual(tokenize("We didn't pay £4,200 at 5 a.m. (12%)").map((token) => token.stem),
      ['we', 'do', 'not', 'pay', '#money', '#num', 'at', '#clock', '#num', '#pct']);
  });
});
