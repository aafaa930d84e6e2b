// Case- and accent-insensitive text for matching (people's names, search terms), never for display.
// Folding works one code point at a time, so a match in the folded text maps back to the place in the
// original text it came from (search excerpts need that).

const COMBINING_MARKS = /\p{M}/gu;
const cache = new Map<string, string>();

/** One round: lower-case, compatibility-decompose, drop combining marks, `ß` → `ss`. */
function foldRound(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(COMBINING_MARKS, '').replace(/ß/g, 'ss');
}

/** A code point folded until it stops changing (two rounds in practice), cached. */
function foldCodePoint(codePoint: string): string {
  let folded = cache.get(codePoint);
  if (folded === undefined) {
    folded = codePoint;
    for (let round = 0; round < 4; round++) {
      const next = foldRound(folded);
      if (next === folded) {
        break;
      }
      folded = next;
    }
    cache.set(codePoint, folded);
  }
  return folded;
}

/**
 * `Ana-María` → `ana-maria`, `ＡＢＣ` → `abc`, `Straße` → `strasse`. Idempotent: folding folded text
 * changes nothing. Linear in the text.
 */
export function foldText(text: string): string {
  return foldWithOffsets(text).folded;
}

export interface FoldedText {
  readonly folded: string;
  /** `offsets[i]` is the index in the original text of the code point that produced `folded[i]`. */
  readonly offsets: readonly number[];
}

export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const offsets: number[] = [];
  let index = 0;
  for (const codePoint of text) {
    const code = codePoint.charCodeAt(0);
    // ASCII fast path: only A–Z change.
    const part = code < 128 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : codePoint) : foldCodePoint(codePoint);
    folded += part;
    for (let i = 0; i < part.length; i++) {
      offsets.push(index);
    }
    index += codePoint.length;
  }
  return { folded, offsets };
}
