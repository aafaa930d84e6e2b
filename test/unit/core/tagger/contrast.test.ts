import * as assert from 'node:assert/strict';
import { CONTRAST_FACTOR, findContrast } from '../../../../src/core/tagger/contrast';
import { lemmaTable } from '../../../../src/core/tagger/lemmaTables';
import type { TaggerLanguage } from '../../../../src/core/tagger/lemmaTable';
import { tokenize, useLemmaTable } from '../../../../src/core/tagger/tokens';

// Sentences here are written for these tests (not taken from the corpus).

/** The words of a sentence that a contrast sets aside, in order. */
function setAside(text: string, language: TaggerLanguage): { words: string[]; markers: readonly string[] } {
  useLemmaTable(lemmaTable(language));
  const tokens = tokenize(text, language);
  const { factors, markers } = findContrast(tokens);
  return { words: tokens.filter((_, at) => (factors[at] ?? 1) === CONTRAST_FACTOR).map((token) => token.word), markers };
}

describe('contrast (the labelling guide, rule 3: label what the writer chose)', () => {
  afterEach(() => useLemmaTable(lemmaTable('en')));

  it('sets aside the alternative after "instead of" and "rather than", to the end of its clause', () => {
    assert.deepEqual(setAside('Instead of giving him the answer, I asked what he would try.', 'en'), { words: ['giving', 'him', 'the', 'answer'], markers: ['instead of'] });
    assert.deepEqual(setAside('I wrote the rota rather than another pep talk.', 'en').words, ['another', 'pep', 'talk']);
  });

  it('does not end an English alternative at a word German uses to turn a clause ("was", "will")', () => {
    assert.deepEqual(setAside('I rewrote the rota instead of what was agreed on Monday.', 'en').words, ['what', 'was', 'agreed', 'on', 'monday']);
    assert.deepEqual(setAside('Rather than hoping she will cope, I sat down with Mia.', 'en').words, ['hoping', 'she', 'will', 'cope']);
  });

  it('reads German contrasts too: "statt X", "anstatt X" and "nicht X, sondern Y"', () => {
    assert.deepEqual(setAside('Statt ihr die Lösung zu sagen, habe ich gefragt, was sie versuchen würde.', 'de'), { words: ['ihr', 'die', 'lösung', 'zu', 'sagen'], markers: ['statt'] });
    assert.deepEqual(setAside('Anstatt einer Rede über unsere Werte habe ich den Dienstplan verschickt.', 'de'), { words: ['einer', 'rede', 'über', 'unsere', 'werte'], markers: ['anstatt'] });
    const refused = setAside('Ich habe Lukas nicht gefragt, ob er die Verkostung will, sondern sie wie immer selbst gemacht.', 'de');
    assert.deepEqual(refused.words, ['gefragt', 'ob', 'er', 'die', 'verkostung', 'will']);
    assert.deepEqual(refused.markers, ['nicht']);
    assert.deepEqual(setAside('Das ist keine Aufgabenliste, sondern eine Einladung.', 'de').words, ['aufgabenliste']);
  });

  it('sets nothing aside where German has no contrast: a separable "statt", a plain "nicht", a "sondern" with no negation before it', () => {
    for (const text of ['Das Treffen findet am Montag statt.', 'Ich habe den Plan nicht geschickt.', 'Sondern was?']) {
      assert.deepEqual(setAside(text, 'de'), { words: [], markers: [] }, text);
    }
  });
});
