// Moved to core/records/readRecord.ts. This re-export keeps src/extension compiling until the
// extension's index moves onto the catalogue.
export { indexRecord, type RecordResult } from '../records/readRecord';
