// Contrast: in "instead of X, Y", "Y rather than X", "not just X", "isn't about X, it's about Y",
// "Y, not X" (German: "statt X", "anstatt X", "nicht X, sondern Y") the writer names an alternative (X) to set it aside. The labelling guide labels the
// behaviour actually chosen (Y), so the tokens of X count for little. X runs from just after the
// marker to the end of its clause (a comma, semicolon, colon, bracket or dash) or to a "but".
import type { Token } from './tokens';
import { CONTRAST_WORD as CONTRAST_WORD_FLAG } from './wordFlags';

const CONTRAST_WORD = CONTRAST_WORD_FLAG; // A local binding: read in a loop.

/** Factor applied to cues inside the rejected part of a contrast. */
export const CONTRAST_FACTOR = 0.2;

/** Contrast markers, as word sequences (after contraction expansion: "isn't about" is "is not about"). */
const MARKERS: readonly (readonly string[])[] = [
  ['instead', 'of'], ['rather', 'than'], ['not', 'just'], ['not', 'only'], ['not', 'simply'], ['not', 'merely'],
  ['not', 'about'], ['not', 'to'], ['not', 'here', 'to'], ['not', 'there', 'to'], ['no', 'longer'],
  // German: "statt X, Y" / "anstatt X". ("nicht X, sondern Y" is found from its "sondern": see below.)
  ['statt'], ['anstatt'],
];

/**
 * Where a German "statt X" (and only a German marker) with no comma after it ends: the finite verb or the subject of the clause
 * the writer chose ("Statt einer Rede habe ich den Plan verschickt"), as far as a word list knows them.
 */
const GERMAN_CLAUSE_TURN = new Set([
  'ich', 'wir', 'habe', 'hat', 'haben', 'hatte', 'hatten', 'bin', 'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde',
  'will', 'wollen', 'wollte', 'muss', 'müssen', 'musste', 'kann', 'können', 'konnte', 'soll', 'sollen', 'sollte', 'sondern',
]);

/** German negations that a later "sondern" turns into a set-aside alternative. */
const GERMAN_NOT = new Set(['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines']);

function markerAt(tokens: readonly Token[], at: number): readonly string[] | null {
  for (let index = 0; index < MARKERS.length; index += 1) {
    const marker = MARKERS[index] as readonly string[];
    if (startsAt(tokens, at, marker)) {
      return marker;
    }
  }
  // "Y, not X": a clause that opens with "not" is the rejected alternative.
  const token = tokens[at] as Token;
  if (token.word === 'not' && at > 0 && (tokens[at - 1] as Token).clause !== token.clause) {
    return ['not'];
  }
  return null;
}

/** Whether the words of `marker` are the tokens' words from `at` on. */
function startsAt(tokens: readonly Token[], at: number, marker: readonly string[]): boolean {
  for (let offset = 0; offset < marker.length; offset += 1) {
    if (tokens[at + offset]?.word !== marker[offset]) {
      return false;
    }
  }
  return true;
}

export interface Contrast {
  /** Per token: CONTRAST_FACTOR inside a rejected part, 1 elsewhere (and where the array stops short). */
  readonly factors: readonly number[];
  /** The markers that set a part aside, for the cues. */
  readonly markers: readonly string[];
}

const NO_CONTRAST: Contrast = { factors: [], markers: [] };

/** The rejected parts of a sentence. `factors` may be shorter than `tokens`: a missing factor is 1. */
export function findContrast(tokens: readonly Token[]): Contrast {
  let marked = false;
  for (let at = 0; at < tokens.length && !marked; at += 1) {
    marked = ((tokens[at] as Token).flags & CONTRAST_WORD) !== 0;
  }
  if (!marked) {
    return NO_CONTRAST;
  }
  const factors: number[] = []; // Pushed, so packed: `map` makes a holey array, a second shape for the readers.
  for (let at = 0; at < tokens.length; at += 1) {
    factors.push(1);
  }
  const markers: string[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    const marker = markerAt(tokens, at);
    if (marker === null) {
      continue;
    }
    const clause = (tokens[at] as Token).clause;
    // Only a German marker ends at a German finite verb or subject: tokens carry no language, and
    // "will" and "was" are English words too ("instead of what was planned").
    const german = marker[0] === 'statt' || marker[0] === 'anstatt';
    let end = at + marker.length;
    while (end < tokens.length && (tokens[end] as Token).clause === clause && (tokens[end] as Token).word !== 'but' && !(german && GERMAN_CLAUSE_TURN.has((tokens[end] as Token).word))) {
      factors[end] = CONTRAST_FACTOR;
      end += 1;
    }
    if (end > at + marker.length) {
      markers.push(marker.join(' '));
    }
    at = Math.max(at, end - 1);
  }
  // "nicht X, sondern Y": X, from just after the negation to the "sondern", is the alternative set aside.
  for (let at = 1; at < tokens.length; at += 1) {
    if ((tokens[at] as Token).word !== 'sondern') {
      continue;
    }
    let not = at - 1;
    while (not >= 0 && !GERMAN_NOT.has((tokens[not] as Token).word) && (tokens[not] as Token).word !== 'sondern') {
      not -= 1;
    }
    if (not < 0 || (tokens[not] as Token).word === 'sondern' || not + 1 >= at) {
      continue;
    }
    for (let inner = not + 1; inner < at; inner += 1) {
      factors[inner] = CONTRAST_FACTOR;
    }
    markers.push((tokens[not] as Token).word);
  }
  return { factors, markers };
}
