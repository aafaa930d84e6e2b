// The journal catalogue: one item per Markdown file of a journal folder (an entry's record, or why
// the file is not an entry), kept current by file events and by reconciling with a listing, and
// persisted so a later start re-reads only what changed. Pure: it reaches files only through
// `JournalFiles` (journalFiles.ts), and makes records only through a `RecordMaker`. The extension,
// the CLI and the tests share it. The rules, as the extension's index (src/extension/index/
// journalIndex.ts) and the CLI report applied them, made explicit here:
//
// - A build lists the folder and keeps every known item whose stamp (mtime + size) is unchanged;
//   everything else is read and made again. With nothing known (a cold build), files are read at
//   once, stamped as they are read. A file listed but gone when read is left out (not skipped); a
//   file that is there but cannot be read is skipped with the system's reason, stamped zero so the
//   next build reads it again.
// - Only `journalPaths.ts`'s files count: `.md` outside dot-folders and node_modules. Events for any
//   other path are ignored; a listing's other files too.
// - While a build runs, events are noted, not applied (the build replaces the items wholesale), and
//   replayed once it is done: each noted path is looked at again (gone: removed with what was
//   under it; a folder: reconciled; a file: read). A build started while another runs supersedes
//   it: the older one's result is dropped, and the newest replays every event noted since the first.
// - created / changed of a file: read again (a save can keep mtime and size). Of a folder, or of
//   the journal folder itself (a journal that appeared): the folder is reconciled, because hosts
//   report a folder created with files in it as the folder alone, and a rename inside a folder as a
//   change of the folder. Of a path that is no longer there: as deleted.
// - deleted: the path and everything under it go (a folder's delete is reported for the folder
//   alone); deleting the journal folder, '' here, empties the catalogue.
// - reconcile(folder): the listing is the truth for that folder: items under it that are not
//   listed go, listed files with a new or unknown stamp are read. After a burst of events the host
//   reconciles the whole journal; whatever the events left out (a file written as its folder
//   appeared, a coalesced rename) is settled then. Sub-folders that could not be listed are kept
//   as skipped folders until a listing reads them.
// - Skipped files are derived from the items on every call, never counted: deleting a skipped file
//   changes the count by construction.
// - Events and reconciliations are applied one at a time, in the order they arrive.
// - A held path (in the extension: an entry being written, auto-saved while typed into) is left as
//   it is by events, reconciliations and builds: a known item is kept with its old stamp, an unknown
//   file is not added. A delete still removes it. Once it is let go, an event for it reads it.
import type { EntryFacts } from '../reflect/entryFacts';
import { NO_FACTS } from '../index/factsData';
import type { IndexedEntry } from '../records/entryRecord';
import { SharedStrings } from '../records/sharedStrings';
import type { SkippedFile } from '../report/reportModel';
import { byCodeUnits } from '../text/order';
import { itemOf, unreadableReason, type CatalogueItem, type MadeRecord, type RecordMaker } from './catalogueItem';
import type { FileEvent, FileStamp, FileText, JournalFiles } from './journalFiles';
import { isJournalFile, isLeftOut, isUnder } from './journalPaths';
import { mapLimited } from './mapLimited';
import { loadCatalogue, persistedBytes, persistedPieces } from './persistedCatalogue';

/** Texts handed to the record maker at a time: large enough to share out, small enough to bound memory. */
export const MAKE_BATCH = 256;
/** Stats and reads in flight at once: keeps a remote or web file system busy (see mapLimited.ts). */
const IO_CONCURRENCY = 32;

export interface BuildStats {
  /** Files in the catalogue after the build. */
  readonly files: number;
  /** Files read and made again (not taken from what was known). */
  readonly read: number;
  /** True when a newer build superseded this one (its result was dropped). */
  readonly superseded: boolean;
}

export interface EntryWithFacts {
  readonly entry: IndexedEntry;
  readonly facts: EntryFacts;
}

interface ToRead {
  readonly path: string;
  /** The stamp the listing compared, when there was one. */
  readonly stamp?: FileStamp;
}

