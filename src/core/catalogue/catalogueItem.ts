// What the catalogue keeps about one file of the journal: its stamp, and either the entry's record
// or the reason it is not an entry. Facts (commitments, mentions) are kept only by a catalogue that
// asks for them (the extension's reflection features); the CLI report does not compute them.
import type { EntryFacts } from '../reflect/entryFacts';
import type { RecordResult } from '../records/readRecord';
import type { IndexedEntry } from '../records/entryRecord';
import { errorMessage } from '../text/errorMessage';
import type { FileStamp } from './journalFiles';

export interface CatalogueItem {
  readonly mtime: number;
  readonly size: number;
  /** Null when the file is not an entry; `skipped` then says why. */
  readonly entry: IndexedEntry | null;
  readonly skipped?: string;
  /** Present only when the catalogue that made the item keeps facts. */
  readonly facts?: EntryFacts;
}

/** What a record maker returns for one text (an `IndexItem` fits). */
export interface MadeRecord {
  readonly record: RecordResult;
  readonly facts?: EntryFacts;
}

/**
 * What a maker that reads the files itself (`RecordMaker.readAndMake`) found at one path: the record
 * with the file's stamp, nothing there (left out, as a listed file gone when read), or a file that is
 * there but could not be read, with the skip reason (`unreadableReason`).
 */
export type ReadMade =
  | { readonly made: MadeRecord; readonly stamp: FileStamp }
  | { readonly gone: true }
  | { readonly unreadable: string };

/** Turns entry texts into records: in this thread, or on worker threads (src/node/recordPool.ts). */
export interface RecordMaker {
  /** Whether the items carry facts; a catalogue that keeps facts re-reads stored items without them. */
  readonly facts: boolean;
  /** Records for `jobs`, in the same order. Must not reject for one bad text (that is a skip). */
  make(jobs: readonly { readonly path: string; readonly text: string }[]): Promise<readonly MadeRecord[]>;
  /**
   * When present, the catalogue hands this maker the journal-relative paths of a build's files to read
   * instead of reading them itself: the maker reads them exactly as the catalogue's `JournalFiles`
   * would (the same texts, stamps and errors) wherever it makes their records (a worker thread reads
   * its own, so the calling thread never holds their texts). Results in the paths' order; must not
   * reject for one bad file.
   */
  readAndMake?(paths: readonly string[]): Promise<readonly ReadMade[]>;
  /** Told how many files a build is about to read, before the first `make`: a maker may start workers for many. */
  plan?(count: number): void;
  /** Batches the maker can work on at once (worker threads), read after `plan`; 1 when absent. */
  readonly lanes?: number;
  /**
   * Texts per batch, read after `plan`; the catalogue's MAKE_BATCH when absent. A maker on the
   * calling thread asks for few: texts read long before they are made outlive the young generation,
   * and a heap that promotes every text grows far past what it keeps.
   */
  readonly batch?: number;
}

/** The skip reason for a file that is there but could not be read. */
export function unreadableReason(error: unknown): string {
  return `it could not be read: ${errorMessage(error)}`;
}

export function itemOf(made: MadeRecord, mtime: number, size: number): CatalogueItem {
  if (!made.record.ok) {
    return { mtime, size, entry: null, skipped: made.record.reason };
  }
  return made.facts === undefined ? { mtime, size, entry: made.record.entry } : { mtime, size, entry: made.record.entry, facts: made.facts };
}
