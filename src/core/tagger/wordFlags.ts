// Per-word flags, computed once per distinct word by the tokeniser's word cache, so that the
// classifier and the entry-level readers test a bit instead of looking words up sentence by sentence.
import { ENGLISH_WORD, functionWordLanguage, OTHER_LANGUAGE_WORD } from './language';
import type { TaggerLanguage } from './lemmaTable';

export { ENGLISH_WORD, OTHER_LANGUAGE_WORD };
/** not, never, no, nobody, nothing, without, none, neither, nor (German: nicht, nie, kein, …). */
export const NEGATION = 4;
/** A word that can open a contrast: instead, rather, not, no (German: statt, anstatt, sondern, nicht). */
export const CONTRAST_WORD = 8;
/** i, me, my, myself (German: ich, mich, mir, mein…): the writer. */
export const FIRST_PERSON = 16;
/**
 * A word that may be shown as evidence: its lemma table marks it so (lemmaTable.ts). Function
 * words, numbers, role nouns and words that only name a thing, time, group or person never are.
 */
export const EVIDENCE = 32;
/**
 * A particle or question word that can complete a two-word cue with an evidence word next to it:
 * "follow up", "step back", "explained why", "asked what".
 */
export const PARTICLE = 64;
/**
 * An article, of either language: skipped between the two words of a two-word cue ("set a
 * deadline"). One set for both languages, whatever the word's language (sentenceModel.ts).
 */
export const ARTICLE = 128;

const NEGATIONS: Record<TaggerLanguage, ReadonlySet<string>> = {
  en: new Set(['not', 'never', 'no', 'nobody', 'nothing', 'without', 'none', 'neither', 'nor']),
  de: new Set(['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'niemand', 'nichts', 'ohne', 'weder', 'noch']),
};
const CONTRAST_WORDS: Record<TaggerLanguage, ReadonlySet<string>> = {
  en: new Set(['instead', 'rather', 'not', 'no']),
  de: new Set(['statt', 'anstatt', 'sondern', 'nicht', 'kein', 'keine']),
};
const FIRST_PERSON_WORDS: Record<TaggerLanguage, ReadonlySet<string>> = {
  en: new Set(['i', 'me', 'my', 'myself']),
  de: new Set(['ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines']),
};
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer']);
const PARTICLES: Record<TaggerLanguage, ReadonlySet<string>> = {
  en: new Set(['up', 'off', 'back', 'out', 'in', 'over', 'through', 'down', 'on', 'why', 'what', 'how', 'forward', 'ahead', 'away', 'together']),
  de: new Set(['warum', 'wieso', 'weshalb', 'wozu', 'was', 'wie']),
};

export function wordFlags(word: string, language: TaggerLanguage = 'en'): number {
  return (language === 'en' ? functionWordLanguage(word) : 0)
    | (NEGATIONS[language].has(word) ? NEGATION : 0)
    | (CONTRAST_WORDS[language].has(word) ? CONTRAST_WORD : 0)
    | (FIRST_PERSON_WORDS[language].has(word) ? FIRST_PERSON : 0)
    | (PARTICLES[language].has(word) ? PARTICLE : 0)
    | (ARTICLES.has(word) ? ARTICLE : 0);
}
