// `leadership-journal classify`: the tagger over JSON lines on stdin or Markdown files.
//
//   classify --jsonl          stdin: one {"text": "..."} per line → stdout: one result per line, same order
//   classify FILE... --jsonl  one result line per file, with "file" first (--json is the same)
//   classify FILE...          a readable summary per file
//   classify                  the whole of stdin as one Markdown entry, as a readable summary
//
// A line or file that cannot be read gives an error object in its place on stdout and a message on
// stderr; the rest continue, and the exit code is 1.
import { createTagger } from '../core/tagger/tagger';
import type { TagResult, TaggerOptions } from '../core/tagger/types';
import { UNCLEAR_TEXT, unclearReason } from '../core/tagger/unclearReason';
import type { CliIo } from './io';

/**
 * The CLI's JSON contract: exactly these fields, in this order (no line numbers). `language` is `en`,
 * `de`, `other` (a language the tagger does not read: the label is then `unclear`) or null (no words).
 */
export function toContract(result: TagResult): Record<string, unknown> {
  return {
    label: result.label,
    language: result.language,
    why: result.why,
    how: result.how,
    functions: result.functions,
    style: result.style,
    traps: result.traps.map((trap) => ({ id: trap.id, evidence: trap.evidence })),
    sentences: result.sentences.map((s) => ({ text: s.text, label: s.label, cues: s.cues })),
  };
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A short human summary: label and shares, functions, style, traps, the strongest sentences. */
export function summarise(result: TagResult, title?: string): string {
  const lines: string[] = [];
  const reason = unclearReason(result);
  lines.push(`${title ? `${title}: ` : ''}${result.label}  ${reason ? `(${UNCLEAR_TEXT[reason]})` : `(why ${percent(result.why)}, how ${percent(result.how)})`}`);
  if (result.functions.length > 0) {
    lines.push(`  functions: ${result.functions.join(', ')}`);
  }
  if (result.style) {
    lines.push(`  style: ${result.style}`);
  }
  for (const trap of result.traps) {
    lines.push(`  trap: ${trap.id}`);
    for (const evidence of trap.evidence) {
      lines.push(`    “${evidence}”`);
    }
  }
  for (const sentence of result.sentences.filter((s) => s.label !== 'unclear').slice(0, 8)) {
    lines.push(`  [${sentence.label}] ${sentence.text}${sentence.cues.length ? `  ← ${sentence.cues.join('; ')}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

export interface ClassifyArgs {
  readonly jsonOutput: boolean;
  readonly files: readonly string[];
  readonly options: TaggerOptions;
}

export function parseClassifyArgs(args: readonly string[]): ClassifyArgs | string {
  const files: string[] = [];
  let jsonOutput = false;
  const whyTerms: string[] = [];
  const howTerms: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--jsonl' || arg === '--json') {
      jsonOutput = true;
    } else if (arg === '--why-term' || arg === '--how-term') {
      const term = args[++i];
      if (term === undefined) {
        return `${arg} needs a term`;
      }
      (arg === '--why-term' ? whyTerms : howTerms).push(term);
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option "${arg}"`;
    } else {
      files.push(arg);
    }
  }
  return { jsonOutput, files, options: { whyTerms, howTerms } };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function runClassify(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseClassifyArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`leadership-journal classify: ${parsed}\n`);
    return 2;
  }
  const tagger = createTagger(parsed.options);
  let failed = false;
  if (parsed.files.length === 0 && parsed.jsonOutput) {
    let lineNumber = 0;
    for await (const line of io.stdinLines()) {
      lineNumber++;
      if (line.trim() === '') {
        continue;
      }
      let text: unknown;
      try {
        text = (JSON.parse(line) as { text?: unknown } | null)?.text;
      } catch (error) {
        failed = true;
        io.stdout(`${JSON.stringify({ error: `invalid JSON: ${message(error)}`, line: lineNumber })}\n`);
        io.stderr(`leadership-journal classify: line ${lineNumber}: invalid JSON: ${message(error)}\n`);
        continue;
      }
      if (typeof text !== 'string') {
        failed = true;
        io.stdout(`${JSON.stringify({ error: 'expected an object with a "text" string', line: lineNumber })}\n`);
        io.stderr(`leadership-journal classify: line ${lineNumber}: expected {"text": "..."}\n`);
        continue;
      }
      io.stdout(`${JSON.stringify(toContract(tagger.tag(text)))}\n`);
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
      io.stderr(`leadership-journal classify: ${file}: ${message(error)}\n`);
      if (parsed.jsonOutput) {
        io.stdout(`${JSON.stringify({ file, error: message(error) })}\n`);
      }
      continue;
    }
    const result = tagger.tag(text);
    io.stdout(parsed.jsonOutput ? `${JSON.stringify({ file, ...toContract(result) })}\n` : summarise(result, file));
  }
  return failed ? 1 : 0;
}
