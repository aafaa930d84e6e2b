// Is a sentence English enough to classify? The lexicon is English, so text in another language
// or script must come out neutral rather than be guessed from a stray loanword ("plan", "budget").
// The test is cheap and conservative: mostly Latin letters, and more English function words than
// function words of the other common Latin-script languages.
const ENGLISH = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'i', 'me',
  'my', 'we', 'our', 'us', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their', 'it', 'its', 'this',
  'that', 'these', 'those', 'is', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had', 'do', 'did', 'not', 'no',
  'so', 'if', 'what', 'which', 'who', 'why', 'how', 'when', 'where', 'all', 'every', 'just', 'will', 'would', 'can',
  'could', 'should', 'need', 'want', 'after', 'before', 'up', 'out', 'off', 'over', 'than', 'then', 'into', 'still',
  'because', 'again', 'today', 'tomorrow', 'week', 'next', 'each', 'one', 'two', 'three',
]);

/** Frequent short words of French, Spanish, Portuguese, Italian, German, Dutch, Swedish, Polish… */
const OTHER = new Set([
  'le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'pour', 'avec', 'que', 'qui', 'pas', 'je', 'nous', 'vous', 'il',
  'elle', 'ils', 'sur', 'dans', 'ce', 'cette', 'el', 'los', 'las', 'y', 'es', 'con', 'por', 'para', 'una', 'del', 'lo',
  'yo', 'su', 'muy', 'pero', 'como', 'o', 'os', 'um', 'uma', 'não', 'nao', 'em', 'com', 'di', 'che', 'della', 'sono',
  'per', 'non', 'gli', 'der', 'die', 'das', 'und', 'ist', 'nicht', 'ich', 'wir', 'sie', 'mit', 'ein', 'eine', 'den',
  'dem', 'zu', 'auf', 'auch', 'het', 'een', 'van', 'ik', 'niet', 'op', 'och', 'att', 'det', 'jag', 'en', 'av', 'som',
  'och', 'er', 'og', 'ikke', 'jeg', 'nie', 'się', 'sie', 'jest', 'na', 'z', 'w', 'ze', 'do', 'to',
]);

function isAscii(text: string): boolean {
  for (let at = 0; at < text.length; at += 1) {
    if (text.charCodeAt(at) > 127) {
      return false;
    }
  }
  return true;
}

/** Share of letters that are Latin (a–z with accents); the rest are other scripts. Emoji are not letters. */
function latinLetterShare(text: string): number {
  let latin = 0;
  let letters = 0;
  for (const char of text) {
    if (/\p{L}/u.test(char)) {
      letters += 1;
      if (/\p{Script=Latin}/u.test(char)) {
        latin += 1;
      }
    }
  }
  return letters === 0 ? 0 : latin / letters;
}

/** Flags for {@link functionWordLanguage}. */
export const ENGLISH_WORD = 1;
export const OTHER_LANGUAGE_WORD = 2;

/** ENGLISH_WORD for an English function word, OTHER_LANGUAGE_WORD for another language's, else 0. Both lists: English. */
export function functionWordLanguage(word: string): number {
  return ENGLISH.has(word) ? ENGLISH_WORD : OTHER.has(word) ? OTHER_LANGUAGE_WORD : 0;
}

interface FlaggedToken {
  /** Bit flags from wordFlags.ts; ENGLISH_WORD and OTHER_LANGUAGE_WORD are read here. */
  readonly flags: number;
}

/**
 * True when the sentence can be read by the English lexicon. For ASCII text the tokens' language
 * flags (set by the tokeniser from its word cache) are counted; other text is split into words here,
 * since the tokeniser keeps only a–z.
 */
export function isEnglish(text: string, tokens: readonly FlaggedToken[]): boolean {
  if (isAscii(text)) {
    let english = 0;
    let other = 0;
    for (const token of tokens) {
      english += token.flags & ENGLISH_WORD ? 1 : 0;
      other += token.flags & OTHER_LANGUAGE_WORD ? 1 : 0;
    }
    return tokens.length > 0 && other <= english && !(tokens.length >= 4 && english === 0 && other > 0);
  }
  if (latinLetterShare(text) < 0.8) {
    return false;
  }
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let english = 0;
  let other = 0;
  for (const word of words) {
    const language = functionWordLanguage(word);
    english += language === ENGLISH_WORD ? 1 : 0;
    other += language === OTHER_LANGUAGE_WORD ? 1 : 0;
  }
  if (other > english) {
    return false;
  }
  // A run of letters English rarely uses ("café" alone is fine) with no English function word.
  const accented = (text.match(/[àâäãåçèêëìîïñòôöõøùûüÿßąćęłńśźżőű]/giu) ?? []).length;
  return !(words.length >= 4 && english === 0 && (other > 0 || accented >= 2));
}
