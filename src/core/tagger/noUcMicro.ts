// A stand-in for `uc.micro` in the tagger's bundle (scripts/taggerAlias.ts, beside noEntities.ts).
// markdown-it tests characters against its Unicode classes only in inline text — whether a `*` or a
// quote is next to punctuation (emphasis, smart quotes) — which the tagger's block-only parser never
// parses (blockParser.ts switches the inline rules off). The real classes are 5 KB of the tagger's
// bundle. Here each class matches nothing: a character is never taken for Unicode punctuation.
const NOTHING = /[^\s\S]/;

export const Any = NOTHING;
export const Cc = NOTHING;
export const Cf = NOTHING;
export const P = NOTHING;
export const S = NOTHING;
export const Z = NOTHING;
