// The one place the encryption commands make text safe for a terminal: file names and messages can
// hold control characters (a file named with an escape sequence must not recolour the terminal or move
// the cursor). The rule is the CLI's everywhere: core/text/terminalSafe.ts (controls shown as escapes).
import { terminalSafe } from '../../core/text/terminalSafe';

/** `text` with control characters shown as escapes; line breaks between lines are the caller's. */
export function printable(text: string): string {
  return terminalSafe(text);
}

/** Several lines, each made printable, joined with newlines and ending with one. */
export function printableLines(lines: readonly string[]): string {
  return lines.map(printable).join('\n') + (lines.length > 0 ? '\n' : '');
}
