import { FUNCTION_WORD, OTHER_LANGUAGE_WORD, wordFlags } from './wordFlags';

// Spoken and regional German spellings read as the standard word they stand for: "gsagt" is
// "gesagt", "Leut" is "Leute", "jesagt" is "gesagt", "Johr" is "Jahr", "schaffe" is "schaffen",
// "fuer" is "für". Managers write their journals the way they speak; a dialect form the lemma
// tables do not know would otherwise be a word of its own that no training sentence taught.
//
// These are the regular sound and spelling correspondences of the main German dialect areas, not a
// list of words: the prefix ge- said as g- (Upper German; also after a separable prefix, or dropped
// there before a plosive or z), g said as j (Berlin, Rhineland), the final
// -e and -n dropped (nearly everywhere south of the Main), a final t written d (the softening
// dialects), long a said as o before h (Bavarian, Franconian), umlauts typed as ae/oe/ue and ß as ss.
// Softened plosives elsewhere in a word and o for a in general were tried and left out: they turned
// particles and names into other words ("dann" → "Tanne", "Lotte" → "Latte").
//
// Contract: `germanVariants(word)` lists spellings to try, in order, for a lower-case word that the
// table does not know; the caller takes the first one its table knows. Variants differ from the word
// by one change, or by one change and a restored final -e/-n; the fewest changes come first. Words
// shorter than MIN_LENGTH get none (short words are mostly names, particles and abbreviations, and a
// change of one letter in three makes another word too easily), and neither do function words of
// German or another language ("nicht" is not "Nichte"). The list is the same at build time and
// at run time, so the trainer and the tagger read a dialect word as the same family.

/** Shortest word that gets variants. */
export const MIN_LENGTH = 4;

const CONSONANT = /^[bcdfhklmnpqrstvwzß]/;
/** Separable verb prefixes, longest first, followed by at least three letters of the verb. */
const SEPARABLE = /^(zurück|wieder|durch|heraus|herein|vorbei|weiter|zusammen|über|unter|nach|fest|frei|hoch|raus|rein|weg|auf|aus|ein|mit|vor|her|hin|los|ab|an|um|zu)(?=[a-zäöüß]{3})/;
/** Where Upper German drops ge- entirely: before b, d, g, k, p, t and z ("zählt", "klebt"). */
const DROPPED_GE = /^[bdgkptz][a-zäöüß]/;

/** Spellings one regular change away, most frequent change first. */
function oneChange(word: string): string[] {
  const out: string[] = [];
  // Umlauts typed without the keyboard's umlaut keys ("fuer", "aendern", "moeglich"); ß as ss.
  const umlauts = word.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/ue/g, 'ü');
  if (umlauts !== word) {
    out.push(umlauts);
  }
  if (word.includes('ss')) {
    out.push(word.replace(/ss/g, 'ß'));
  }
  // ge- said as g- ("gsagt", "gmacht", "gschafft"), g said as j ("jesagt", "jemacht").
  if (word.startsWith('g') && CONSONANT.test(word.slice(1))) {
    out.push(`ge${word.slice(1)}`);
  }
  // The same after a separable prefix ("abgnomme", "umgschriebe", "durchgschaut"), and the ge- dropped
  // altogether before a plosive or z after one ("nachzählt", "abklebt": Swabian and Alemannic).
  const prefix = SEPARABLE.exec(word)?.[0];
  if (prefix !== undefined) {
    const rest = word.slice(prefix.length);
    if (rest.startsWith('g') && CONSONANT.test(rest.slice(1))) {
      out.push(`${prefix}ge${rest.slice(1)}`);
    } else if (DROPPED_GE.test(rest)) {
      out.push(`${prefix}ge${rest}`);
    }
  }
  if (word.startsWith('je')) {
    out.push(`g${word.slice(1)}`);
  }
  // Long a said as o before h ("Johr", "Zohl"); a final d for t ("Leud", "gud").
  if (word.includes('oh')) {
    out.push(word.replace('oh', 'ah'));
  }
  if (word.endsWith('d')) {
    out.push(`${word.slice(0, -1)}t`);
  }
  return out;
}

/** The dropped endings restored: final -e ("Leut", "Woch", "hätt"), the infinitive's -n ("schaffe"). */
function restoredEndings(word: string): string[] {
  return word.endsWith('e') ? [`${word}n`] : [`${word}e`, `${word}en`];
}

/** Spellings to try for an unknown lower-case German word, fewest changes first (see the file comment). */
export function germanVariants(word: string): string[] {
  if (word.length < MIN_LENGTH || (wordFlags(word, 'de') & (FUNCTION_WORD | OTHER_LANGUAGE_WORD)) !== 0) {
    return [];
  }
  const changed = oneChange(word);
  const seen = new Set<string>([word]);
  const out: string[] = [];
  const add = (variant: string): void => {
    if (!seen.has(variant)) {
      seen.add(variant);
      out.push(variant);
    }
  };
  for (const variant of restoredEndings(word)) {
    add(variant);
  }
  for (const variant of changed) {
    add(variant);
  }
  for (const variant of changed) {
    for (const ending of restoredEndings(variant)) {
      add(ending);
    }
  }
  return out;
}

