// Non-negative integers written in a fixed number of base-64 digits, for the generated tables the
// tagger bundle ships (cue tables, sentence model, lemma tables): two digits hold 0–4095 where a JSON
// number and its comma take up to five characters. The digits are 64 characters that never need an
// escape in a single-quoted string literal and are none of the separators the tables use (space,
// `|`, `;`, `!`, `=`). Reading is charCodeAt and a table look-up: no string is allocated.

/** The 64 digits, in value order. */
export const BASE64_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Each digit's value by its char code (-1 for other ASCII): for decoders that read digits inline
 * (`DIGIT_VALUE[text.charCodeAt(at)]`), since a call per number costs more than the number in V8's
 * interpreter, where a table is decoded (once, cold).
 */
export const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let at = 0; at < BASE64_DIGITS.length; at++) {
  DIGIT_VALUE[BASE64_DIGITS.charCodeAt(at)] = at;
}

/** The value of the digit at `text[at]`, or -1 for a character that is no digit. */
export function digitValue(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code < 128 ? DIGIT_VALUE[code] as number : -1;
}

/** The number written in `width` digits at `text[at]` (most significant first); -1 if a character there is no digit. */
export function readBase64(text: string, at: number, width: number): number {
  let value = 0;
  for (let end = at + width; at < end; at++) {
    const digit = digitValue(text, at);
    if (digit < 0) {
      return -1;
    }
    value = value * 64 + digit;
  }
  return value;
}

/** `value` (an integer, 0 ≤ value < 64^width) in exactly `width` digits; throws outside that range. */
export function writeBase64(value: number, width: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 64 ** width) {
    throw new Error(`base-64 number: ${value} does not fit in ${width} digit(s)`);
  }
  let text = '';
  for (let rest = value, left = width; left > 0; left--, rest = Math.floor(rest / 64)) {
    text = `${BASE64_DIGITS[rest % 64] as string}${text}`;
  }
  return text;
}

/** The fewest digits (at least 1) that hold every value from 0 to `max`. */
export function base64Width(max: number): number {
  let width = 1;
  while (64 ** width <= max) {
    width++;
  }
  return width;
}
