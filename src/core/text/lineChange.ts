// What a change does to a text, as whole lines: the lines it removes and the lines it adds, for
// showing a user what an edit would do (the CLI's `tag` prints them like a diff). Line ends are
// kept out of the lines; CRLF, LF and CR all end a line. The changed region is matched line by line
// (a longest common subsequence, quadratic in its lines): callers pass edits of a bounded part, such
// as a front matter (16 KB at most).
import { minimalEdit } from './minimalEdit';

export interface LineChange {
  /** Zero-based line in the old text where the change starts. */
  readonly line: number;
  readonly removed: readonly string[];
  readonly added: readonly string[];
  /** The region's lines in order, as a diff: each removed or added line, unchanged ones left out. */
  readonly diff: readonly { readonly kind: 'removed' | 'added'; readonly text: string }[];
}

/** The removed and added lines between `a` and `b`, in order, by their longest common subsequence. */
function lineDiff(a: readonly string[], b: readonly string[]): LineChange['diff'] {
  const width = b.length + 1;
  const common = new Uint32Array((a.length + 1) * width); // common[i][j]: LCS of a[i..] and b[j..]
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i * width + j] = a[i] === b[j] ? (common[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(common[(i + 1) * width + j] ?? 0, common[i * width + j + 1] ?? 0);
    }
  }
  const diff: { kind: 'removed' | 'added'; text: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && (common[(i + 1) * width + j] ?? 0) >= (common[i * width + j + 1] ?? 0))) {
      diff.push({ kind: 'removed', text: a[i++] ?? '' });
    } else {
      diff.push({ kind: 'added', text: b[j++] ?? '' });
    }
  }
  return diff;
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
  return { line, removed, added, diff: lineDiff(removed, added) };
}
