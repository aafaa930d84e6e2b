// The entry record: what every feature knows about one journal entry, read once from its file and
// its front matter (records/readRecord.ts) and kept in the journal catalogue (core/catalogue/). The
// trends, the report and reflection work on these records only, never on Markdown. Records cross the
// webview boundary and are kept in a persisted cache, so anything read from outside goes through
// `isIndexedEntry` before it is used.
import { parseIsoDate } from '../calendar/localDate';
import { FUNCTION_IDS, STYLE_IDS, TRAP_IDS, type EntryLabel, type EntryReading, type TrapId } from '../tagger/types';

/** One entry as the index keeps it; its `why`, `how`, `functions` and `style` (EntryReading) are the tagger's, or a pinned entry's own. */
export interface IndexedEntry extends EntryReading {
  /** Journal-relative, '/'-separated, no empty, `.` or `..` segments: `2026/11/2026-11-23.md`. */
  readonly path: string;
  /** The entry's day, `YYYY-MM-DD` (a valid calendar day). */
  readonly date: string;
  /**
   * The entry's kind as its front matter names it. Free text, not an `EntryKindId`: a user's own
   * kind, or one from a newer version, must still be indexed.
   */
  readonly kind: string;
  /** The people the entry names, each once, as written (non-empty). */
  readonly people: readonly string[];
  /**
   * The tagger's label (or a pinned entry's own): `unclear` when the user wrote something that shows
   * neither side; null when the user has written nothing in the entry yet, and then the entry is in
   * no count (counted.ts).
   */
  readonly label: EntryLabel | null;
  /** Traps the entry shows, each once. */
  readonly traps: readonly TrapId[];
  /** Word count of the body: a non-negative integer. */
  readonly words: number;
  /** The first `# ` heading, or the file name when there is none. */
  readonly title: string;
  /**
   * Present (and true) only when the entry is marked private (`private: true` in its front matter or
   * a `#private` tag: core/entries/privateEntry.ts). A private entry is counted like any other (the
   * trends, the report's numbers) but never named or listed where others may see it: exports,
   * the report's lists (reportModel.ts), Export Metrics' rows.
   */
  readonly private?: true;
}

const KEYS: readonly string[] = [
  'path', 'date', 'kind', 'people', 'label', 'why', 'how', 'functions', 'style', 'traps', 'words', 'title',
] satisfies readonly (keyof IndexedEntry)[];
/** The same, to look keys up in: every record made or loaded is checked (10,000 at a warm start). */
const KEY_SET: ReadonlySet<string> = new Set(KEYS);

const LABELS: readonly string[] = ['why', 'how', 'balanced', 'unclear'] satisfies readonly EntryLabel[];

/** A plain data object, as `JSON.parse` and structured cloning produce: no arrays, no class instances. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The record's keys, each once and no other; the optional `private` only as `true`. */
function hasExactKeys(value: Record<string, unknown>): boolean {
  let known = 0;
  for (const key of Object.keys(value)) {
    if (key !== 'private') {
      if (!KEY_SET.has(key)) {
        return false;
      }
      known++;
    }
  }
  const privateOk = !Object.hasOwn(value, 'private') || value['private'] === true;
  return privateOk && known === KEYS.length && Object.getOwnPropertySymbols(value).length === 0;
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here.
const CONTROL = /[\u0000-\u001f\u007f]/;

function isJournalPath(value: unknown): boolean {
  if (typeof value !== 'string' || value === '' || value.includes('\\') || CONTROL.test(value)) {
    return false;
  }
  for (let start = 0; ;) { // Each segment, without splitting (every record loaded is checked).
    const slash = value.indexOf('/', start);
    const length = (slash < 0 ? value.length : slash) - start;
    if (length === 0 || (length <= 2 && value.startsWith(length === 1 ? '.' : '..', start))) {
      return false; // An empty, `.` or `..` segment.
    }
    if (slash < 0) {
      return true;
    }
    start = slash + 1;
  }
}

function isIsoDateText(value: unknown): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && parseIsoDate(value) !== undefined;
}

function isShare(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

/** An array of distinct members of `allowed` (or, with no `allowed`, of distinct non-empty strings). */
function isSetOf(value: unknown, allowed?: readonly string[]): boolean {
  if (!Array.isArray(value)) {
    return false;
  }
  const items: readonly unknown[] = value;
  return items.every((item, index) =>
    typeof item === 'string' && item !== ''
    && (allowed === undefined || allowed.includes(item))
    && items.indexOf(item) === index);
}

/**
 * Whether `value` is exactly an {@link IndexedEntry}: a plain object with every key and no other
 * (`private` may be there, as `true`),
 * each field of the right type and in range. NaN and infinite scores, unknown ids, repeated ids or
 * people, fractional word counts, absolute or backslashed paths and impossible dates are refused.
 */
export function isIndexedEntry(value: unknown): value is IndexedEntry {
  if (!isPlainRecord(value) || !hasExactKeys(value)) {
    return false;
  }
  return isJournalPath(value.path)
    && isIsoDateText(value.date)
    && typeof value.kind === 'string'
    && isSetOf(value.people)
    && (value.label === null || (typeof value.label === 'string' && LABELS.includes(value.label)))
    && isShare(value.why)
    && isShare(value.how)
    && isSetOf(value.functions, FUNCTION_IDS)
    && (value.style === null || (typeof value.style === 'string' && (STYLE_IDS as readonly string[]).includes(value.style)))
    && isSetOf(value.traps, TRAP_IDS)
    && typeof value.words === 'number' && Number.isSafeInteger(value.words) && value.words >= 0
    && typeof value.title === 'string';
}
