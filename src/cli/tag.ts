// `leadership-journal tag FILE... [--write] [--check]`: tags entries the way saving one in the
// extension does — the same tagger and the same front-matter writer (core/tagger/frontMatterTags.ts),
// so pins are respected and only the product's keys change — for scripts, pre-commit hooks and
// journals edited outside VS Code. Tags the user edited by hand are kept and the entry pinned, as
// on save.
// Contract: without --write nothing is written; each entry whose tags would change is printed with
// the lines that would change. With --write each such file is replaced atomically (written beside,
// then renamed: src/node/replaceFile.ts), and only if it still holds the bytes that were tagged; a
// file changed meanwhile is left as it is now and reported. A file that is not valid UTF-8 is never
// written (decoding would lose its bytes). Exit codes: 0 done; 1 when --check finds stale tags (with
// --write too, after writing them, so a hook stops the commit for the re-add) or a file could not be
// read or written; 2 for a usage error. Everything from a journal is printed terminal-safe.
import { writeTags } from '../core/tagger/frontMatterTags';
import { createTagger } from '../core/tagger/tagger';
import type { TaggerOptions } from '../core/tagger/types';
import { errorMessage } from '../core/text/errorMessage';
import { plural } from '../core/text/format';
import { lineChange } from '../core/text/lineChange';
import { terminalSafe } from '../core/text/terminalSafe';
import type { CliIo } from './io';
import { addTerm, isTermOption, type Terms } from './termOptions';

export const TAG_USAGE = 'Usage: leadership-journal tag FILE... [--write] [--check] [--why-term TERM] [--how-term TERM]\n';

export interface TagArgs {
  readonly files: readonly string[];
  readonly write: boolean;
  readonly check: boolean;
  readonly options: TaggerOptions;
}

export function parseTagArgs(args: readonly string[]): TagArgs | string {
  const files: string[] = [];
  const terms: Terms = { whyTerms: [], howTerms: [] };
  let write = false;
  let check = false;
  let onlyFiles = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (onlyFiles || !arg.startsWith('-')) {
      files.push(arg);
    } else if (arg === '--') {
      onlyFiles = true;
    } else if (arg === '--write') {
      write = true;
    } else if (arg === '--check') {
      check = true;
    } else if (isTermOption(arg)) {
      const problem = addTerm(terms, arg, args[++i]);
      if (problem !== undefined) {
        return problem;
      }
    } else {
      return `unknown option "${arg}"`;
    }
  }
  if (files.length === 0) {
    return 'expected at least one FILE';
  }
  return { files, write, check, options: terms };
}

/** The lines that change, as `- old` / `+ new`, indented under the file's name. */
function describeChange(before: string, after: string): string {
  const change = lineChange(before, after);
  if (change === undefined) {
    return '';
  }
  return change.diff.map((line) => `    ${line.kind === 'removed' ? '-' : '+'} ${terminalSafe(line.text)}\n`).join('');
}

export async function runTag(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseTagArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`leadership-journal tag: ${terminalSafe(parsed)}\n${TAG_USAGE}`);
    return 2;
  }
  const tagger = createTagger({ ...parsed.options, evidence: false }); // Cues are not written.
  const counts = { changed: 0, unchanged: 0, skipped: 0, failed: 0 };
  for (const file of parsed.files) {
    const name = terminalSafe(file);
    let bytes: Uint8Array;
    let text: string;
    try {
      bytes = await io.readBytes(file);
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch (error) {
      counts.failed++;
      io.stderr(`leadership-journal tag: ${name}: ${error instanceof TypeError ? 'not valid UTF-8 text; left as it is' : terminalSafe(errorMessage(error))}\n`);
      continue;
    }
    const write = writeTags(text, tagger.tag(text));
    if (write.status === 'skipped') {
      counts.skipped++;
      io.stdout(`${name}: not tagged: ${terminalSafe(write.reason)}\n`);
      continue;
    }
    if (write.status === 'unchanged') {
      counts.unchanged++;
      io.stdout(`${name}: up to date\n`);
      continue;
    }
    // A label edited by hand is kept and pinned (core/tagger/frontMatterTags.ts): say so.
    const what = write.status === 'pinned' ? `your own label is kept; ${parsed.write ? 'pinned' : 'would pin it'}` : parsed.write ? 'tagged' : 'would change';
    if (!parsed.write) {
      counts.changed++;
      io.stdout(`${name}: ${what}\n${describeChange(text, write.text)}`);
      continue;
    }
    try {
      const replaced = await io.replaceFile(file, bytes, new TextEncoder().encode(write.text));
      if (replaced === 'changed') {
        counts.failed++;
        io.stderr(`leadership-journal tag: ${name}: changed while it was being tagged; left as it is now (run tag again)\n`);
        continue;
      }
    } catch (error) {
      counts.failed++;
      io.stderr(`leadership-journal tag: ${name}: cannot write: ${terminalSafe(errorMessage(error))}\n`);
      continue;
    }
    counts.changed++;
    io.stdout(`${name}: ${what}\n${describeChange(text, write.text)}`);
  }
  const total = parsed.files.length;
  io.stdout(`${plural(total, 'file')}: ${counts.changed} ${parsed.write ? 'tagged' : 'would change'}, ${counts.unchanged} up to date, ${counts.skipped} not tagged${counts.failed > 0 ? `, ${counts.failed} failed` : ''}.\n`);
  return counts.failed > 0 || (parsed.check && counts.changed > 0) ? 1 : 0;
}
