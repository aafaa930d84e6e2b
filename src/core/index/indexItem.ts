// One entry file → what the journal index keeps about it: the entry record (records/readRecord.ts)
// and, for reflection, its commitments and @mentions (reflect/entryFacts.ts). Both are read from
// the same text in one call, on whichever thread makes index items (the extension's own, or a
// worker). Anything that comes back from storage or another thread is checked with `isIndexItem`.
import { entryFacts, type EntryFacts } from '../reflect/entryFacts';
import { isEntryFacts, NO_FACTS } from './factsData';
import type { TagResult } from '../tagger/types';
import { isIndexedEntry } from '../records/entryRecord';
import { indexRecord, type RecordResult } from '../records/readRecord';
import { ownData } from '../text/ownString';

export interface IndexItem {
  readonly record: RecordResult;
  /** Empty for a file that is not an entry. */
  readonly facts: EntryFacts;
}

export function indexItem(path: string, text: string, tag: (text: string) => TagResult): IndexItem {
  return withFacts(indexRecord(path, text, tag), text);
}

/**
 * The item of `record`, made from `text` elsewhere (a worker thread that made the record alone): the
 * facts of `text` beside it, exactly as {@link indexItem} makes them.
 */
export function withFacts(record: RecordResult, text: string): IndexItem {
  // Facts are kept as long as the index: copied so their strings do not hold the text (ownString.ts).
  return { record, facts: record.ok ? ownData(entryFacts(text)) : NO_FACTS };
}

/** Whether `value` is an {@link IndexItem}: a valid record (or a skip with a reason) and valid facts. */
export function isIndexItem(value: unknown): value is IndexItem {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { record, facts } = value as Record<string, unknown>;
  if (typeof record !== 'object' || record === null || !isEntryFacts(facts)) {
    return false;
  }
  const result = record as Record<string, unknown>;
  return result.ok === true ? isIndexedEntry(result.entry) : result.ok === false && typeof result.reason === 'string';
}
