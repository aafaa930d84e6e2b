// The report's reading of a journal as it was before the catalogue (issue #13), kept as the
// reference the catalogue's report must equal byte for byte: an asynchronous walk (dot-names and
// node_modules left out, file links followed, folder links not, unreadable sub-folders reported),
// then one file at a time read, made into a record, or skipped with why.
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { localDateOf, type LocalDate } from '../../../src/core/calendar/localDate';
import type { IndexedEntry } from '../../../src/core/records/entryRecord';
import { indexRecord } from '../../../src/core/records/readRecord';
import { buildReport, type SkippedFile } from '../../../src/core/report/reportModel';
import { renderTextReport } from '../../../src/core/report/textReport';
import { createTagger } from '../../../src/core/tagger/tagger';

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function list(root: string): Promise<{ files: string[]; unreadable: { path: string; reason: string }[] }> {
  const files: string[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  const pending = [''];
  while (pending.length > 0) {
    const folder = pending.pop() ?? '';
    let children: Dirent[];
    try {
      children = await readdir(join(root, folder), { withFileTypes: true });
    } catch (error) {
      unreadable.push({ path: folder, reason: message(error) });
      continue;
    }
    for (const child of children) {
      if (child.name.startsWith('.') || child.name === 'node_modules') {
        continue;
      }
      const relative = folder === '' ? child.name : `${folder}/${child.name}`;
      if (child.isDirectory()) {
        pending.push(relative);
      } else if (child.name.toLowerCase().endsWith('.md')
        && (child.isFile() || (child.isSymbolicLink() && await stat(join(root, relative)).then((s) => s.isFile(), () => false)))) {
        files.push(relative);
      }
    }
  }
  return { files: files.sort(byCodeUnits), unreadable: unreadable.sort((a, b) => byCodeUnits(a.path, b.path)) };
}

/** `report DIR --json` and `report DIR` as the CLI printed them before the catalogue. */
export async function referenceReport(dir: string, now: Date, since?: LocalDate): Promise<{ json: string; text: string }> {
  const tagger = createTagger({ evidence: false });
  const listing = await list(dir);
  const entries: IndexedEntry[] = [];
  const skipped: SkippedFile[] = listing.unreadable.map((folder) => ({ path: `${folder.path}/`, reason: `the folder could not be read: ${folder.reason}` }));
  for (const path of listing.files) {
    let text: string;
    try {
      text = await readFile(join(dir, path), 'utf8');
    } catch (error) {
      skipped.push({ path, reason: `it could not be read: ${message(error)}` });
      continue;
    }
    const record = indexRecord(path, text, (t) => tagger.tag(t));
    if (record.ok) {
      entries.push(record.entry);
    } else {
      skipped.push({ path, reason: record.reason });
    }
  }
  const report = buildReport(entries, skipped, localDateOf(now), since);
  return { json: `${JSON.stringify(report, null, 2)}\n`, text: renderTextReport(report, dir) };
}
