import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/tagger/classify';
import type { TaggerLanguage } from '../../../../src/core/tagger/lemmaTable';
import { patternStems } from '../../../../src/core/tagger/lexicon';

// The follow-through cues (howCues.ts followThrough, germanCues.ts "Nachhalten"): a commitment made,
// chased, put off or waved away is managing (corpus/GUIDE.md rules 1 and 2), and the phrase wins over
// the care or trust word inside it. Sentences written for these tests (not taken from the corpus).

/** A cue as the compiled lexicon names it (its phrase as stems), with its side: `phrase:side`. */
function cueName(phraseAndSide: string, language: TaggerLanguage): string {
  const [phrase, side] = phraseAndSide.split(':') as [string, string];
  return `${patternStems(phrase, language).join(' ')}:${side}`;
}

/** The lexicon's matches in a sentence, as `phrase:side`. */
function matched(text: string, language: TaggerLanguage = 'en'): string[] {
  return classifySentence(text, language).matches.map((match) => `${match.cue.phrase}:${match.cue.side}`);
}

describe('follow-through cues', () => {
  const cases: readonly (readonly [TaggerLanguage, string, string, string | undefined])[] = [
    // [language, sentence, the how cue it must match, a why cue the phrase silences]
    ['en', 'I told Sam not to worry about the details of the launch.', 'worry about the details:how', 'worry:why'],
    ['en', 'I will ring the venue when things calm down.', 'when things calm down:how', 'calm:why'],
    ['en', 'Priti asked again about the van booking.', 'ask again:how', undefined],
    ['en', 'We still have not decided who prints the menus.', 'decide who:how', undefined],
    ['en', 'I promised the porters I would get them new trolleys.', 'promise ~3 would:how', undefined],
    ['de', 'Jonas hat zweimal nachgefragt, wann die Schichtliste kommt.', 'zweimal nachgefragt:how', 'nachfragen:why'],
    ['de', 'Den Anruf beim Vermieter hab ich verschwitzt.', 'verschwitzt:how', undefined],
    ['de', 'Wer die Kasse macht, haben wir offengelassen.', 'offengelassen:how', undefined],
  ];
  for (const [language, text, cue, silenced] of cases) {
    it(`${language}: "${text}" matches ${cue}`, () => {
      const found = matched(text, language);
      assert.ok(found.includes(cueName(cue, language)), `${cue} not among: ${found.join(', ')}`);
      if (silenced !== undefined) {
        assert.ok(!found.includes(cueName(silenced, language)), `${silenced} still matched: ${found.join(', ')}`);
      }
    });
  }

  it('leaves care without a commitment to the why side', () => {
    const found = matched('I asked her how she was coping after the funeral.');
    assert.ok(!found.some((cue) => cue.endsWith(':how')), found.join(', '));
  });
});
