// `report DIR --passphrase-file FILE` (or `--identity FILE`): the same report as report.ts, over a
// journal whose entries are partly or wholly `*.md.age`. It reuses report.ts's argument parser and the
// core's report model and renderers; the reading and output steps mirror runReport's until issue #13
// gives runReport a journal source to take (encryptedJournal.ts would be one).
import { stat, writeFile } from 'node:fs/promises';
import { localDateOf } from '../../core/calendar/localDate';
import type { Credential } from '../../core/encryption/journalKey';
import { renderHtmlReport } from '../../core/report/htmlReport';
import { buildReport, type SkippedFile } from '../../core/report/reportModel';
import { renderTextReport } from '../../core/report/textReport';
import { createTagger } from '../../core/tagger/tagger';
import { errorMessage } from '../../core/text/errorMessage';
import { plural } from '../../core/text/format';
import type { IndexedEntry } from '../../core/records/entryRecord';
import { indexRecord } from '../../core/records/readRecord';
import type { CliIo } from '../io';
import { parseReportArgs, SKIPPED_SHOWN } from '../report';
import { readEncryptedJournal, unlockFolder, type EncryptedJournal } from './encryptedJournal';
import { printable, printableLines } from './printable';
import { byCodeUnits } from '../../core/text/order';

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
      record = indexRecord(file.path, text.text, (entry) => tagger.tag(entry));
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
    io.stderr(printableLines([`leadership-journal report: skipped ${skipped.length === 1 ? '1 file' : `${skipped.length} files`}:`, ...lines]));
  }
  let report;
  try {
    report = buildReport(entries, skipped, localDateOf(io.now()), parsed.since);
  } catch (error) {
    return fail(1, `cannot compute the report: ${errorMessage(error)}`);
  }
  switch (parsed.output.format) {
    case 'text':
      io.stdout(renderTextReport(report, parsed.dir));
      return 0;
    case 'json':
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    case 'html': {
      const file = parsed.output.file;
      try {
        await writeFile(file, renderHtmlReport(report, { journal: parsed.dir, generator: `leadership-journal ${io.version}` }), 'utf8');
      } catch (error) {
        return fail(1, `cannot write ${file}: ${errorMessage(error)}`);
      }
      io.stdout(printableLines([`Wrote ${file}: ${plural(report.summary.totals.entries, 'entry', 'entries')} as of ${report.today}.`]));
      return 0;
    }
  }
}
