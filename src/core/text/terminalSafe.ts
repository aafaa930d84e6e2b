// Text from a journal (file names, titles, sentences, reasons that quote them) made safe to print to
// a terminal: a file named with `\e]0;…\a` must not set the window title, nor `\e[2J` clear the
// screen, nor a right-to-left override reorder what is shown (issue #18). Control characters are
// shown as escapes (`\x1b`, `\t`), so what was there stays visible; everything else is as written.

// eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escape(char: string): string {
  const code = char.charCodeAt(0);
  return NAMED[char] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** One line of journal text for a terminal: every control, line break and direction override escaped. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escape);
}

const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A character at or above U+007F: below that, nothing in JSON text needs escaping for a terminal. */
const HIGH_CHARACTER = /[\u007f-\uffff]/; // One regex scan: twice as fast as a charCodeAt loop over a batch of JSON lines.

/**
 * JSON for a terminal: `JSON.stringify` escapes C0 controls but leaves DEL, the C1 controls (U+009B
 * is a CSI on some terminals) and direction overrides raw; they become `\uXXXX`, still the same JSON.
 * Plain ASCII (most output) is returned after one scan, without running the replacement.
 */
export function terminalJson(value: unknown, space?: number): string {
  return terminalJsonText(JSON.stringify(value, null, space));
}

/**
 * Already-serialised JSON (one value or several lines of them) made terminal-safe as `terminalJson`
 * makes it: the escapes are per character, so a batch of lines gives what each line would alone.
 */
export function terminalJsonText(json: string): string {
  return HIGH_CHARACTER.test(json)
    ? json.replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : json;
}