export interface CatalogueOptions {
  /** Whether `path` is held (see the rules above); checked each time a path would be read. */
  readonly held?: (path: string) => boolean;
}

export class JournalCatalogue {
  private items = new Map<string, CatalogueItem>();
  /** Sub-folders the last listings could not read, journal-relative, with the reason. */
  private unreadable = new Map<string, string>();
  private generation = 0;
  /** Paths whose events arrived while a build ran; undefined when no build runs. */
  private noted: Set<string> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners: (() => void)[] = [];
  /** `entries()` of the current items; undefined once they change. */
  private sorted: IndexedEntry[] | undefined;
  /** The items' paths in code-unit order; undefined once a path is added or removed (a save keeps it). */
  private order: string[] | undefined;
  /** One copy of the values records repeat (sharedStrings.ts): a large catalogue's memory. */
  private readonly shared = new SharedStrings();

  constructor(
    private readonly files: JournalFiles,
    private readonly maker: RecordMaker,
    private readonly options: CatalogueOptions = {},
  ) {}

  private isHeld(path: string): boolean {
    return this.options.held?.(path) ?? false;
  }

  /** Called after every change of the items (a build, an event that changed something). */
  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Every entry, by path in code-unit order (a new array; sorted once per change of the items). */
  entries(): IndexedEntry[] {
    if (this.sorted === undefined) {
      this.order ??= [...this.items.keys()].sort(byCodeUnits);
      this.sorted = [];
      for (const path of this.order) {
        const entry = (this.items.get(path) as CatalogueItem).entry;
        if (entry !== null) {
          this.sorted.push(entry);
        }
      }
    }
    return this.sorted.slice();
  }

  /** Every entry with its facts (empty facts when this catalogue does not keep them). */
  entriesWithFacts(): EntryWithFacts[] {
    return this.entries().map((entry) => ({ entry, facts: this.items.get(entry.path)?.facts ?? NO_FACTS }));
  }

  /** Folders that could not be listed (first, as `path/`), then files that are not entries, each by path, with why. */
  skipped(): SkippedFile[] {
    const folders = [...this.unreadable].sort(([a], [b]) => byCodeUnits(a, b))
      .map(([path, reason]) => ({ path: `${path}/`, reason: `the folder could not be read: ${reason}` }));
    const files: SkippedFile[] = [];
    for (const [path, item] of this.items) {
      if (item.entry === null) {
        files.push({ path, reason: item.skipped ?? 'not an entry' });
      }
    }
    return [...folders, ...files.sort((a, b) => byCodeUnits(a.path, b.path))];
  }

  /** How many files and folders `skipped()` lists. */
  get skippedCount(): number {
    return this.skipped().length;
  }

  get size(): number {
    return this.items.size;
  }

  /**
   * The persisted form of the items, for the journal folder named `folder`, in pieces to be written
   * one after another (persistedPieces): a large catalogue is never one string in memory. The items
   * are those of when the first piece is taken.
   */
  persistPieces(folder: string): Iterable<string> {
    return persistedPieces(folder, this.maker.facts, this.items);
  }

  /** The same persisted form as UTF-8 bytes in one buffer, made from the pieces (persistedBytes), for a host that writes a file whole. */
  persistBytes(folder: string): Uint8Array {
    return persistedBytes(this.persistPieces(folder));
  }

  /**
   * Takes the items of a persisted catalogue as what is known, for the next build to compare stamps
   * with. Returns why it was refused (the build then reads every file), or undefined.
   */
  load(text: string, folder: string): string | undefined {
    const loaded = loadCatalogue(text, folder);
    if (!loaded.ok) {
      return loaded.reason;
    }
    if (this.maker.facts && !loaded.facts) {
      return 'it was made without the facts this catalogue keeps';
    }
    this.items = loaded.items;
    this.sorted = undefined;
    this.order = undefined;
    return undefined;
  }

