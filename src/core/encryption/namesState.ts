// What a window's view of an opaque journal knows of names.age (decryptingJournalFs.ts), as one value:
// the names it pairs entries with, those it had before its last read, the sealed bytes that read gave,
// the ids it listed as gone, and its generations (nameMap.ts). A read, a write or a write-back
// replaces the whole value, so the view never holds one read's names with another read's bytes.
import { EntryNames } from './entryNames';
import type { NameMapRead } from './journalUnlock';
import type { NameMap } from './nameMap';
import type { NameLoss } from './namesChanged';

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
    /** The generation of names.age as last read or written whole; undefined when none was (the unlock found it damaged). */
    readonly generation: number | undefined,
    /** The highest generation of a damaged or missing names.age a write replaced unread, as last read (0: none); kept by this view's writes. */
    readonly lostGeneration: number,
    /** The generation of the names held before names.age was last read (`before`'s); undefined as `generation` is. */
    readonly beforeGeneration: number | undefined,
  ) {}

  /** The names the unlock read, at `generation` (undefined: names.age did not open whole); nothing read by the view yet. */
  static unlocked(names: EntryNames, generation: number | undefined): NamesState {
    return new NamesState(names, new Map(), undefined, new Set(), generation, 0, generation);
  }

  /** names.age as `read` gives it, taken as the names; the names held until now become `before`. */
  took(read: NameMapRead): NamesState {
    return new NamesState(new EntryNames(read.map), this.names.names, read.file, read.gone, read.generation, read.lostGeneration, this.generation);
  }

  /**
   * `took` of names.age read again with the very bytes these names came from, whole (`file`, read or
   * written by this view, the names neither merged nor kept beside it): the same names, the names held
   * until now become `before` — what `took` gives for that read, without parsing the map again.
   */
  again(): NamesState {
    return new NamesState(this.names, this.names.names, this.file, this.gone, this.generation, this.lostGeneration, this.generation);
  }

  /** As `took`, but `before` stays: names this view held, written back, are no change made elsewhere. */
  wroteBack(read: NameMapRead): NamesState {
    return new NamesState(new EntryNames(read.map), this.before, read.file, read.gone, read.generation, read.lostGeneration, this.beforeGeneration);
  }

  /**
   * The same names, names.age now holding `file` (undefined: missing) that this view cannot read, at
   * the generation `stamp` says (generationStamp.ts): a write over it checks it still holds `file`, and
   * records that generation as lost.
   */
  over(file: Uint8Array | undefined, stamp: number | undefined): NamesState {
    return new NamesState(this.names, this.before, file, this.gone, this.generation, Math.max(this.lostGeneration, stamp ?? 0), this.beforeGeneration);
  }

  /**
   * Whether this view's names are older than a names.age it cannot read, which `stamp` says had got to
   * that generation: it holds names, from a read of an older one. Its names would undo a change made
   * since in another window, so it writes none over it. A view holding no names writes none, and is
   * never behind; no stamp tells nothing.
   */
  behind(stamp: number | undefined): boolean {
    return stamp !== undefined && this.names.names.size > 0 && (this.generation ?? 0) < stamp;
  }

  /**
   * Whether this view's names may be older than a names.age that `read` says a write replaced unread
   * (its `lostGeneration`): then it does not write them back into `read` (knownNames.ts), as they may
   * undo a change made in another window before that list was lost.
   */
  olderThanLost(read: NameMapRead): boolean {
    return (this.generation ?? 0) < read.lostGeneration;
  }

  /**
   * How names.age, as last read, came to lack a name this view held before that read (`before`), its
   * file still there and not listed as gone, as far as the generations tell: `replaced-unread` — a
   * write replaced a damaged or missing list newer than the one this view had read (its
   * `lostGeneration` above `beforeGeneration`), so a change made in another window since, a rename
   * say, was lost with it, and this view's names are not written back (olderThanLost); `replaced` —
   * a write replaced the very list this view had read (its generation), by a window that did not know
   * the name; `older` — the list now there is older than the one this view had read (a sync or a
   * restored backup put back an older copy, or an earlier version, which keeps no generation, wrote
   * it); `unknown` — none of these shows (a list replaced where names.generation told nothing, an
   * older copy put back and written since as often as it was behind).
   */
  lossSinceBefore(): NameLoss {
    const last = this.beforeGeneration ?? 0;
    if (last < this.lostGeneration) {
      return 'replaced-unread';
    }
    if (this.lostGeneration > 0 && last === this.lostGeneration) {
      return 'replaced';
    }
    return (this.generation ?? 0) < last ? 'older' : 'unknown';
  }

  /** The names as a read of names.age gives them. */
  get read(): NameMapRead {
    return { map: new Map(this.names.names), file: this.file, gone: this.gone, generation: this.generation ?? 0, lostGeneration: this.lostGeneration };
  }
}
