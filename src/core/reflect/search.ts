// Search Journal: which index records a query's filters keep, and where in an entry's text its
// words occur. Filtering reads metadata only, one pass over the records, so a 10,000-entry index is
// searched as fast as it is listed; the text is read only for the entries that pass, by the caller.
// With private entries hidden (a setting, for shared screens), those that pass the filters are left
// out before any text is read, and counted so the list can say how many.
import { splitEntry } from '../entries/entrySplit';
import type { IndexedEntry } from '../records/entryRecord';
import { foldText, foldWithOffsets } from './foldText';
import type { PersonSource } from './people';
import { createPeopleDirectory, type PeopleDirectory } from './peopleDirectory';
import { withoutPrivate } from '../entries/privateRecords';
import type { SearchQuery } from './searchQuery';
import { byCodeUnits } from '../text/order';

/** A record the search reads: the index record, with `@mentions` once the index carries them. */
export type SearchRecord = IndexedEntry & Pick<PersonSource, 'mentions'>;

export interface TextMatch {
  /** Zero-based line in the entry (front matter counted) of the first line holding a term. */
  readonly line: number;
  /** That line around the first term, whitespace collapsed, `…` where it was cut. */
  readonly excerpt: string;
}

/** Characters kept either side of the match in an excerpt. */
export const EXCERPT_CONTEXT = 40;

/** Whether the query has text terms, i.e. whether entries' text must be read. */
export function needsText(query: SearchQuery): boolean {
  return query.terms.length > 0;
}

/**
 * A predicate for the query's metadata filters (everything but the text terms). People are matched
 * by key, through `directory`: `person:ani` finds entries naming Ana María López when people.yml says
 * so, and a bare first name finds full names that start with it (`person:ana` finds "Ana Ruiz").
 */
export function createRecordFilter(query: SearchQuery, directory: PeopleDirectory = createPeopleDirectory([])): (record: SearchRecord) => boolean {
  const wanted = query.people.map((key) => directory.resolve(key).key);
  const nameMatches = new Map<string, boolean>();
  const namesWanted = (written: string): boolean => {
    let match = nameMatches.get(written);
    if (match === undefined) {
      const key = directory.resolve(written).key;
      match = wanted.some((want) => key === want || key.startsWith(`${want} `));
      nameMatches.set(written, match);
    }
    return match;
  };
  return (record) =>
    (query.from === null || record.date >= query.from)
    && (query.to === null || record.date <= query.to)
    && (query.labels.length === 0 || (record.label !== null && query.labels.includes(record.label)))
    && (query.kinds.length === 0 || query.kinds.includes(record.kind.toLowerCase()))
    && (query.styles.length === 0 || (record.style !== null && query.styles.includes(record.style)))
    && query.functions.every((fn) => record.functions.includes(fn))
    && query.traps.every((trap) => record.traps.includes(trap))
    && (wanted.length === 0 || record.people.some(namesWanted) || (record.mentions ?? []).some(namesWanted));
}

/** The records the filters keep, newest first (ties by path). Linear, plus sorting the result. */
export function filterRecords<T extends SearchRecord>(query: SearchQuery, records: readonly T[], directory?: PeopleDirectory): T[] {
  const keep = createRecordFilter(query, directory);
  return records.filter(keep).sort((a, b) => byCodeUnits(b.date, a.date) || byCodeUnits(a.path, b.path));
}

export interface SearchCandidates<T> {
  /** The records to list (a query without words) or whose text to read, newest first. */
  readonly candidates: T[];
  /** Private records that passed the filters and were left out: 0 unless `hidePrivate`. */
  readonly privateLeftOut: number;
}

/**
 * The records the filters keep, newest first, without the private ones when `hidePrivate` (counted
 * in `privateLeftOut`). A private entry is left out whatever its text holds: its text is not read,
 * so the count says how many private entries the filters let through, not how many hold the words.
 */
export function searchCandidates<T extends SearchRecord>(query: SearchQuery, records: readonly T[], hidePrivate: boolean, directory?: PeopleDirectory): SearchCandidates<T> {
  const { shown, hidden } = withoutPrivate(filterRecords(query, records, directory), hidePrivate);
  return { candidates: shown, privateLeftOut: hidden };
}

/** The line around the first place `term` (folded) occurs in it. */
function excerptOf(line: string, term: string): string {
  const { folded, offsets } = foldWithOffsets(line);
  const at = folded.indexOf(term);
  const start = offsets[at] ?? 0;
  const after = at + term.length;
  const end = Math.max(start + 1, after < offsets.length ? offsets[after] ?? line.length : line.length);
  return excerptAround(line, start, end);
}

function excerptAround(line: string, start: number, end: number): string {
  const from = Math.max(0, start - EXCERPT_CONTEXT);
  const to = Math.min(line.length, end + EXCERPT_CONTEXT);
  const middle = line.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${middle}${to < line.length ? '…' : ''}`;
}

/**
 * Where the query's terms occur in an entry's text (the body; front matter is metadata), case- and
 * accent-insensitively: undefined unless every term occurs somewhere; otherwise the first line
 * holding any term. A phrase matches within one line. A query without terms matches at line 0 of the body with no excerpt work.
 * Linear in the text times the number of terms.
 */
export function findInText(query: SearchQuery, text: string): TextMatch | undefined {
  const split = splitEntry(text);
  const bodyLine = split.yaml === undefined ? 0 : text.slice(0, split.bom.length + split.bodyStart).split(/\r\n?|\n/).length - 1;
  const lines = split.body.split(/\r\n?|\n/);
  if (query.terms.length === 0) {
    return { line: bodyLine, excerpt: '' };
  }
  const missing = new Set(query.terms);
  let first: TextMatch | undefined;
  for (let index = 0; index < lines.length && (missing.size > 0 || !first); index++) {
    const line = lines[index] ?? '';
    const folded = foldText(line);
    for (const term of query.terms) {
      const at = folded.indexOf(term);
      if (at < 0) {
        continue;
      }
      missing.delete(term);
      if (!first) {
        first = { line: bodyLine + index, excerpt: excerptOf(line, term) };
      }
    }
  }
  return missing.size === 0 ? first : undefined;
}
