// Word classes, for what phrase lists cannot enumerate: a sentence that pairs a kind of act with a
// kind of object ("cancelled" + "debrief", "rewrote" + someone's work, "said" + "no" after an idea).
// Each class is one bit; a stem may be in several classes. The tagger computes a sentence's class
// mask once (one array read per token, by stem id) and the entry-level readers (traps.ts, functions.ts,
// style.ts) test bits. The bits are in wordClassBits.ts; the words, written as plain words, are in
// wordClassWords.ts and stemmed with the tokeniser's stemmer at build time (CLASS_STEMS).
import { stemList } from './builtInLexicon';
import { CLASS_STEMS } from './lexiconTable.generated';
import { MAX_STEM_ID, NUM, stemId, type Token } from './tokens';
import { FIRST_PERSON } from './wordFlags';
import { CONTROL, OTHER_PERSON, REDO, SPEECH } from './wordClassBits';

export * from './wordClassBits';

/** Stem id → class bits (0 for none): a typed array, since the ids are scattered. Stems registered in the words' order. */
const CLASS_OF: Int32Array = (() => {
  const bits = new Int32Array(MAX_STEM_ID);
  const names = stemList();
  const rows = CLASS_STEMS.split('|');
  for (let place = 0; place < rows.length; place += 1) {
    const stems = (rows[place] as string).split(' ');
    const bit = 1 << place;
    for (let at = 0; at < stems.length; at += 1) {
      const code = stems[at] as string;
      const digit = code.charCodeAt(0) - 48;
      const id = stemId(digit >= 0 && digit <= 9 ? names[Number(code)] as string : code);
      bits[id] = (bits[id] as number) | bit;
    }
  }
  return bits;
})();

function classOf(token: Token): number {
  return CLASS_OF[token.id] as number;
}

/** The class bits of a whole sentence: the union over its tokens. */
export function sentenceClasses(tokens: readonly Token[]): number {
  let mask = 0;
  for (const token of tokens) {
    mask |= classOf(token);
  }
  return mask;
}

/** True when the mask has any of the bits. */
export function has(mask: number, bits: number): boolean {
  return (mask & bits) !== 0;
}

/** The writer acts or speaks: "I", "me", "my", or a subject-less report ("Told him…", "Rewrote…"). */
export function isByWriter(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (first === undefined) {
    return false;
  }
  for (const token of tokens) {
    if ((token.flags & FIRST_PERSON) !== 0) {
      return true;
    }
  }
  return first.word.endsWith('ed') || has(classOf(first), SPEECH | CONTROL | REDO);
}

const POSSESSIVE_NAME = /(?:^|\s)[A-Z][a-z]+['’]s\b/;

/** The sentence points at someone else: a pronoun, or a possessive name ("Femi's"). */
export function mentionsOther(mask: number, text: string): boolean {
  return has(mask, OTHER_PERSON) || POSSESSIVE_NAME.test(text);
}

/** "have not", "has not", "had not": an undone thing. */
export function hasPerfectNegation(tokens: readonly Token[]): boolean {
  for (let at = 1; at < tokens.length; at += 1) {
    if ((tokens[at] as Token).word === 'not') {
      const before = (tokens[at - 1] as Token).word;
      if (before === 'have' || before === 'has' || before === 'had') {
        return true;
      }
    }
  }
  return false;
}

/** A number anywhere in the sentence. */
export function hasNumber(tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.stem === NUM);
}
