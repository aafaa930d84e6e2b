// `classify --jsonl`, one batch of input lines at a time: each non-blank line is a JSON object with a
// "text" string, answered by one result line (the contract of classify.ts) or one error object, in
// order; every string from the input is terminal-safe (core/text/terminalSafe.ts). Pure over a tag
// function, so the calling thread and the CLI's worker threads
// (parallelClassify.ts) give byte-identical output.
import type { TagResult } from '../core/tagger/types';
import { errorMessage } from '../core/text/errorMessage';
import { terminalJson, terminalSafe } from '../core/text/terminalSafe';
import { toContract } from './contract';

/** A run of consecutive stdin lines; `first` is the 1-based number of the first, for messages. */
export interface LineBatch {
  readonly first: number;
  readonly lines: readonly string[];
}

/** What a batch prints: stdout text (whole lines) and one stderr message per bad line. */
export interface BatchOutput {
  readonly stdout: string;
  readonly errors: readonly string[];
}

export function classifyBatch(tag: (text: string) => TagResult, batch: LineBatch): BatchOutput {
  let stdout = '';
  const errors: string[] = [];
  batch.lines.forEach((line, offset) => {
    const lineNumber = batch.first + offset;
    if (line.trim() === '') {
      return;
    }
    let text: unknown;
    try {
      text = (JSON.parse(line) as { text?: unknown } | null)?.text;
    } catch (error) {
      stdout += `${terminalJson({ error: `invalid JSON: ${errorMessage(error)}`, line: lineNumber })}\n`;
      errors.push(`line ${lineNumber}: invalid JSON: ${terminalSafe(errorMessage(error))}`);
      return;
    }
    if (typeof text !== 'string') {
      stdout += `${JSON.stringify({ error: 'expected an object with a "text" string', line: lineNumber })}\n`;
      errors.push(`line ${lineNumber}: expected {"text": "..."}`);
      return;
    }
    stdout += `${terminalJson(toContract(tag(text)))}\n`; // Terminal-safe: C1 controls and bidi overrides escaped too.
  });
  return { stdout, errors };
}

/** Lines grouped into batches of `size` (the last may be shorter), numbered from 1. */
export async function* lineBatches(lines: AsyncIterable<string>, size: number): AsyncGenerator<LineBatch> {
  let batch: string[] = [];
  let first = 1;
  for await (const line of lines) {
    batch.push(line);
    if (batch.length === size) {
      yield { first, lines: batch };
      first += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) {
    yield { first, lines: batch };
  }
}
