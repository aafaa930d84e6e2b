// Export Metrics: the journal's numbers, for sharing with a coach, with no entry text at all. A row
// holds the date, the kind, the tagger's label and shares, functions, traps, style, word count and
// how many people the entry names. Never a title, a path (paths hold people's names), a name or a
// sentence: every text field is checked against the product's own ids, and a user's own kind (free
// text in their front matter) is exported as `other`. Entries the user has written nothing in are not
// exported: they are in no count (trends/counted.ts); the caller leaves out entries dated after today.
// Private entries (`private: true`, `#private`: core/entries/privateEntry.ts) are not exported either:
// an export is for someone else.
import { ENTRY_KIND_IDS } from '../entries/kinds';
import { ENTRY_LABELS, FUNCTION_IDS, STYLE_IDS, TRAP_IDS, type EntryLabel, type EntryReading, type TrapId } from '../tagger/types';
import type { IndexedEntry } from '../records/entryRecord';
import type { PersonSource } from './people';
import { personKey } from './personKey';
import { isWritten } from '../trends/counted';
import { REVIEW_KINDS } from './reviewStats';
import { byDateThenPath } from '../text/order';

export type MetricsSource = IndexedEntry & Pick<PersonSource, 'mentions'>;

/** One exported entry; its shares (`why`, `how`) are rounded to three decimals. */
export interface MetricsRow extends EntryReading {
  readonly date: string;
  /** A built-in kind id, or `other`. */
  readonly kind: string;
  /** `unclear` when what was written shows neither side. */
  readonly label: EntryLabel;
  readonly traps: readonly TrapId[];
  readonly words: number;
  /** Distinct people named in the front matter or with `@`. */
  readonly people: number;
}

export const METRICS_COLUMNS: readonly (keyof MetricsRow)[] = ['date', 'kind', 'label', 'why', 'how', 'functions', 'traps', 'style', 'words', 'people'];

const KINDS: readonly string[] = [...ENTRY_KIND_IDS, ...REVIEW_KINDS];
const LABELS: readonly string[] = ENTRY_LABELS;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function share(value: number): number {
  return Number.isFinite(value) ? Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000 : 0;
}

function only<T extends string>(values: readonly string[], allowed: readonly T[]): T[] {
  return allowed.filter((id) => values.includes(id));
}

/** One row per written entry that is not private, with a valid date, by date (entries of one day in path order, which is not exported). */
export function metricsRows(records: readonly MetricsSource[]): MetricsRow[] {
  return records
    .filter((record) => ISO_DATE.test(record.date) && isWritten(record) && record.private !== true)
    .sort(byDateThenPath)
    .map((record) => ({
      date: record.date,
      kind: KINDS.includes(record.kind) ? record.kind : 'other',
      label: record.label !== null && LABELS.includes(record.label) ? record.label : 'unclear',
      why: share(record.why),
      how: share(record.how),
      functions: only(record.functions, FUNCTION_IDS),
      traps: only(record.traps, TRAP_IDS),
      style: record.style !== null && STYLE_IDS.includes(record.style) ? record.style : null,
      words: Number.isSafeInteger(record.words) && record.words >= 0 ? record.words : 0,
      people: new Set([...record.people, ...(record.mentions ?? [])].map(personKey).filter((key) => key !== '')).size,
    }));
}

/** A CSV field quoted as RFC 4180 requires: in double quotes, inner quotes doubled, when it holds `"`, `,`, CR or LF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cell(value: MetricsRow[keyof MetricsRow]): string {
  if (value === null) {
    return '';
  }
  return Array.isArray(value) ? value.join(';') : String(value);
}

/** RFC 4180 CSV: a header row, CRLF after every row; lists (functions, traps) joined by `;`. */
export function metricsCsv(records: readonly MetricsSource[]): string {
  const rows = metricsRows(records).map((row) => METRICS_COLUMNS.map((column) => csvField(cell(row[column]))).join(','));
  return [METRICS_COLUMNS.join(','), ...rows].map((line) => `${line}\r\n`).join('');
}

/** A JSON array of rows, two-space indented, ending in a newline. */
export function metricsJson(records: readonly MetricsSource[]): string {
  return `${JSON.stringify(metricsRows(records), null, 2)}\n`;
}
