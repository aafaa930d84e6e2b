// Which language an entry is written in: English and German are read (each has its own lemma table
// and model); any other language is not, and its entry is labelled unclear with a message rather
// than guessed from a stray loanword ("plan", "budget"). The test is cheap and conservative: the
// function words of each language are counted over the whole of the user's text, in one pass.
import type { TaggerLanguage } from './lemmaTable';
import { lazyPattern } from './lazyPattern';

const ENGLISH = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'i', 'me',
  'my', 'we', 'our', 'us', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their', 'it', 'its', 'this',
  'that', 'these', 'those', 'is', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had', 'do', 'did', 'not', 'no',
  'so', 'if', 'what', 'which', 'who', 'why', 'how', 'when', 'where', 'all', 'every', 'just', 'will', 'would', 'can',
  'could', 'should', 'need', 'want', 'after', 'before', 'up', 'out', 'off', 'over', 'than', 'then', 'into', 'still',
  'because', 'again', 'today', 'tomorrow', 'week', 'next', 'each', 'one', 'two', 'three',
]);

const GERMAN = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'aber', 'ist', 'sind',
  'war', 'waren', 'nicht', 'ich', 'wir', 'sie', 'er', 'es', 'mit', 'zu', 'zum', 'zur', 'auf', 'auch', 'für', 'von', 'vom',
  'bei', 'nach', 'dass', 'wie', 'was', 'warum', 'mir', 'mich', 'uns', 'ihr', 'ihm', 'ihn', 'hat', 'habe', 'haben', 'hatte',
  'wird', 'werden', 'noch', 'schon', 'heute', 'morgen', 'woche', 'im', 'am', 'über', 'wenn', 'weil', 'sich', 'kein',
  'keine', 'mein', 'meine', 'heißt', 'jetzt', 'dann', 'nur',
]);

/** Frequent short words of French, Spanish, Portuguese, Italian, Dutch, the Nordic languages, Polish… */
const OTHER = new Set([
  'le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'pour', 'avec', 'que', 'qui', 'pas', 'je', 'nous', 'vous', 'il',
  'elle', 'ils', 'sur', 'dans', 'ce', 'cette', 'el', 'los', 'las', 'y', 'es', 'con', 'por', 'para', 'una', 'del', 'lo',
  'yo', 'su', 'muy', 'pero', 'como', 'o', 'os', 'um', 'uma', 'não', 'nao', 'em', 'com', 'di', 'che', 'della', 'sono',
  'per', 'non', 'gli', 'het', 'een', 'van', 'ik', 'niet', 'op', 'och', 'att', 'det', 'jag', 'en', 'av', 'som',
  'og', 'ikke', 'jeg', 'nie', 'się', 'jest', 'na', 'z', 'w', 'ze', 'do',
]);

/** The language of an entry's text: a language the tagger reads, `other`, or `none` when it has no words at all. */
export type DetectedLanguage = TaggerLanguage | 'other' | 'none';

/** Letters of any script (for text outside Latin-1), built on first use (lazyPattern.ts). */
const LETTER = lazyPattern(String.raw`\p{L}`, 'u');

/** Function words are short: a longer run of letters is not looked up. */
const MAX_FUNCTION_WORD = 8;

/**
 * The language of `text`: English or German when its function words are the most frequent of the
 * languages counted, `other` when another language's are, or when most of its letters are not Latin
 * (Cyrillic, Arabic, CJK…), `none` when it has no letters (code, emoji, numbers). One pass over the
 * code units; only short words are sliced and looked up.
 */
export function detectLanguage(text: string): DetectedLanguage {
  let english = 0;
  let german = 0;
  let other = 0;
  let letters = 0;
  let latin = 0;
  let start = -1;
  const count = (end: number): void => {
    if (start >= 0 && end - start <= MAX_FUNCTION_WORD) {
      const word = text.slice(start, end).toLowerCase();
      english += ENGLISH.has(word) ? 1 : 0;
      german += GERMAN.has(word) ? 1 : 0;
      other += OTHER.has(word) ? 1 : 0;
    }
    start = -1;
  };
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    let letter: boolean;
    if (code < 0x80) {
      letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
      latin += letter ? 1 : 0;
    } else if (code <= 0x24f) {
      letter = code >= 0xc0 && code !== 0xd7 && code !== 0xf7; // Latin-1 and Latin Extended letters
      latin += letter ? 1 : 0;
    } else {
      letter = LETTER().test(text.charAt(at));
    }
    if (letter) {
      letters++;
      if (start < 0) {
        start = at;
      }
    } else {
      count(at);
    }
  }
  count(text.length);
  if (letters === 0) {
    return 'none';
  }
  if (latin / letters < 0.8) {
    return 'other';
  }
  if (german > english && german >= other) {
    return 'de';
  }
  if (other > english && other > german) {
    return 'other';
  }
  return 'en';
}

/** Flags for {@link functionWordLanguage}. */
export const ENGLISH_WORD = 1;
export const OTHER_LANGUAGE_WORD = 2;

/** ENGLISH_WORD for an English function word, OTHER_LANGUAGE_WORD for another language's, else 0. */
export function functionWordLanguage(word: string): number {
  return ENGLISH.has(word) ? ENGLISH_WORD : OTHER.has(word) || GERMAN.has(word) ? OTHER_LANGUAGE_WORD : 0;
}
