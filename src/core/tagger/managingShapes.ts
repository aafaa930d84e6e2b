// Managing shown by a sentence's structure rather than by a managing word (issue 12): terse notes such
// as "Metres per day this week 4.2, down from 5." or "DNA rate 10%, up from 7%." show monitoring by
// setting a figure against another; "Have we got enough gloves for the weekend?" or "Two pallets
// left." show keeping a supply. English only.
//
// Each shape is one feature of the sentence model (sentenceModel.ts), value 1, whose weights are
// learned from the corpus like any word's (scripts/trainTagger.ts); none is a hand-set label. Unlike
// the shape features tried before (e9895e9, reverted), a shape here covers the words that show it and
// may be named as a cue, with the rule it follows: `"10 % up from 7 %" +how (a figure set against
// another)` (sentenceCues.ts). A bare number never is a cue: only the figures and the words that set
// them against each other, which a reader accepts as a figure checked against a plan or the past.
//
// The keys are fixed: a retrained table stores their weights beside the lexicon sums (modelTable.ts).
import { CLOCK, MONEY, NUM, PERCENT, type Token } from './tokens';
import { ARTICLE, FUNCTION_WORD, SHAPE_WORD } from './wordFlags';
import { SHAPE_FIGURES, SHAPE_SUPPLY } from './shapeNames';
import { AMOUNT_AFTER, AMOUNT_BEFORE, NUMBER_WORDS, PER } from './shapeWords';

/**
 * Words that set one figure against another between them: a change ("up from", "down to"), a
 * replacement ("not", "instead of"), a part of a whole ("of", "out of"), a comparison ("than",
 * "vs", "against", "over", "under"), a target ("target", "planned", "budget" stand as nouns here).
 */
const FIGURE_LINKS = new Set([
  'from', 'not', 'instead', 'of', 'out', 'than', 'vs', 'versus', 'against', 'over', 'under', 'up', 'down', 'target',
  'planned', 'plan', 'budget', 'budgeted', 'expected', 'estimate', 'estimated',
]);

/** Tokens that may sit between two figures besides a link: a unit or the thing counted, an article. */
const GAP = 4;

/** A figure: a number, percentage, sum of money or clock time (tokens.ts markers), or a number word. */
export function isFigure(token: Token): boolean {
  const stem = token.stem;
  return stem === NUM || stem === PERCENT || stem === MONEY || stem === CLOCK || NUMBER_WORDS.has(token.word);
}

/** Something features can be appended to (a FeatureList). */
export interface ShapeSink {
  push(key: number, first: number, last: number, factor: number, showable: boolean): void;
}

/**
 * The span of the first figure set against another in the sentence: two figures at most GAP tokens
 * apart with a link word between them ("10 % up from 7 %"), or a figure and "per" in one clause ("4.2
 * per day", "metres per day this week 4.2"); undefined when there is none.
 */
export function figuresSpan(tokens: readonly Token[]): { first: number; last: number } | undefined {
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (token.word === PER) {
      const span = figureInClause(tokens, at);
      if (span !== undefined) {
        return span;
      }
    }
    if (!isFigure(token)) {
      continue;
    }
    let linked = false;
    for (let next = at + 1; next < tokens.length && next <= at + GAP + 1; next++) {
      const after = tokens[next] as Token;
      if (isFigure(after)) {
        if (linked) {
          let last = next;
          while (last + 1 < tokens.length && (tokens[last + 1] as Token).stem === PERCENT) {
            last += 1;
          }
          return { first: at, last };
        }
        continue; // "10 %", "£ 40": the same figure.
      }
      linked ||= FIGURE_LINKS.has(after.word);
    }
  }
  return undefined;
}

/** The span from "per" at `at` to the nearest figure in its clause, either side. */
function figureInClause(tokens: readonly Token[], at: number): { first: number; last: number } | undefined {
  const clause = (tokens[at] as Token).clause;
  for (let distance = 1; distance < tokens.length; distance++) {
    const before = tokens[at - distance];
    const after = tokens[at + distance];
    const beforeIn = before !== undefined && before.clause === clause;
    const afterIn = after !== undefined && after.clause === clause;
    if (!beforeIn && !afterIn) {
      return undefined;
    }
    if (beforeIn && isFigure(before)) {
      return { first: at - distance, last: at };
    }
    if (afterIn && isFigure(after)) {
      return { first: at, last: at + distance };
    }
  }
  return undefined;
}

/** Quantifiers that, like a figure, can open "… left": "no gloves left", "any spare". */
const QUANTIFIERS = new Set(['no', 'any', 'enough', 'few', 'more', 'none']);

/** A word that can name the thing counted: not a function word (pronoun, preposition, time word) or a figure. */
function isThing(token: Token): boolean {
  return (token.flags & FUNCTION_WORD) === 0 && !isFigure(token);
}

/**
 * The span of the first amount on hand or needed: an amount word and the thing after it, articles
 * and "of" skipped ("enough of the gloves", "how many crates", "short of drivers"), or a figure or
 * quantifier with at most one word and then "left", "spare", "remaining" or "short" ("two left",
 * "no gloves left"), in one clause; undefined when there is none.
 */
export function supplySpan(tokens: readonly Token[]): { first: number; last: number } | undefined {
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const follows = AMOUNT_BEFORE.get(token.word);
    if (follows !== undefined) {
      let next = at + 1;
      if (!follows.has('')) {
        if (!follows.has(tokens[next]?.word ?? '')) {
          continue;
        }
        next += 1;
      }
      while (next < tokens.length && (((tokens[next] as Token).flags & ARTICLE) !== 0 || (tokens[next] as Token).word === 'of')) {
        next += 1;
      }
      const thing = tokens[next];
      if (thing !== undefined && thing.clause === token.clause && isThing(thing)) {
        return { first: at, last: next };
      }
    }
    if (AMOUNT_AFTER.has(token.word)) {
      for (let back = at - 1; back >= 0 && back >= at - 2; back--) {
        const before = tokens[back] as Token;
        if (before.clause !== token.clause) {
          break;
        }
        if (isFigure(before) || QUANTIFIERS.has(before.word)) {
          return { first: back, last: at };
        }
      }
    }
  }
  return undefined;
}

/**
 * Appends the sentence's shapes to `list`, each with the span that shows it, as features that may be
 * named. Every shape starts from a figure or a word flagged SHAPE_WORD (shapeWords.ts): a sentence
 * with neither, most of them, is not scanned, and one with a single such token and no other cannot
 * set two figures against each other either (figuresSpan needs two figures, or a figure and "per").
 */
export function pushShapes(list: ShapeSink, tokens: readonly Token[]): void {
  let starts = 0;
  for (let at = 0; at < tokens.length && starts < 2; at++) {
    const token = tokens[at] as Token;
    const stem = token.stem;
    if ((token.flags & SHAPE_WORD) !== 0 || stem === NUM || stem === PERCENT || stem === MONEY || stem === CLOCK) {
      starts += 1;
    }
  }
  if (starts === 0) {
    return;
  }
  if (starts >= 2) {
    const figures = figuresSpan(tokens);
    if (figures !== undefined) {
      list.push(SHAPE_FIGURES, figures.first, figures.last, 1, true);
    }
  }
  const supply = supplySpan(tokens);
  if (supply !== undefined) {
    list.push(SHAPE_SUPPLY, supply.first, supply.last, 1, true);
  }
}
