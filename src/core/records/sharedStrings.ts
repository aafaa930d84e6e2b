// One copy of each value that many records repeat. A catalogue of 50,000 records held 50,000 copies
// of "balanced", of each function id, of each day and kind: records made on a worker thread arrive
// as structured clones (every string a fresh copy), and records made here copy their front matter's
// strings (ownString.ts) so as not to hold the entry's text. A `SharedStrings` maps each such value,
// and each list of them, to the first equal one it saw; the record it returns is equal to the one it
// was given (same keys, in the same order), and its path is the catalogue's key for it.
import type { IndexedEntry } from './entryRecord';

export class SharedStrings {
  private readonly strings = new Map<string, string>();
  /** Lists of one value, by that value; longer lists, by their JSON. */
  private readonly singles = new Map<string, readonly string[]>();
  private readonly lists = new Map<string, readonly string[]>();

  private one<T extends string | null>(value: T): T {
    if (value === null) {
      return value;
    }
    const known = this.strings.get(value);
    if (known !== undefined) {
      return known as T;
    }
    this.strings.set(value, value);
    return value;
  }

  private list<T extends string>(values: readonly T[]): readonly T[] {
    if (values.length === 0) {
      return EMPTY as readonly T[];
    }
    const lists = values.length === 1 ? this.singles : this.lists;
    const key = values.length === 1 ? (values[0] as string) : JSON.stringify(values);
    const known = lists.get(key);
    if (known !== undefined) {
      return known as readonly T[];
    }
    const own = values.map((value) => this.one(value));
    lists.set(key, own);
    return own;
  }

  /** `entry` with its repeated values shared, and `path` (equal to entry.path) as its path. */
  entry(entry: IndexedEntry, path: string): IndexedEntry {
    const shared: { -readonly [K in keyof IndexedEntry]: IndexedEntry[K] } = {
      path: path === entry.path ? path : entry.path,
      date: this.one(entry.date),
      kind: this.one(entry.kind),
      people: this.list(entry.people),
      label: this.one(entry.label),
      why: entry.why,
      how: entry.how,
      functions: this.list(entry.functions),
      style: this.one(entry.style),
      traps: this.list(entry.traps),
      words: entry.words,
      title: entry.title,
    };
    if (entry.private === true) {
      shared.private = true;
    }
    return shared;
  }
}

const EMPTY: readonly string[] = Object.freeze([]);
