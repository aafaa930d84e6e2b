// What a window's view of an opaque journal knows of names.age (decryptingJournalFs.ts), as one value:
// the names it pairs entries with, those it had before its last read, the sealed bytes that read gave
// and the ids it listed as gone. A read, a write or a write-back replaces the whole value, so the view
// never holds one read's names with another read's bytes.
import { EntryNames } from './entryNames';
import type { NameMapRead } from './journalUnlock';
import type { NameMap } from './nameMap';

export class NamesState {
  private constructor(
    /** The names this view pairs entries with: names.age as last read or written, with any it keeps (knownNames.ts). */
    readonly names: EntryNames,
    /** The names before names.age was last read: a refusal tells an entry renamed over a name from a new one (namesChanged.ts). */
    readonly before: NameMap,
    /** The sealed bytes of names.age the names came from; undefined until a listing or change reads it, or when it is missing. */
    readonly file: Uint8Array | undefined,
    /** The ids names.age, as last read, lists as taken out by a change while their files may be there (knownNames.ts): never kept. */
    readonly gone: ReadonlySet<string>,
  ) {}

  /** The names the unlock read; nothing read by the view yet. */
  static unlocked(names: EntryNames): NamesState {
    return new NamesState(names, new Map(), undefined, new Set());
  }

  /** names.age as `read` gives it, taken as the names; the names held until now become `before`. */
  took(read: NameMapRead): NamesState {
    return new NamesState(new EntryNames(read.map), this.names.names, read.file, read.gone ?? new Set());
  }

  /** As `took`, but `before` stays: names this view held, written back, are no change made elsewhere. */
  wroteBack(read: NameMapRead): NamesState {
    return new NamesState(new EntryNames(read.map), this.before, read.file, read.gone ?? new Set());
  }

  /** The same names, names.age now holding `file` (undefined: missing): a write over it checks it still does. */
  over(file: Uint8Array | undefined): NamesState {
    return new NamesState(this.names, this.before, file, this.gone);
  }

  /** The names as a read of names.age gives them. */
  get read(): NameMapRead {
    return { map: new Map(this.names.names), file: this.file, gone: this.gone };
  }
}
