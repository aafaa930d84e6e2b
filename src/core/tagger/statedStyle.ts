// The situational-leadership style the user says they used, never one read between the lines: first
// their answer to the check-in's "Style I actually used" (in English or German), else a style they
// name in their own words ("a coaching style", "Stil: delegieren"). A check-in that asks and is not
// answered with a style has none. Reading a style from behaviour ("let her decide" → delegating) gave
// 1:1s that named no style a style, so it is not done.
import { asksItem, readAnswers } from '../entries/answers';
import { lazyPattern } from './lazyPattern';
import type { StyleId } from './types';

/** The item that asks for the style used (kinds.ts). */
export const STYLE_USED_ITEM = 'situational.style.used';

/** Cheap first look: the label of that item in either language (its answer is read only when present). */
const ASKS = /style i actually used|tatsächlich gewählter stil/i;

/**
 * A style word of either language, as an answer gives it: `coaching`, `delegieren`, `S2 — coaching`.
 * This and NAMED are built on first use (lazyPattern.ts): case-insensitive Unicode expressions cost a
 * case-folding of their letters when compiled, and most entries never need them.
 */
const STYLE_WORD = lazyPattern(String.raw`\b(direct(?:ing|ive)|anleit\w*|dirigier\w*|coach\w*|support(?:ing|ive)|unterstütz\w*|delegat(?:ing|e)|delegier\w*)`, 'iu');

/** A style named in prose: "a coaching style", "my style was directing", "einen coachenden Stil", "Stil: anleiten". */
const NAMED = lazyPattern([
  String.raw`\b(directing|directive|coaching|supporting|supportive|delegating)\s+(?:leadership\s+)?style\b`,
  String.raw`\bstyle\s*(?::|was|of)\s*(directing|coaching|supporting|delegating)\b`,
  String.raw`\b(anleitend\w*|dirigierend\w*|coachend\w*|unterstützend\w*|delegierend\w*)\s+(?:führungs)?stil`,
  String.raw`\bstil\s*(?::|war)\s*(anleiten|dirigieren|coachen|unterstützen|delegieren)\b`,
].join('|'), 'iu');

/**
 * Every match of NAMED holds "style" or "stil": `s`, `t`, then `y` or `i`, in any case, where the
 * `s` may also be the long s (ſ), which the case-insensitive Unicode match folds to `s`. A sentence
 * without those three letters in a row cannot match, and most sentences have none: this plain
 * expression (no Unicode case folding, no alternation) spares them the Unicode one, which was a
 * tenth of tagging a journal.
 */
const STYLE_LETTERS = /[Ssſ][Tt][YyIi]/;

export function mayNameStyle(text: string): boolean {
  return STYLE_LETTERS.test(text);
}

function styleOf(word: string): StyleId {
  const lower = word.toLowerCase();
  return lower.startsWith('coach') ? 'coaching'
    : lower.startsWith('support') || lower.startsWith('unterst') ? 'supporting'
      : lower.startsWith('delegat') || lower.startsWith('delegier') ? 'delegating'
        : 'directing';
}

/** The style in an answer's text, or null when it names none. */
export function styleInAnswer(answer: string): StyleId | null {
  const match = STYLE_WORD().exec(answer);
  return match?.[1] ? styleOf(match[1]) : null;
}

/**
 * The style the entry states: the answer to "Style I actually used" when the entry asks for it (null
 * when that answer names no style), else the first style a sentence of the user's names.
 */
export function statedStyle(markdown: string, sentences: readonly { readonly text: string }[]): StyleId | null {
  if (ASKS.test(markdown)) {
    const answer = readAnswers(markdown).get(STYLE_USED_ITEM);
    if (answer !== undefined) {
      return styleInAnswer(answer);
    }
    if (asksItem(markdown, STYLE_USED_ITEM)) {
      return null;
    }
  }
  for (let at = 0; at < sentences.length; at += 1) { // Indexed: a for…of allocates per step until compiled.
    const sentence = sentences[at] as { readonly text: string };
    const match = mayNameStyle(sentence.text) ? NAMED().exec(sentence.text) : null;
    const word = match?.slice(1).find((group) => group !== undefined);
    if (word) {
      return styleOf(word);
    }
  }
  return null;
}