  /**
   * Lists the whole journal and brings every item up to date (see the rules above). Rejects only when
   * the journal folder itself cannot be listed; the catalogue is then unchanged.
   */
  async build(): Promise<BuildStats> {
    const generation = ++this.generation;
    this.noted ??= new Set();
    let next: Map<string, CatalogueItem>;
    let unreadable: Map<string, string>;
    let read: number;
    try {
      ({ next, unreadable, read } = await this.settle('', this.items));
    } catch (error) {
      if (generation === this.generation) {
        this.noted = undefined;
      }
      throw error;
    }
    if (generation !== this.generation) {
      return { files: next.size, read, superseded: true };
    }
    this.items = next;
    this.sorted = undefined;
    this.order = undefined;
    this.unreadable = unreadable;
    const noted = [...(this.noted ?? [])];
    this.noted = undefined;
    for (const path of noted) {
      await this.look(path);
    }
    this.changed();
    return { files: this.items.size, read, superseded: false };
  }

  /** Applies a file event (queued behind earlier ones; noted for replay while a build runs). */
  apply(event: FileEvent): Promise<void> {
    if (this.noted) {
      this.noted.add(event.path);
      return Promise.resolve();
    }
    return this.enqueue(async () => {
      if (this.noted) {
        this.noted.add(event.path);
      } else if (event.kind === 'deleted') {
        this.remove(event.path);
      } else {
        await this.look(event.path);
      }
    });
  }

  /**
   * A file saved from an editor that holds its text: made from `text` without reading the file again,
   * stamped as the file is now (queued like events; noted for replay while a build runs).
   */
  saved(path: string, text: string): Promise<void> {
    if (this.noted) {
      this.noted.add(path);
      return Promise.resolve();
    }
    return this.enqueue(async () => {
      if (this.noted) {
        this.noted.add(path);
        return;
      }
      const stamp = isJournalFile(path) && !this.isHeld(path) ? await this.files.stat(path) : undefined;
      if (stamp === undefined || stamp === 'folder') {
        return; // Not a journal file, or gone again: its events settle it.
      }
      this.maker.plan?.(1);
      const [made] = await this.maker.make([{ path, text }]);
      if (made !== undefined) {
        this.setItem(path, this.itemOf(path, made, stamp));
        this.changed();
      }
    });
  }

