// What the user wrote in an entry, as plain text blocks with their line numbers, for the tagger.
// The product's own text is not the user's narrative and is left out: the front matter, every
// heading (titles, prompt questions and the user's own section headings are structure), scaffolded
// structured items nobody answered (`- Competence on this task: `), the labels of answered ones, and
// whole paragraphs the product scaffolds (a review's questions and suggested practice); a table's header row
// is left out for the same reason as headings. Code (fenced and indented) and HTML blocks are not
// narrative either. Everything else that holds inline text is kept: paragraphs, list items, block
// quotes and table body cells.
//
// The block structure is markdown-it's (blockParser.ts, read as inline runs by inlineRuns.ts), found
// for the shapes journals are made of by a one-pass reader held run for run to it (journalRuns.ts),
// which hands anything else to markdown-it; its inline parser is switched off and inline syntax is
// stripped by a linear pass (inlineText.ts), which keeps extraction cheap enough to re-tag a whole journal. Line endings are normalised here (`\r\n` and a lone `\r` become
// `\n`, as markdown-it and VS Code count lines) because the parser's own normalisation is off.
import { blankDrafted } from '../entries/drafted';
import { splitEntry } from '../entries/entrySplit';
import { isScaffoldedLine, isScaffoldedParagraph } from '../entries/scaffoldLines';
import { stripInlineMarkdown } from './inlineText';
import { markdownItRuns, type InlineRun } from './inlineRuns';
import { journalRuns } from './journalRuns';
import { isWhitespaceCode } from './textChars';

/** One run of the user's text: a paragraph, list item or table cell, inline syntax removed. */
export interface TextBlock {
  /**
   * The text, with the source's line breaks kept (line K of `text` is line `line + K` of the
   * entry) and nothing added: every character is one the user typed, in order.
   */
  readonly text: string;
  /** Zero-based line of the original entry (front matter counted) where `text` starts. */
  readonly line: number;
}

/**
 * Structured labels are short (the longest English one is 39 characters; a test checks they all fit);
 * a colon later than this is part of an answer, and the line is not handed to the scaffold matcher,
 * whose normalisation costs more than the rest of the line's handling.
 */
export const MAX_LABEL = 60;

/** Line breaks in `text[start, end)` as markdown-it and VS Code count them: `\r\n`, `\n` or a lone `\r`. */
function countLineBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      count++;
    }
  }
  return count;
}

/** Length of a task box (`[ ]`, `[x]`, `[X]` before a space, tab or the end) at the start of `text`, else 0. */
function taskBoxLength(text: string): number {
  if (text.charCodeAt(0) !== 91 || text.charCodeAt(2) !== 93) {
    return 0;
  }
  const mark = text.charCodeAt(1);
  const after = text.charCodeAt(3);
  const boxed = mark === 32 || mark === 120 || mark === 88;
  return boxed && (Number.isNaN(after) || after === 32 || after === 9 || after === 10) ? 3 : 0;
}

/**
 * Where the user's words start in the first line of a list item's paragraph (`lineEnd` is where
 * that line ends): after the label's colon of a structured item (nothing is left when it is
 * unanswered), after a task box (and a label behind it: `- [ ] One commitment for tomorrow: …`),
 * or at 0.
 */
function itemTextStart(content: string, lineEnd: number, bullet: boolean): number {
  const box = taskBoxLength(content);
  const colon = bullet ? content.indexOf(':', box) : -1;
  if (colon > box && colon - box <= MAX_LABEL && colon < lineEnd && isScaffoldedLabel(content.slice(box, colon + 1))) {
    return colon + 1;
  }
  return box;
}

/** Answers of {@link isScaffoldedLabel} by the label as written: a journal repeats a few labels in every entry. */
const labelAnswers = new Map<string, boolean>();
/** Distinct labels remembered before the memo starts again (each at most MAX_LABEL characters). */
const LABEL_MEMO_LIMIT = 4096;

/** Whether `label` (up to and with its colon) is a structured item's scaffolded label. Memoised: a pure function of the text. */
function isScaffoldedLabel(label: string): boolean {
  let answer = labelAnswers.get(label);
  if (answer === undefined) {
    // Whitespace is collapsed before matching (the matcher ignores it anyway), so its lazy label
    // pattern never meets a long run of spaces.
    answer = isScaffoldedLine(`- ${label.replace(/\s+/g, ' ').trimStart()}`);
    if (labelAnswers.size >= LABEL_MEMO_LIMIT) {
      labelAnswers.clear();
    }
    labelAnswers.set(label, answer);
  }
  return answer;
}

