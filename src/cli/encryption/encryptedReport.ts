// `report DIR --passphrase-file FILE` (or `--identity FILE`): the same report as report.ts, over a
// journal whose entries are partly or wholly `*.md.age`. It reuses report's argument parser
// (reportArgs.ts), its output (report.ts's printReport) and the core's report model; the reading step
// mirrors runReport's until issue #13 gives runReport a journal source to take (encryptedJournal.ts
// would be one).
import { stat } from 'node:fs/promises';
import { localDateOf } from '../../core/calendar/localDate';
import type { Credential } from '../../core/encryption/journalKey';
import { buildReport, type SkippedFile } from '../../core/report/reportModel';
import { createTagger } from '../../core/tagger/tagger';
import { errorMessage } from '../../core/text/errorMessage';
import type { IndexedEntry } from '../../core/records/entryRecord';
import { indexRecord } from '../../core/records/readRecord';
import type { CliIo } from '../io';
import { printReport, SKIPPED_SHOWN } from '../report';
import { parseReportArgs } from '../reportArgs';
import { readEncryptedJournal, unlockFolder, type EncryptedJournal } from './encryptedJournal';
import { printable, printableLines } from './printable';
import { byCodeUnits } from '../../core/text/order';
import { plural } from '../../core/text/format';

export async function runEncryptedReport(args: readonly string[], credential: Credential, io: CliIo): Promise<number> {
  const fail = (code: number, message: string): number => {
    io.stderr(printableLines([`leadership-journal report: ${message}`]));
    return code;
  };
  const parsed = parseReportArgs(args);
  if (typeof parsed === 'string') {
    return fail(2, `${parsed}\nUsage: leadership-journal report DIR [--since YYYY-MM-DD] [--json | --html FILE] [--passphrase-file FILE | --identity FILE]`);
  }
  try {
    if (!(await stat(parsed.dir)).isDirectory()) {
      return fail(2, `${parsed.dir} is not a folder`);
    }
  } catch (error) {
    return fail(2, `cannot read the journal folder ${parsed.dir}: ${errorMessage(error)}`);
  }
  const unlocked = await unlockFolder(parsed.dir, credential);
  if (!unlocked.ok) {
    return fail(2, unlocked.message);
  }
  let journal: EncryptedJournal;
  try {
    journal = await readEncryptedJournal(parsed.dir, unlocked.value);
  } catch (error) {
    return fail(2, `cannot read the journal folder ${parsed.dir}: ${errorMessage(error)}`);
  }
  for (const warning of journal.warnings) {
    io.stderr(`leadership-journal report: ${printable(warning)}\n`);
  }
  const tagger = createTagger({ evidence: false });
  const entries: IndexedEntry[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of journal.entries) {
    const text = await file.read();
    if (!text.ok) {
      skipped.push({ path: file.path, reason: text.reason });
      continue;
    }
    let record;
    try {
      record = indexRecord(file.path, text.text, (entry) => tagger.readRecord(entry));
    } catch (error) {
      record = { ok: false as const, reason: `it could not be tagged: ${errorMessage(error)}` };
    }
    if (record.ok) {
      entries.push(record.entry);
    } else {
      skipped.push({ path: file.path, reason: record.reason });
    }
  }
  skipped.sort((a, b) => byCodeUnits(a.path, b.path));
  if (skipped.length > 0) {
    const lines = skipped.slice(0, SKIPPED_SHOWN).map((file) => `  ${file.path}: ${file.reason}`);
    if (skipped.length > SKIPPED_SHOWN) {
      lines.push(`  … and ${skipped.length - SKIPPED_SHOWN} more (--json lists them all)`);
    }
    io.stderr(printableLines([`leadership-journal report: skipped ${plural(skipped.length, 'file')}:`, ...lines]));
  }
  let report;
  try {
    report = buildReport(entries, skipped, localDateOf(io.now()), parsed.since);
  } catch (error) {
    return fail(1, `cannot compute the report: ${errorMessage(error)}`);
  }
  return printReport(report, parsed, io);
}
