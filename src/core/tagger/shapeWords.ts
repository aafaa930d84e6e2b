// The words the managing shapes (managingShapes.ts) start from, apart from the rules that read them:
// the tokeniser's word cache marks each with the SHAPE_WORD flag (wordFlags.ts) as the word is
// written, so the shapes are looked for only in a sentence that holds one, or a figure. No imports.

/** Number words that are figures (not "one", which is also a pronoun). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'hundred', 'dozen', 'half',
]);

/** Words that ask for or state an amount before the thing ("enough gloves", "how many crates"). */
export const AMOUNT_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['enough', new Set([''])], ['how', new Set(['many', 'much'])], ['short', new Set(['of'])], ['low', new Set(['on'])],
  ['run', new Set(['out'])], ['ran', new Set(['out'])], ['running', new Set(['out', 'low'])],
]);

/** Words that state what remains after a figure or a quantifier ("two left", "no gloves spare", "3 short"). */
export const AMOUNT_AFTER: ReadonlySet<string> = new Set(['left', 'spare', 'remaining', 'short']);

/** "per" opens a rate ("4.2 per day"). */
export const PER = 'per';

/**
 * Whether a word, as written and lower-cased, is one a shape starts from: a number word, "per", or an
 * amount word of AMOUNT_BEFORE or AMOUNT_AFTER. A shape's span starts from such a word or from a
 * figure the tokeniser made (a number, a sum, a percentage, a clock time).
 */
export function isShapeWord(word: string): boolean {
  return NUMBER_WORDS.has(word) || word === PER || AMOUNT_BEFORE.has(word) || AMOUNT_AFTER.has(word);
}
