// Shared by the catalogue tests: a record maker over the real tagger (in this thread), entry texts,
// and what a user sees of a catalogue (its entries and its skipped files).
import type { JournalCatalogue } from '../../../../src/core/catalogue/catalogue';
import type { RecordMaker } from '../../../../src/core/catalogue/catalogueItem';
import { indexItem } from '../../../../src/core/index/indexItem';
import { indexRecord } from '../../../../src/core/records/readRecord';
import { createTagger } from '../../../../src/core/tagger/tagger';

const tagger = createTagger({ evidence: false });
const tag = (text: string) => tagger.tag(text);

/** Records only (as the CLI report makes them); counts the texts it made. */
export function recordMaker(): RecordMaker & { made: string[] } {
  const made: string[] = [];
  return {
    facts: false,
    made,
    make: (jobs) => {
      made.push(...jobs.map((job) => job.path));
      return Promise.resolve(jobs.map((job) => ({ record: indexRecord(job.path, job.text, tag) })));
    },
  };
}

/** Records with facts (as the extension keeps them). */
export function factsMaker(): RecordMaker {
  return { facts: true, make: (jobs) => Promise.resolve(jobs.map((job) => indexItem(job.path, job.text, tag))) };
}

export function entry(date: string, body = 'I explained why the change matters to the team.'): string {
  return `---\ndate: ${date}\nkind: daily\n---\n\n# ${date}\n\n${body}\n`;
}

export const NOT_AN_ENTRY = '# Ideas with no date anywhere\n';
export const BROKEN = '---\ndate: [2026-11-21\n---\n\n# Broken\n';

/** What a user sees: the entries (path, date, title) and the skipped files with reasons. */
export function seen(catalogue: JournalCatalogue): { entries: string[]; skipped: string[] } {
  return {
    entries: catalogue.entries().map((e) => `${e.path} ${e.date} ${e.title} ${e.words}`),
    skipped: catalogue.skipped().map((s) => `${s.path}: ${s.reason}`),
  };
}

/** The persisted catalogue as the extension's storage writes it (persistBytes) and reads it back (decoded whole). */
export function persistedText(catalogue: JournalCatalogue, folder: string): string {
  return new TextDecoder().decode(catalogue.persistBytes(folder));
}
