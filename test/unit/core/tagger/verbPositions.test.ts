import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/tagger/classify';
import { tokenize } from '../../../../src/core/tagger/tokens';
import { EVIDENCE } from '../../../../src/core/tagger/wordFlags';

// Sentences here are written for these tests (not taken from the corpus). A person noun or role word
// that is also a verb is evidence where it stands as a verb, and a person where it stands as a noun.

/** Whether `word` of `text` is read as evidence (the first token written so). */
function isEvidence(text: string, word: string): boolean {
  const token = tokenize(text).find((candidate) => candidate.word === word);
  assert.ok(token, `"${word}" is a token of: ${text}`);
  return (token.flags & EVIDENCE) !== 0;
}

describe('verb positions: a person noun that is also a verb', () => {
  it('is evidence where it stands as a verb', () => {
    const verbs: readonly (readonly [string, string])[] = [
      ['Zubeida coaches each new trimmer for a week.', 'coaches'],
      ['I mentor two of the apprentices.', 'mentor'],
      ['Who leads the morning huddle now?', 'leads'],
      ['Coach her through the first week.', 'coach'],
      ['We want to coach the new starters ourselves.', 'coach'],
      ['Farah quietly mentors the night crew.', 'mentors'],
      ['She teaches them the new audit step by step.', 'teaches'],
      ['Our new supervisor heads the weekly review.', 'heads'],
    ];
    for (const [text, word] of verbs) {
      assert.ok(isEvidence(text, word), `"${word}" is evidence in: ${text}`);
    }
  });

  it('is not evidence where it names a person', () => {
    const nouns: readonly (readonly [string, string])[] = [
      ['The coach arrived at nine.', 'coach'],
      ['Our team lead asked for the numbers.', 'lead'],
      ['Her coach moved to another club.', 'coach'],
      ['The new chairs arrived on Tuesday.', 'chairs'],
      ['The coaches were late again.', 'coaches'],
      ['Team leads meet on Monday.', 'leads'],
    ];
    for (const [text, word] of nouns) {
      assert.ok(!isEvidence(text, word), `"${word}" is not evidence in: ${text}`);
    }
  });

  it('labels a sentence by the act, and shows the verb as its reason', () => {
    const result = classifySentence('Zubeida coaches each new trimmer for a week.');
    assert.equal(result.label, 'why', result.cues.join(' | '));
    assert.ok(result.cues.some((cue) => cue.startsWith('"coaches"')), result.cues.join(' | '));
    const noun = classifySentence('The coach arrived at nine.');
    assert.ok(!noun.cues.some((cue) => cue.includes('"coach"')), noun.cues.join(' | '));
  });

  it('reads "led" and "leading" as the act of leading, never "leader" or "leadership"', () => {
    assert.ok(isEvidence('I led the change on the ward.', 'led'));
    assert.ok(isEvidence('She is leading the rollout.', 'leading'));
    assert.ok(!isEvidence('A good leader listens.', 'leader'));
    assert.ok(!isEvidence('The leadership offsite is on Thursday.', 'leadership'));
  });
});
