// `leadership-journal report DIR [--since DATE] [--json | --html FILE]`: the trends view's numbers over
// a journal folder on disk, as a terminal summary (default), as JSON on stdout, or as one
// self-contained HTML file.
//
// Exit codes: 0 when the report was made (files that are not entries are skipped, listed on stderr
// and in the JSON, and do not fail it); 2 for a usage error, a bad DATE, or a DIR that is missing,
// unreadable or not a folder; 1 when the report cannot be computed or FILE cannot be written. An
// existing FILE is replaced, as `>` would; a FILE that is a folder cannot be written (exit 1).
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { localDateOf, parseIsoDate, type LocalDate } from '../core/calendar/localDate';
import { renderHtmlReport } from '../core/report/htmlReport';
import { buildReport, type JournalReport, type SkippedFile } from '../core/report/reportModel';
import { renderTextReport } from '../core/report/textReport';
import { createTagger } from '../core/tagger/tagger';
import { terminalJson, terminalSafe } from '../core/text/terminalSafe';
import type { TagResult } from '../core/tagger/types';
import type { IndexedEntry } from '../core/trends/indexEntry';
import { indexRecord, type RecordResult } from '../core/trends/indexRecord';
import type { CliIo } from './io';
import { listJournalFiles, type JournalListing } from './journalFiles';

export interface ReportArgs {
  readonly dir: string;
  readonly since: LocalDate | undefined;
  readonly output: { readonly format: 'text' } | { readonly format: 'json' } | { readonly format: 'html'; readonly file: string };
}

/** Skipped files named on stderr before the rest are only counted. */
export const SKIPPED_SHOWN = 10;

/** The arguments after `report`, or a message saying what is wrong with them. */
export function parseReportArgs(args: readonly string[]): ReportArgs | string {
  const dirs: string[] = [];
  let since: LocalDate | undefined;
  let json = false;
  let html: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => {
      if (inline !== undefined) {
        return inline;
      }
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) {
        return undefined;
      }
      i++;
      return next;
    };
    if (name === '--since') {
      const text = value();
      if (text === undefined) {
        return '--since needs a DATE (YYYY-MM-DD)';
      }
      since = parseIsoDate(text);
      if (since === undefined) {
        return `--since: "${text}" is not a date; use YYYY-MM-DD, e.g. 2026-01-01`;
      }
    } else if (name === '--json' && inline === undefined) {
      json = true;
    } else if (name === '--html') {
      html = value();
      if (html === undefined || html === '') {
        return '--html needs a FILE to write';
      }
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option "${arg}"`;
    } else {
      dirs.push(arg);
    }
  }
  if (json && html !== undefined) {
    return '--json and --html cannot be used together: choose one';
  }
  if (dirs.length !== 1 || dirs[0] === undefined) {
    return dirs.length === 0 ? 'expected the journal folder, DIR' : `expected one DIR, got ${dirs.length}: ${dirs.join(' ')}`;
  }
  const output = html !== undefined ? { format: 'html' as const, file: html } : { format: json ? 'json' as const : 'text' as const };
  return { dir: dirs[0], since, output };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why `dir` cannot be read as a journal folder, or undefined when it can. */
async function folderProblem(dir: string): Promise<string | undefined> {
  try {
    return (await stat(dir)).isDirectory() ? undefined : `${terminalSafe(dir)} is not a folder`;
  } catch (error) {
    return `cannot read the journal folder ${terminalSafe(dir)}: ${terminalSafe(message(error))}`;
  }
}

interface ReadJournal {
  readonly entries: IndexedEntry[];
  readonly skipped: SkippedFile[];
}

/**
 * Reads and tags the listed entries. A file that cannot be read or tagged, or is not an entry, is
 * skipped with its reason; nothing here throws for one bad file.
 */
async function readJournal(dir: string, listing: JournalListing, tag: (text: string) => TagResult, io: CliIo): Promise<ReadJournal> {
  const entries: IndexedEntry[] = [];
  const skipped: SkippedFile[] = listing.unreadable.map((folder) => ({ path: `${folder.path}/`, reason: `the folder could not be read: ${folder.reason}` }));
  for (const path of listing.files) {
    let text: string;
    try {
      text = await io.readFile(join(dir, path));
    } catch (error) {
      skipped.push({ path, reason: `it could not be read: ${message(error)}` });
      continue;
    }
    let record: RecordResult;
    try {
      record = indexRecord(path, text, tag);
    } catch (error) {
      record = { ok: false, reason: `it could not be tagged: ${message(error)}` };
    }
    if (record.ok) {
      entries.push(record.entry);
    } else {
      skipped.push({ path, reason: record.reason });
    }
  }
  return { entries, skipped };
}

function reportSkipped(skipped: readonly SkippedFile[], io: CliIo): void {
  if (skipped.length === 0) {
    return;
  }
  const lines = skipped.slice(0, SKIPPED_SHOWN).map((file) => `  ${terminalSafe(file.path)}: ${terminalSafe(file.reason)}`);
  if (skipped.length > SKIPPED_SHOWN) {
    lines.push(`  … and ${skipped.length - SKIPPED_SHOWN} more (--json lists them all)`);
  }
  io.stderr(`leadership-journal report: skipped ${skipped.length === 1 ? '1 file that is not an entry' : `${skipped.length} files that are not entries`}:\n${lines.join('\n')}\n`);
}

export async function runReport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseReportArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`leadership-journal report: ${terminalSafe(parsed)}\nUsage: leadership-journal report DIR [--since YYYY-MM-DD] [--json | --html FILE]\n`);
    return 2;
  }
  const problem = await folderProblem(parsed.dir);
  if (problem !== undefined) {
    io.stderr(`leadership-journal report: ${problem}\n`);
    return 2;
  }
  let listing: JournalListing;
  try {
    listing = await listJournalFiles(parsed.dir);
  } catch (error) {
    io.stderr(`leadership-journal report: cannot read the journal folder ${terminalSafe(parsed.dir)}: ${terminalSafe(message(error))}\n`);
    return 2;
  }
  let journal: ReadJournal;
  try {
    const tagger = createTagger({ evidence: false }); // The report shows no cues.
    journal = await readJournal(parsed.dir, listing, (text) => tagger.tag(text), io);
  } catch (error) {
    io.stderr(`leadership-journal report: cannot read the entries: ${terminalSafe(message(error))}\n`);
    return 1;
  }
  reportSkipped(journal.skipped, io);
  let report: JournalReport;
  try {
    report = buildReport(journal.entries, journal.skipped, localDateOf(io.now()), parsed.since);
  } catch (error) {
    io.stderr(`leadership-journal report: cannot compute the report: ${terminalSafe(message(error))}\n`);
    return 1;
  }
  switch (parsed.output.format) {
    case 'text':
      io.stdout(renderTextReport(report, parsed.dir)); // Escapes the folder's name and the entries' text itself.
      return 0;
    case 'json':
      io.stdout(`${terminalJson(report, 2)}\n`);
      return 0;
    case 'html': {
      const file = parsed.output.file;
      try {
        await writeFile(file, renderHtmlReport(report, { journal: parsed.dir, generator: `leadership-journal ${io.version}` }), 'utf8');
      } catch (error) {
        io.stderr(`leadership-journal report: cannot write ${terminalSafe(file)}: ${terminalSafe(message(error))}\n`);
        return 1;
      }
      io.stdout(`Wrote ${terminalSafe(file)}: ${report.summary.totals.entries} ${report.summary.totals.entries === 1 ? 'entry' : 'entries'} as of ${report.today}.\n`);
      return 0;
    }
  }
}
