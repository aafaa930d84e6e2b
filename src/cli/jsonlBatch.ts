// `classify --jsonl`, one batch of input at a time: each non-blank line is a JSON object with a
// "text" string, answered by one result line (the contract of contract.ts) or one error object, in
// order; every string from the input is terminal-safe (core/text/terminalSafe.ts). Pure over a tag
// function, so the calling thread and the CLI's worker threads (parallelClassify.ts) give
// byte-identical output.
//
// A batch is a run of whole lines as one string, split here: a worker is sent one string and sends
// one string back, not arrays of lines and result objects to clone. Lines end as node:readline ends
// them with `crlfDelay: Infinity` (what the CLI read stdin with before): at \r\n, \n or a lone \r.
import type { TagResult } from '../core/tagger/types';
import { errorMessage } from '../core/text/errorMessage';
import { terminalJsonText, terminalSafe } from '../core/text/terminalSafe';
import { toContract } from './contract';

/** Whole lines of stdin, line breaks included; `first` is the 1-based number of the first, for messages. */
export interface TextBatch {
  readonly first: number;
  readonly text: string;
}

/** What a batch prints: stdout text (whole lines) and one stderr message per bad line. */
export interface BatchOutput {
  readonly stdout: string;
  readonly errors: readonly string[];
}

const LINE_BREAK = /\r\n|\n|\r/;
const LINE_BREAKS = /\r\n|\n|\r/g;

/** The lines of a batch's text, without their breaks (a final break ends the last line; it starts none). */
export function batchLines(text: string): string[] {
  const lines = text.indexOf('\r') === -1 ? text.split('\n') : text.split(LINE_BREAK);
  if (lines[lines.length - 1] === '') {
    lines.pop();
  }
  return lines;
}

/** How many line breaks `text` holds (\r\n counted once). */
export function countLineBreaks(text: string): number {
  if (text.indexOf('\r') !== -1) {
    return text.match(LINE_BREAKS)?.length ?? 0;
  }
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    count += 1;
  }
  return count;
}

export function classifyBatch(tag: (text: string) => TagResult, batch: TextBatch): BatchOutput {
  let stdout = ''; // Appended, not an array joined: V8 copies the lines once, when the batch is written.
  const errors: string[] = [];
  const lines = batchLines(batch.text);
  for (let offset = 0; offset < lines.length; offset += 1) {
    const line = lines[offset] as string;
    const lineNumber = batch.first + offset;
    if (line.trim() === '') {
      continue;
    }
    let text: unknown;
    try {
      text = (JSON.parse(line) as { text?: unknown } | null)?.text;
    } catch (error) {
      stdout += `${JSON.stringify({ error: `invalid JSON: ${errorMessage(error)}`, line: lineNumber })}\n`;
      errors.push(`line ${lineNumber}: invalid JSON: ${terminalSafe(errorMessage(error))}`);
      continue;
    }
    if (typeof text !== 'string') {
      stdout += `${JSON.stringify({ error: 'expected an object with a "text" string', line: lineNumber })}\n`;
      errors.push(`line ${lineNumber}: expected {"text": "..."}`);
      continue;
    }
    stdout += `${JSON.stringify(toContract(tag(text)))}\n`;
  }
  // Terminal-safe: C1 controls and bidi overrides escaped too, over the whole batch in one pass.
  return { stdout: terminalJsonText(stdout), errors };
}

/**
 * Just after the first line break of `chunk` at or after `from`, or -1 when there is none it can cut
 * at: a \r as the chunk's last character is not one, as its \n may be the next chunk's first. `returns`:
 * whether the chunk holds a \r at all (most input has none, and then only \n is looked for).
 */
function breakEnd(chunk: string, from: number, returns: boolean): number {
  const newline = chunk.indexOf('\n', from);
  const ret = returns ? chunk.indexOf('\r', from) : -1;
  if (ret === -1 || (newline !== -1 && newline < ret)) {
    return newline === -1 ? -1 : newline + 1;
  }
  if (ret === chunk.length - 1) {
    return -1;
  }
  return newline === ret + 1 ? newline + 1 : ret + 1;
}

/**
 * Decoded stdin chunks regrouped into batches of whole lines of about `size` characters (the last
 * may be shorter, and a single line longer), numbered from 1. Each batch is cut from the chunk that
 * completes it, so no string longer than a batch or a chunk is built (a longer one costs V8 a
 * large-object allocation: ~1 ms for 200 KB on the project's machine, against ~5 µs for 120 KB).
 * Linear in the input however long a line is: a chunk with no line break in it is only appended.
 */
export async function* textBatches(chunks: AsyncIterable<string>, size: number): AsyncGenerator<TextBatch> {
  let pending = ''; // Text after the last cut: the start of a batch.
  let first = 1;
  for await (const chunk of chunks) {
    const returns = chunk.indexOf('\r') !== -1;
    let from = 0; // The chunk before `from` is in a batch already.
    for (;;) {
      const end = breakEnd(chunk, Math.max(from, from + size - pending.length - 1), returns);
      if (end === -1) {
        break;
      }
      const text = pending + chunk.slice(from, end);
      pending = '';
      from = end;
      const batchFirst = first;
      first += countLineBreaks(text);
      yield { first: batchFirst, text };
    }
    pending += from === 0 ? chunk : chunk.slice(from);
  }
  if (pending.length > 0) {
    yield { first, text: pending };
  }
}
