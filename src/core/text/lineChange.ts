// What a change does to a text, as whole lines: the lines it removes and the lines it adds, for
// showing a user what an edit would do (the CLI's `tag` prints them like a diff). Line ends are
// kept out of the lines; CRLF, LF and CR all end a line.
import { minimalEdit } from './minimalEdit';

export interface LineChange {
  /** Zero-based line in the old text where the change starts. */
  readonly line: number;
  readonly removed: readonly string[];
  readonly added: readonly string[];
}

const LINE_END = /\r\n|\n|\r/;
const LINE_ENDS = /\r\n|\n|\r/g;

function lineStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') {
    start--;
  }
  return start;
}

function lineEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') {
    end++;
  }
  return end;
}

function lines(text: string): string[] {
  return text === '' ? [] : text.split(LINE_END);
}

/** The changed lines between `before` and `after`, or undefined when they are equal. */
export function lineChange(before: string, after: string): LineChange | undefined {
  const edit = minimalEdit(before, after);
  if (edit === undefined) {
    return undefined;
  }
  const start = lineStart(before, edit.start);
  const oldEnd = lineEnd(before, edit.end);
  const newEnd = lineEnd(after, edit.start + edit.text.length);
  const removed = lines(before.slice(start, oldEnd));
  const added = lines(after.slice(start, newEnd));
  // The edit's own ends may cover whole lines that stay (a line added before an unchanged one).
  let line = (before.slice(0, start).match(LINE_ENDS) ?? []).length;
  while (removed.length > 0 && added.length > 0 && removed[0] === added[0]) {
    removed.shift();
    added.shift();
    line++;
  }
  while (removed.length > 0 && added.length > 0 && removed.at(-1) === added.at(-1)) {
    removed.pop();
    added.pop();
  }
  return { line, removed, added };
}
