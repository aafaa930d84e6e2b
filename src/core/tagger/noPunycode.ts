// A stand-in for `punycode.js` in the tagger's bundle (scripts/build.ts aliases it there, beside
// noLinkify.ts). markdown-it converts link host names with it only when it normalises a link —
// for the tagger, the destinations of link reference definitions, which it never reads.
export function toASCII(host: string): string {
  return host;
}

export function toUnicode(host: string): string {
  return host;
}

// markdown-it imports punycode.js's default export (`import punycode from 'punycode.js'`).
// eslint-disable-next-line no-restricted-syntax
export default { toASCII, toUnicode };
