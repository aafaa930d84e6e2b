// Character classes shared by the tagger's text passes, as char-code tests (no per-character
// string or regular-expression allocation on the hot path).

/** Exactly the set `\s` matches in a JavaScript regular expression, so code tests and regexes agree. */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 32) {
    return code === 32 || (code >= 9 && code <= 13);
  }
  if (code < 160) {
    return false;
  }
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
