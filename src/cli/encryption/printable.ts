// The one place the encryption commands make text safe for a terminal: file names and messages can
// hold control characters (a file named with an escape sequence must not recolour the terminal or move
// the cursor). Another change is adding a shared helper for this in src/cli; when it lands, this
// function is the only thing to swap.
import { terminalText } from '../../core/report/textReport';

/** `text` with control characters replaced; line breaks between lines are the caller's. */
export function printable(text: string): string {
  return terminalText(text);
}

/** Several lines, each made printable, joined with newlines and ending with one. */
export function printableLines(lines: readonly string[]): string {
  return lines.map(printable).join('\n') + (lines.length > 0 ? '\n' : '');
}