  /** Lists `folder` ('' for the whole journal) and settles every item under it (queued like events). */
  reconcile(folder = ''): Promise<void> {
    return this.enqueue(async () => {
      if (this.noted) {
        this.noted.add(folder);
      } else {
        await this.reconcileNow(folder);
      }
    });
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private changed(): void {
    this.sorted = undefined;
    for (const listener of this.listeners) {
      listener();
    }
  }

  /** The item for a record made from the file at `path`, with what records repeat shared. */
  private itemOf(path: string, made: MadeRecord, stamp: FileStamp): CatalogueItem {
    const item = itemOf(made, stamp.mtime, stamp.size);
    return item.entry === null ? item : { ...item, entry: this.shared.entry(item.entry, path) };
  }

  /** Sets one item; a new path drops the path order. */
  private setItem(path: string, item: CatalogueItem): void {
    if (!this.items.has(path)) {
      this.order = undefined;
    }
    this.items.set(path, item);
  }

  /** Removes `path` and everything under it; '' empties the catalogue. */
  private remove(path: string): void {
    this.order = undefined;
    let removed = false;
    for (const key of [...this.items.keys()]) {
      if (isUnder(key, path)) {
        this.items.delete(key);
        removed = true;
      }
    }
    for (const key of [...this.unreadable.keys()]) {
      if (isUnder(key, path)) {
        this.unreadable.delete(key);
        removed = true;
      }
    }
    if (removed) {
      this.changed();
    }
  }

  /** Brings one path up to date: gone (removed), a folder (reconciled), or a file (read again). */
  private async look(path: string): Promise<void> {
    if (isLeftOut(path)) {
      return;
    }
    const stat = await this.files.stat(path);
    if (stat === undefined) {
      this.remove(path);
    } else if (stat === 'folder') {
      await this.reconcileNow(path);
    } else if (isJournalFile(path) && !this.isHeld(path)) {
      const item = await this.readOne(path);
      if (item === undefined) {
        this.remove(path);
      } else {
        this.setItem(path, item);
        this.changed();
      }
    }
  }

  private async reconcileNow(folder: string): Promise<void> {
    if (isLeftOut(folder)) {
      return;
    }
    let settled: Awaited<ReturnType<JournalCatalogue['settle']>>;
    try {
      settled = await this.settle(folder, this.items);
    } catch {
      return; // The journal folder itself cannot be listed now: keep what is known until it can.
    }
    if (settled.read === 0 && this.holds(folder, settled.next, settled.unreadable)) {
      return; // Nothing differs: no change to report (a periodic check stays silent).
    }
    this.order = undefined;
    for (const key of [...this.items.keys()]) {
      if (isUnder(key, folder)) {
        this.items.delete(key);
      }
    }
    for (const key of [...this.unreadable.keys()]) {
      if (isUnder(key, folder)) {
        this.unreadable.delete(key);
      }
    }
    for (const [key, item] of settled.next) {
      this.items.set(key, item);
    }
    for (const [key, reason] of settled.unreadable) {
      this.unreadable.set(key, reason);
    }
    this.changed();
  }

  /** True when the catalogue already holds exactly `next` and `unreadable` under `folder` (the same items, not copies). */
  private holds(folder: string, next: ReadonlyMap<string, CatalogueItem>, unreadable: ReadonlyMap<string, string>): boolean {
    return sameUnder(this.items, next, folder) && sameUnder(this.unreadable, unreadable, folder);
  }

  /**
   * The items under `folder` as the files are now: listed, compared by stamp with `known`, and what
   * differs read and made. Nothing of the catalogue changes here (the caller commits the result).
   */
  private async settle(folder: string, known: ReadonlyMap<string, CatalogueItem>): Promise<{
    next: Map<string, CatalogueItem>; unreadable: Map<string, string>; read: number;
  }> {
    const listing = await this.files.list(folder);
    const paths = listing.files.filter((path) => isJournalFile(path) && isUnder(path, folder)).sort(byCodeUnits);
    const next = new Map<string, CatalogueItem>();
    const toRead: ToRead[] = [];
    let cold = true;
    for (const [path] of known) {
      if (isUnder(path, folder)) {
        cold = false;
        break;
      }
    }
    const toStat: { path: string; item: CatalogueItem }[] = [];
    for (const path of paths) {
      const item = known.get(path);
      if (this.isHeld(path)) {
        if (item !== undefined) {
          next.set(path, item);
        }
      } else if (cold || item === undefined) {
        toRead.push({ path });
      } else {
        toStat.push({ path, item });
      }
    }
    const stamps = await mapLimited(toStat, IO_CONCURRENCY, ({ path }) => this.files.stat(path));
    for (const [i, { path, item }] of toStat.entries()) {
      const stamp = stamps[i];
      if (stamp === undefined || stamp === 'folder') {
        continue; // Gone since the listing.
      }
      if (item.mtime === stamp.mtime && item.size === stamp.size && (!this.maker.facts || item.entry === null || item.facts !== undefined)) {
        next.set(path, item);
      } else {
        toRead.push({ path, stamp });
      }
    }
    await this.readAll(toRead, next);
    const unreadable = new Map<string, string>();
    for (const { path, reason } of listing.unreadable) {
      if (!isLeftOut(path) && isUnder(path, folder)) {
        unreadable.set(path, reason);
      }
    }
    return { next, unreadable, read: toRead.length };
  }

  /**
   * Reads and makes `toRead` into `next`, a batch (the maker's size) at a time, with at most `lanes`
   * batches being made at once. A maker that reads files itself (`readAndMake`) is given the paths;
   * otherwise each batch is read here, before the next is started, and its texts handed to the maker.
   * Batches may end in any order (workers, and this thread beside them); the items go into `next` in
   * `toRead`'s order once all are made, so the persisted catalogue is the same however they were made.
   */
  private async readAll(toRead: readonly ToRead[], next: Map<string, CatalogueItem>): Promise<void> {
    this.maker.plan?.(toRead.length);
    const lanes = Math.max(1, this.maker.lanes ?? 1);
    const size = Math.max(1, this.maker.batch ?? MAKE_BATCH);
    /** By `toRead`'s index; undefined for a file gone since the listing. */
    const items = new Array<CatalogueItem | undefined>(toRead.length);
    const making = new Set<Promise<void>>();
    for (let at = 0; at < toRead.length; at += size) {
      const batch = toRead.slice(at, at + size);
      const first = at;
      let made: Promise<void>;
      if (this.maker.readAndMake !== undefined) {
        made = this.maker.readAndMake(batch.map(({ path }) => path)).then((results) => {
          for (const [i, result] of results.entries()) {
            const { path } = batch[i] as ToRead;
            if ('made' in result) {
              items[first + i] = this.itemOf(path, result.made, result.stamp);
            } else if ('unreadable' in result) {
              items[first + i] = unreadableItem(result.unreadable);
            } // Gone since the listing: left out.
          }
        });
      } else {
        const { jobs, stamps, slots } = await this.readBatch(batch, first, items);
        made = this.maker.make(jobs).then((records) => {
          for (const [i, record] of records.entries()) {
            const { path } = jobs[i] as { path: string };
            items[slots[i] as number] = this.itemOf(path, record, stamps[i] as FileStamp);
          }
        });
      }
      const tracked = made.finally(() => making.delete(tracked));
      making.add(tracked);
      if (making.size >= lanes) {
        await Promise.race(making);
      }
    }
    await Promise.all(making);
    for (const [i, item] of items.entries()) {
      if (item !== undefined) {
        next.set((toRead[i] as ToRead).path, item);
      }
    }
  }

  /**
   * Reads `batch` (from `toRead[first]` on) through the catalogue's files: the texts to make, with
   * their stamps and their indexes in `toRead`; a file that cannot be read goes into `items` as skipped.
   */
  private async readBatch(batch: readonly ToRead[], first: number, items: (CatalogueItem | undefined)[]): Promise<{ jobs: { path: string; text: string }[]; stamps: FileStamp[]; slots: number[] }> {
    const jobs: { path: string; text: string }[] = [];
    const stamps: FileStamp[] = [];
    const slots: number[] = [];
    const files = await mapLimited(batch, IO_CONCURRENCY, ({ path }) => this.files.read(path).then(
      (file) => ({ file }), (error: unknown) => ({ error })));
    for (const [i, { path }] of batch.entries()) {
      const got = files[i] as { file: FileText | undefined } | { error: unknown };
      if ('error' in got) {
        items[first + i] = unreadableItem(unreadableReason(got.error));
      } else if (got.file !== undefined) {
        jobs.push({ path, text: got.file.text });
        stamps.push(got.file.stamp);
        slots.push(first + i);
      }
    }
    return { jobs, stamps, slots };
  }

  /** One file read and made now, or undefined when it is gone. */
  private async readOne(path: string): Promise<CatalogueItem | undefined> {
    const next = new Map<string, CatalogueItem>();
    await this.readAll([{ path }], next);
    return next.get(path);
  }
}

/** The item of a file that is there but could not be read: stamped zero, so the next build reads it again. */
function unreadableItem(reason: string): CatalogueItem {
  return { mtime: 0, size: 0, entry: null, skipped: reason };
}

/** True when `mine`'s entries under `folder` are exactly `theirs` (same keys, identical values). */
function sameUnder<V>(mine: ReadonlyMap<string, V>, theirs: ReadonlyMap<string, V>, folder: string): boolean {
  let count = 0;
  for (const [key, value] of mine) {
    if (isUnder(key, folder)) {
      count++;
      if (theirs.get(key) !== value) {
        return false;
      }
    }
  }
  return count === theirs.size;
}
