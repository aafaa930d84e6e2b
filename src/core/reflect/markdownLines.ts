// The lines of an entry's body that hold the user's prose: front matter and fenced code blocks left
// out, each line with its zero-based number in the whole file (front matter counted), as VS Code
// and markdown-it count lines (`\r\n`, `\n` or a lone `\r` ends a line). Shared by the commitment
// and mention readers, which look at one line at a time. Linear in the text.
import { splitEntry } from '../entries/entrySplit';

export interface BodyLine {
  readonly text: string;
  /** Zero-based line in the whole text. */
  readonly line: number;
}

const LINE_BREAK = /\r\n?|\n/;

/** A fence opener or closer: three or more backticks or tildes, after any indentation. */
function fenceOf(line: string): { readonly char: string; readonly length: number; readonly rest: string } | undefined {
  let at = 0;
  while (at < line.length && (line[at] === ' ' || line[at] === '\t')) {
    at++;
  }
  const char = line[at];
  if (char !== '`' && char !== '~') {
    return undefined;
  }
  let end = at;
  while (line[end] === char) {
    end++;
  }
  return end - at >= 3 ? { char, length: end - at, rest: line.slice(end) } : undefined;
}

/** Number of lines the front matter block (fences included) takes up; 0 when there is none. */
function frontMatterLines(text: string): number {
  const split = splitEntry(text);
  if (split.yaml === undefined) {
    return 0;
  }
  const head = text.slice(split.bom.length, split.bom.length + split.bodyStart);
  return head.split(LINE_BREAK).length - 1;
}

/**
 * Body lines outside fenced code. A fence closes with the same character, at least as long, and
 * nothing else on the line; a fence left open runs to the end of the text, as CommonMark reads it
 * (and as the Markdown preview shows it). A backtick fence whose info string holds a backtick is not a
 * fence.
 */
export function bodyLines(text: string): BodyLine[] {
  const lines = text.replace(/^\uFEFF/, '').split(LINE_BREAK);
  const out: BodyLine[] = [];
  let open: { readonly char: string; readonly length: number } | undefined;
  for (let line = frontMatterLines(text); line < lines.length; line++) {
    const lineText = lines[line] ?? '';
    const fence = fenceOf(lineText);
    if (open) {
      if (fence && fence.char === open.char && fence.length >= open.length && fence.rest.trim() === '') {
        open = undefined;
      }
      continue;
    }
    if (fence && !(fence.char === '`' && fence.rest.includes('`'))) {
      open = fence;
      continue;
    }
    out.push({ text: lineText, line });
  }
  return out;
}

/**
 * The line with every inline code span (backticks included) replaced by spaces of the same length,
 * so positions still line up with the original. A run of backticks with no closing run of the same
 * length is literal text, as in CommonMark. Linear: each run's closing partner is found from a table
 * of the next run of each length, built in one backward pass.
 */
export function blankCodeSpans(line: string): string {
  if (!line.includes('`')) {
    return line;
  }
  const runs: { readonly start: number; readonly length: number }[] = [];
  for (let at = 0; at < line.length;) {
    if (line[at] === '`') {
      const start = at;
      while (line[at] === '`') {
        at++;
      }
      runs.push({ start, length: at - start });
    } else {
      at++;
    }
  }
  const nextSame: number[] = new Array<number>(runs.length).fill(-1);
  const latest = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i];
    if (run) {
      nextSame[i] = latest.get(run.length) ?? -1;
      latest.set(run.length, i);
    }
  }
  let out = '';
  let copied = 0;
  for (let i = 0; i < runs.length; i++) {
    const close = nextSame[i] ?? -1;
    const open = runs[i];
    const closing = close >= 0 ? runs[close] : undefined;
    if (!open || !closing) {
      continue;
    }
    const end = closing.start + closing.length;
    out += line.slice(copied, open.start) + ' '.repeat(end - open.start);
    copied = end;
    i = close; // Runs inside the span are code, not openers.
  }
  return out + line.slice(copied);
}

/** An ATX heading (`#` to `######`): its level and text without the closing `#` run. */
export function atxHeading(line: string): { readonly level: number; readonly text: string } | undefined {
  let at = 0;
  while (at < 3 && line[at] === ' ') {
    at++;
  }
  let level = 0;
  while (line[at + level] === '#') {
    level++;
  }
  if (level < 1 || level > 6) {
    return undefined;
  }
  const after = line[at + level];
  if (after !== undefined && after !== ' ' && after !== '\t') {
    return undefined;
  }
  let text = line.slice(at + level).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') {
    end--;
  }
  if (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t') {
    text = text.slice(0, end).trim(); // `## Next ##` → `Next`; `## C#` keeps its `#`.
  }
  return { level, text };
}
