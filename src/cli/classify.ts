// `leadership-journal classify`: the tagger over JSON lines on stdin or Markdown files.
//
//   classify --jsonl          stdin: one {"text": "..."} per line → stdout: one result per line, same order
//                             (on worker threads for long inputs: --jobs N, default one per core other
//                             processes leave free, at most 4)
//   classify FILE... --jsonl  one result line per file, with "file" first (--json is the same)
//   classify FILE...          a readable summary per file
//   classify                  the whole of stdin as one Markdown entry, as a readable summary
//
// A line or file that cannot be read gives an error object in its place on stdout and a message on
// stderr; the rest continue, and the exit code is 1.
import { createTagger } from '../core/tagger/tagger';
import type { TagResult, TaggerOptions } from '../core/tagger/types';
import { errorMessage } from '../core/text/errorMessage';
import { percent } from '../core/text/format';
import { toContract } from './contract';
import { terminalJson, terminalSafe } from '../core/text/terminalSafe';
import { UNCLEAR_TEXT, unclearReason } from '../core/tagger/unclearReason';
import type { CliIo } from './io';
import { addTerm, isTermOption, type Terms } from './termOptions';
import { classifyBatch, textBatches } from './jsonlBatch';

export { toContract } from './contract';

/**
 * A short human summary: label and shares, functions, style, traps, the strongest sentences. Every
 * string from the entry (and the file name) is made terminal-safe: control characters as escapes.
 */
export function summarise(result: TagResult, title?: string): string {
  const lines: string[] = [];
  const reason = unclearReason(result);
  lines.push(`${title ? `${terminalSafe(title)}: ` : ''}${result.label}  ${reason ? `(${UNCLEAR_TEXT[reason]})` : `(why ${percent(result.why)}, how ${percent(result.how)})`}`);
  if (result.functions.length > 0) {
    lines.push(`  functions: ${result.functions.join(', ')}`);
  }
  if (result.style) {
    lines.push(`  style: ${result.style}`);
  }
  for (const trap of result.traps) {
    lines.push(`  trap: ${trap.id}`);
    for (const evidence of trap.evidence) {
      lines.push(`    “${terminalSafe(evidence)}”`);
    }
  }
  for (const sentence of result.sentences.filter((s) => s.label !== 'unclear').slice(0, 8)) {
    lines.push(`  [${sentence.label}] ${terminalSafe(sentence.text)}${sentence.cues.length ? `  ← ${terminalSafe(sentence.cues.join('; '))}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

export interface ClassifyArgs {
  readonly jsonOutput: boolean;
  /** Worker threads for `--jsonl` on stdin; undefined: the host's default. */
  readonly jobs: number | undefined;
  readonly files: readonly string[];
  readonly options: TaggerOptions;
}

export function parseClassifyArgs(args: readonly string[]): ClassifyArgs | string {
  const files: string[] = [];
  let jsonOutput = false;
  let jobs: number | undefined;
  const terms: Terms = { whyTerms: [], howTerms: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--jsonl' || arg === '--json') {
      jsonOutput = true;
    } else if (isTermOption(arg)) {
      const problem = addTerm(terms, arg, args[++i]);
      if (problem !== undefined) {
        return problem;
      }
    } else if (arg === '--jobs') {
      const count = Number(args[++i]);
      if (!Number.isInteger(count) || count < 1 || count > 64) {
        return '--jobs needs a whole number from 1 to 64';
      }
      jobs = count;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option "${arg}"`;
    } else {
      files.push(arg);
    }
  }
  return { jsonOutput, jobs, files, options: terms };
}

/**
 * Characters per batch (~45 lines of ~700 bytes): one stdout write each, and the unit of work a
 * worker thread takes. Small enough that neither the batch nor its output (~1.5 times as long) is a
 * string over 128 KB, which V8 allocates as a large object: ~1 ms each for 200 KB on the project's
 * two-core machine, against ~5 µs for 120 KB (textBatches in jsonlBatch.ts).
 */
const JSONL_BATCH_CHARS = 32 * 1024;

/** stdin as decoded text chunks; from its lines when the host gives only those (tests). */
async function* stdinText(io: CliIo): AsyncGenerator<string> {
  if (io.stdinText) {
    yield* io.stdinText();
    return;
  }
  for await (const line of io.stdinLines()) {
    yield `${line}\n`;
  }
}

export async function runClassify(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseClassifyArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`leadership-journal classify: ${terminalSafe(parsed)}\n`);
    return 2;
  }
  const tagger = createTagger(parsed.options);
  let failed = false;
  if (parsed.files.length === 0 && parsed.jsonOutput) {
    const tag = (text: string): TagResult => tagger.tag(text);
    const here = (batch: Parameters<typeof classifyBatch>[1]) => classifyBatch(tag, batch);
    const batches = textBatches(stdinText(io), JSONL_BATCH_CHARS);
    const threads = parsed.jobs ?? io.classifyThreads ?? 1;
    const outputs = io.parallelClassify && threads !== 1
      ? io.parallelClassify(batches, parsed.options, threads, here)
      : (async function* () {
        for await (const batch of batches) {
          yield here(batch);
        }
      })();
    for await (const output of outputs) {
      io.stdout(output.stdout); // One write per batch, not per line.
      await io.stdoutDrained?.();
      for (const error of output.errors) {
        failed = true;
        io.stderr(`leadership-journal classify: ${error}\n`);
      }
    }
    return failed ? 1 : 0;
  }
  if (parsed.files.length === 0) {
    const lines: string[] = [];
    for await (const line of io.stdinLines()) {
      lines.push(line);
    }
    io.stdout(summarise(tagger.tag(lines.join('\n'))));
    return 0;
  }
  for (const file of parsed.files) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (error) {
      failed = true;
      io.stderr(`leadership-journal classify: ${terminalSafe(file)}: ${terminalSafe(errorMessage(error))}\n`);
      if (parsed.jsonOutput) {
        io.stdout(`${terminalJson({ file, error: errorMessage(error) })}\n`);
      }
      continue;
    }
    const result = tagger.tag(text);
    io.stdout(parsed.jsonOutput ? `${terminalJson({ file, ...toContract(result) })}\n` : summarise(result, file));
  }
  return failed ? 1 : 0;
}
