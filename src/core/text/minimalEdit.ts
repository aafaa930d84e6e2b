// The smallest single replacement that turns one text into another: the common prefix and suffix
// are left alone. Used to apply front-matter updates to an open editor without touching the body,
// the cursor or the undo history of anything else.

export interface TextReplacement {
  /** Offsets in the old text: replace [start, end) with `text`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** `undefined` when the texts are equal. */
export function minimalEdit(before: string, after: string): TextReplacement | undefined {
  if (before === after) {
    return undefined;
  }
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) {
    prefix++;
  }
  // Never split a surrogate pair or a CRLF: step back to a safe boundary.
  while (prefix > 0 && (isLowSurrogate(before.charCodeAt(prefix)) || (before[prefix - 1] === '\r' && before[prefix] === '\n'))) {
    prefix--;
  }
  let suffix = 0;
  while (suffix < limit - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) {
    suffix++;
  }
  while (suffix > 0 && (isLowSurrogate(before.charCodeAt(before.length - suffix)) || (before[before.length - suffix - 1] === '\r' && before[before.length - suffix] === '\n'))) {
    suffix--;
  }
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
