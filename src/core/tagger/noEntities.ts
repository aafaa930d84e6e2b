// A stand-in for the `entities` package in the tagger's bundle (scripts/build.ts aliases it there,
// beside noLinkify.ts). markdown-it decodes HTML entities only in inline text (parsed by the inline
// rules the tagger switches off, blockParser.ts) and in the destinations and titles of link
// reference definitions, which the tagger never reads (they are not text). The real decoder's
// tables are 23 KB of the tagger's 300 KB budget. An entity is left as written.
export function decodeHTMLStrict(text: string): string {
  return text;
}
