// Moved to core/records/entryRecord.ts (the record every feature reads is not a trends thing). This
// re-export keeps src/extension compiling until the extension's index moves onto the catalogue.
export { isIndexedEntry, type IndexedEntry } from '../records/entryRecord';
