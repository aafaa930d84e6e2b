// Per-word flags, computed once per distinct word by the tokeniser's word cache, so that the
// classifier and the entry-level readers test a bit instead of looking words up sentence by sentence.
import { ENGLISH_WORD, functionWordLanguage, OTHER_LANGUAGE_WORD } from './language';

export { ENGLISH_WORD, OTHER_LANGUAGE_WORD };
/** not, never, no, nobody, nothing, without, none, neither, nor. */
export const NEGATION = 4;
/** A word that can open a contrast: instead, rather, not, no (see contrast.ts). */
export const CONTRAST_WORD = 8;
/** i, me, my, myself: the writer. */
export const FIRST_PERSON = 16;

const NEGATIONS = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'without', 'none', 'neither', 'nor']);
const CONTRAST_WORDS = new Set(['instead', 'rather', 'not', 'no']);
const FIRST_PERSON_WORDS = new Set(['i', 'me', 'my', 'myself']);

export function wordFlags(word: string): number {
  return functionWordLanguage(word)
    | (NEGATIONS.has(word) ? NEGATION : 0)
    | (CONTRAST_WORDS.has(word) ? CONTRAST_WORD : 0)
    | (FIRST_PERSON_WORDS.has(word) ? FIRST_PERSON : 0);
}
