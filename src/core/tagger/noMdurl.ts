// A stand-in for `mdurl` in the tagger's bundle (scripts/taggerAlias.ts, beside noPunycode.ts).
// markdown-it parses, encodes and formats link destinations with it only when it normalises a link —
// for the tagger, the destinations of link reference definitions, which it never reads: a
// destination passes through as written.
interface Parsed {
  pathname?: string;
}

export function parse(url: string): Parsed {
  return { pathname: url };
}

export function format(parsed: Parsed): string {
  return parsed.pathname ?? '';
}

export function encode(text: string): string {
  return text;
}

/** markdown-it reads `decode.defaultChars` (the characters decoding leaves encoded). */
export const decode = Object.assign((text: string): string => text, { defaultChars: ';/?:@&=+$,#' });