function isBullet(markup: string): boolean {
  return markup === '-' || markup === '*' || markup === '+';
}

/**
 * True when `text[from, to)` is a line in strong emphasis and nothing else (`**Decision:**`,
 * `__What I need to cover__`): a label the user wrote as a heading. It stays text, but ends its
 * own sentence instead of running into the next line.
 */
function isStrongLine(text: string, from: number, to: number): boolean {
  let start = from;
  while (start < to && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) {
    start++;
  }
  let end = to;
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) {
    end--;
  }
  if (text.charCodeAt(end - 1) === 58) {
    end--; // `**Decision**:`
  }
  const marker = text.slice(start, start + 2);
  if ((marker !== '**' && marker !== '__') || end - start <= 4) {
    return false;
  }
  return text.indexOf(marker, start + 2) === end - 2;
}

/** Appends `source` (one inline token's text, starting on `line`) as a block, unless nothing of the user's is left. */
function pushBlock(blocks: TextBlock[], source: string, line: number): void {
  const text = stripInlineMarkdown(source);
  // Start the block at its first non-blank line, so `line` points at words, not at a dropped label.
  let start = 0;
  let startLine = line;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      start = i + 1;
      startLine++;
    } else if (!isWhitespaceCode(code)) {
      blocks.push({ text: start === 0 ? text : text.slice(start), line: startLine });
      return;
    }
  }
}

/** Appends one inline token's content as blocks: one, or more when lines in strong emphasis split it. */
function pushBlocks(blocks: TextBlock[], content: string, line: number, item: string | undefined): void {
  let source = content;
  if (item !== undefined) {
    const newline = content.indexOf('\n');
    const skip = itemTextStart(content, newline < 0 ? content.length : newline, isBullet(item));
    if (skip > 0) {
      source = content.slice(skip);
    }
  }
  if (!source.includes('**') && !source.includes('__')) {
    pushBlock(blocks, source, line);
    return;
  }
  let segmentStart = 0;
  let segmentLine = line;
  let lineStart = 0;
  for (let lineNumber = line; lineStart <= source.length; lineNumber++) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? source.length : newline;
    if (isStrongLine(source, lineStart, lineEnd)) {
      if (lineStart > segmentStart) {
        pushBlock(blocks, source.slice(segmentStart, lineStart - 1), segmentLine);
      }
      pushBlock(blocks, source.slice(lineStart, lineEnd), lineNumber);
      segmentStart = lineEnd + 1;
      segmentLine = lineNumber + 1;
    }
    if (newline < 0) {
      break;
    }
    lineStart = newline + 1;
  }
  if (segmentStart < source.length) {
    pushBlock(blocks, segmentStart === 0 ? source : source.slice(segmentStart), segmentLine);
  }
}

/** How the body's inline runs are read: the fast path with markdown-it behind it, or markdown-it alone. */
export type RunReader = (body: string) => readonly InlineRun[];

/** journalRuns where it reads the whole body, markdown-it's runs otherwise: the same runs either way. */
export function readRuns(body: string): readonly InlineRun[] {
  return journalRuns(body) ?? markdownItRuns(body);
}

/**
 * The user's own text in an entry (see the file comment for what is left out), in document order.
 * Never throws; linear in the length of the entry. `read` is for tests that compare the two readers.
 */
export function extractUserText(source: string, read: RunReader = readRuns): readonly TextBlock[] {
  const markdown = blankDrafted(source); // A review's drafted summary is not the user's writing.
  const split = splitEntry(markdown);
  const bodyOffset = split.bom.length + split.bodyStart;
  const firstLine = split.yaml === undefined ? 0 : countLineBreaks(markdown, split.bom.length, bodyOffset);
  const body = split.body.includes('\r') ? split.body.replace(/\r\n?/g, '\n') : split.body;
  const blocks: TextBlock[] = [];
  for (const run of read(body)) {
    if (run.item === undefined && isScaffoldedParagraph(run.content)) {
      continue;
    }
    pushBlocks(blocks, run.content, firstLine + run.line, run.item);
  }
  return blocks;
}
