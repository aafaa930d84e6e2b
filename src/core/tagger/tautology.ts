// "A picker's a picker", "bodies is bodies", "Dienst ist Dienst": a noun said to be itself. In the
// guide's trap table the taskmaster treats people as interchangeable and gives no reasons ("the
// number is the number"); this one figure of speech says both, and no phrase list can hold every
// noun it is said of. Pure: reads the sentence's tokens only.
import type { TaggerLanguage } from './lemmaTable';
import type { Token } from './tokens';
import { ARTICLE, FUNCTION_WORD } from './wordFlags';

/** The forms of "to be" that join the two halves, per language (the word as written). */
const LINKS: Readonly<Record<TaggerLanguage, ReadonlySet<string>>> = {
  en: new Set(['is', 'are', 'was', 'were', 'be']),
  de: new Set(['ist', 'sind', 'war', 'waren', 'bleibt', 'bleiben']),
};

/**
 * True when the sentence says of a content word that it is itself: X (is) (a|the) X, within one
 * clause, with at least a link or an article between the two (so "very very" or "step step" is not
 * one). Linear in the tokens.
 */
export function saysItselfIs(tokens: readonly Token[], language: TaggerLanguage): boolean {
  const links = LINKS[language];
  for (let at = 0; at + 2 < tokens.length; at += 1) {
    const first = tokens[at] as Token;
    if ((first.flags & (FUNCTION_WORD | ARTICLE)) !== 0 || first.word.length < 3 || first.stem.startsWith('#')) {
      continue;
    }
    let next = at + 1;
    if (links.has((tokens[next] as Token).word)) {
      next += 1;
    }
    if (next < tokens.length && ((tokens[next] as Token).flags & ARTICLE) !== 0) {
      next += 1;
    }
    const second = tokens[next];
    if (next > at + 1 && second !== undefined && second.stem === first.stem && second.clause === first.clause) {
      return true;
    }
  }
  return false;
}
