// Typing a passphrase with the terminal in raw mode (no echo): the keystrokes, as the terminal sends
// them, turned into the line typed. Enter ends it; Backspace/Delete removes the last character (a
// whole code point, so "ü" or an emoji goes at once); Ctrl-U clears the line; Ctrl-C and Ctrl-D on an
// empty line cancel; escape sequences (arrow keys) and other control characters are ignored, so a
// stray key cannot become part of the passphrase unseen.

export type SecretState =
  | { readonly kind: 'typing'; readonly text: string; readonly escape: boolean }
  /** `rest`: what was typed after Enter (typed ahead, or pasted), for the next question. */
  | { readonly kind: 'done'; readonly text: string; readonly rest: string }
  | { readonly kind: 'cancelled' };

export const START: SecretState = { kind: 'typing', text: '', escape: false };

/** The state after the characters `chunk` (already decoded from UTF-8). */
export function feedSecret(state: SecretState, chunk: string): SecretState {
  if (state.kind !== 'typing') {
    return state;
  }
  let { text, escape } = state;
  const chars = [...chunk];
  for (let at = 0; at < chars.length; at++) {
    const char = chars[at] ?? '';
    const code = char.codePointAt(0) ?? 0;
    if (escape) {
      // CSI sequences end with a letter or ~; SS3 (ESC O x) with its next letter.
      if (/[A-Za-z~]/.test(char) && char !== 'O') {
        escape = false;
      }
      continue;
    }
    if (char === '\r' || char === '\n') {
      const next = chars[at + 1] === '\n' && char === '\r' ? at + 2 : at + 1; // CR LF is one Enter.
      return { kind: 'done', text, rest: chars.slice(next).join('') };
    }
    if (char === '\u0003' || (char === '\u0004' && text === '')) {
      return { kind: 'cancelled' };
    }
    if (char === '\u007f' || char === '\b') {
      text = [...text].slice(0, -1).join('');
    } else if (char === '\u0015') {
      text = '';
    } else if (char === '\u001b') {
      escape = true;
    } else if (code >= 0x20 && !(code >= 0x7f && code < 0xa0)) {
      text += char;
    }
  }
  return { kind: 'typing', text, escape };
}
