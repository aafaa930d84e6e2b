// The journal index: one record per entry, built the first time a journal feature needs it (not at
// activation), kept current by a file watcher and by saves, and persisted in the extension's storage
// keyed by path + mtime + size, so a restart re-reads only what changed. Records are validated when
// they come back from storage; anything that does not validate is read again from its file.
import * as vscode from 'vscode';
import { indexItem, isEntryFacts, NO_FACTS, type IndexItem } from '../../core/index/indexItem';
import type { EntryFacts } from '../../core/reflect/entryFacts';
import type { SkippedFile } from '../../core/report/reportModel';
import { errorMessage } from '../../core/text/errorMessage';
import { isIndexedEntry, type IndexedEntry } from '../../core/trends/indexEntry';
import { readSettings } from '../config';
import { journalFolderUri, relativeToFolder } from '../journal/journalLocation';
import { workspaceFileAccess, type FileAccess } from '../host/fileAccess';
import { output } from '../output';
import type { TaggerService } from '../tagging/taggerService';
import { inThreadRunner, type RecordJob, type RecordRunner } from './recordRunner';

/** After file events stop for this long, the journal folder is listed and compared with the index. */
const RESYNC_DELAY_MS = 400;
/** A new folder is listed again after this long, for files written as it appeared. */
const FOLDER_RECHECK_MS = 750;
/** Files in flight at once while statting and reading: enough to keep the disk and the host busy. */
const IO_CONCURRENCY = 32;
/** Texts handed to the runner at a time, so tagging starts while later files are still being read. */
const RUN_BATCH = 400;

interface Stored {
  readonly mtime: number;
  readonly size: number;
  readonly entry: IndexedEntry | null;
  /** Commitments and @mentions, for reviews, commitments and people; empty when `entry` is null. */
  readonly facts: EntryFacts;
  /** Why the file is not an entry, when `entry` is null (shown in Export Report…). */
  readonly skipped?: string;
}

/** An entry's record with its facts, for the reflection features. */
export interface EntryWithFacts {
  readonly entry: IndexedEntry;
  readonly facts: EntryFacts;
}

/**
 * 4: records carry `unclear` for entries that show neither side and null for entries with nothing
 * written yet (older caches held the old tagger's `balanced` for both), and facts leave out mentions
 * in drafted blocks and carry the answers a review surfaces. A cache of another version is not read: the index is built again from the files.
 */
const INDEX_VERSION = 4;

interface PersistedIndex {
  readonly version: typeof INDEX_VERSION;
  readonly folder: string;
  readonly files: Record<string, Stored>;
}

export type IndexStatus = { readonly state: 'idle' | 'indexing' | 'ready' } | { readonly state: 'error'; readonly message: string };

const STORE_FILE = 'journal-index.json';

/** A skip reason for a file that could not be read, worded as the index workers word it (recordWorker.ts). */
function readFailure(error: unknown): string {
  return `it could not be read (${errorMessage(error)})`;
}

/** Entries being written (writingPause.ts): not re-read until they are left alone. */
export interface BeingWritten {
  isBeingWritten(uri: vscode.Uri): boolean;
  readonly onDidSettle: vscode.Event<vscode.Uri>;
}

/** What the index keys a file by, besides its path. */
type FileStamp = { readonly mtime: number; readonly size: number };

export class JournalIndex implements vscode.Disposable {
  private files = new Map<string, Stored>();
  private folder: vscode.Uri | undefined;
  private building: Promise<void> | undefined;
  /** Counts builds: a build whose number is no longer the latest (the folder changed meanwhile) drops its result. */
  private generation = 0;
  /**
   * While a build reads the folder, file events are noted here instead of applied (the build's result
   * replaces the records wholesale), then replayed once it is done: nothing written meanwhile is lost.
   */
  private touched: Map<string, vscode.Uri> | undefined;
  private status: IndexStatus = { state: 'idle' };
  private skippedCount = 0;
  private persistTimer: ReturnType<typeof setTimeout> | undefined;
  private resyncTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  /** The watcher and listeners of the current build; replaced when the index is rebuilt. */
  private watching: vscode.Disposable[] = [];
  /** The folder `watching` covers (a workspace folder's or the journal folder's URI). */
  private watchedBase: string | undefined;
  readonly onDidChange = this.changed.event;

  /**
   * `bulkRunner` reads the records of a cold or stale index (worker threads in the Node host); it
   * falls back to the window's own thread when absent or when it fails.
   */
  constructor(
    private readonly storage: vscode.Uri,
    private readonly tagger: TaggerService,
    private readonly bulkRunner?: RecordRunner,
    private readonly access: FileAccess = workspaceFileAccess,
    private readonly writing?: BeingWritten,
  ) {
    this.ownThread = inThreadRunner((path, text) => indexItem(path, text, (t) => this.tagger.tagText(t)));
    if (writing) {
      // An entry left alone after being auto-saved while typed into is read once, then.
      this.subscriptions.push(writing.onDidSettle((uri) => void this.update(uri)));
    }
    this.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => {
      // A new journal folder is a new index; only rebuild one that was asked for already.
      if (event.affectsConfiguration('leadershipJournal.journalFolder') && this.building) {
        this.reset();
      }
    }));
  }

  get state(): IndexStatus {
    return this.status;
  }

  get skipped(): number {
    return this.skippedCount;
  }

  /** The files in the journal folder that are not entries, with why, by path. */
  skippedFiles(): SkippedFile[] {
    const skipped: SkippedFile[] = [];
    for (const [path, stored] of this.files) {
      if (stored.entry === null) {
        skipped.push({ path, reason: stored.skipped ?? vscode.l10n.t('not an entry') });
      }
    }
    return skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  get journalFolder(): vscode.Uri | undefined {
    return this.folder;
  }

  entries(): IndexedEntry[] {
    const entries: IndexedEntry[] = [];
    for (const stored of this.files.values()) {
      if (stored.entry) {
        entries.push(stored.entry);
      }
    }
    return entries;
  }

  /** Every entry with its commitments and mentions (the reflection features' view of the index). */
  entriesWithFacts(): EntryWithFacts[] {
    const entries: EntryWithFacts[] = [];
    for (const stored of this.files.values()) {
      if (stored.entry) {
        entries.push({ entry: stored.entry, facts: stored.facts });
      }
    }
    return entries;
  }

  /** Builds the index once; later calls wait for the same build. */
  ensureBuilt(): Promise<void> {
    this.building ??= this.build();
    return this.building;
  }

  private async build(): Promise<void> {
    const generation = ++this.generation;
    let folder: vscode.Uri;
    try {
      folder = journalFolderUri(readSettings());
    } catch (error) {
      this.touched = undefined; // A build this one superseded may have been noting events: nothing will replay them now.
      this.status = { state: 'error', message: errorMessage(error) };
      this.changed.fire();
      return;
    }
    this.folder = folder;
    this.touched ??= new Map(); // Kept if a build this one supersedes was already noting events.
    this.watch(folder); // Before listing, so a file written while the build runs is seen.
    this.status = { state: 'indexing' };
    this.changed.fire();
    try {
      await this.buildFrom(folder, generation);
    } catch (error) {
      if (generation !== this.generation) {
        return;
      }
      // Nothing here is expected to throw (each file's trouble is a skip with a reason); if something
      // does, say so and keep following the folder rather than leave the view indexing for ever.
      this.touched = undefined;
      this.status = { state: 'error', message: errorMessage(error) };
      this.changed.fire();
    }
  }

  private async buildFrom(folder: vscode.Uri, generation: number): Promise<void> {
    const started = Date.now();
    const previous = await this.load(folder);
    if (previous.size === 0) {
      this.bulkRunner?.warm?.(); // A first build: workers start and load the tagger while the folder is listed.
    }
    const paths = await this.access.listMarkdown(folder).catch((error: unknown) => {
      output().warn(vscode.l10n.t('Could not list the journal folder {0}: {1}', folder.toString(true), String(error)));
      return [] as string[];
    });
    const next = new Map<string, Stored>();
    const toRead: { path: string; uri: vscode.Uri; stat: FileStamp | undefined }[] = [];
    const fromFiles = this.bulkRunner?.recordsFromFiles !== undefined && paths.length >= RUN_BATCH / 4
      && this.access.localPath(folder) !== undefined;
    // Nothing to compare with (a first build): the workers stamp the files as they read them.
    const stamped = fromFiles && previous.size === 0;
    await forEachLimited(stamped ? [] : paths, IO_CONCURRENCY, async (path) => {
      const uri = vscode.Uri.joinPath(folder, ...path.split('/'));
      let stat: FileStamp;
      try {
        stat = await this.access.stat(uri);
      } catch {
        return; // Gone while indexing: nothing to show for it.
      }
      const known = previous.get(path);
      if (known && known.mtime === stat.mtime && known.size === stat.size) {
        next.set(path, known);
      } else {
        toRead.push({ path, uri, stat });
      }
    });
    if (stamped) {
      toRead.push(...paths.map((path) => ({ path, uri: vscode.Uri.joinPath(folder, ...path.split('/')), stat: undefined })));
    }
    const listed = Date.now();
    const runner = toRead.length >= RUN_BATCH / 4 && this.bulkRunner ? this.bulkRunner : this.ownThread;
    const running: Promise<void>[] = [];
    for (let at = 0; at < toRead.length; at += RUN_BATCH) {
      const batch = toRead.slice(at, at + RUN_BATCH);
      if (fromFiles && runner === this.bulkRunner) {
        // Local files: the workers read them, this thread only hands out paths.
        running.push(this.runFileRecords(runner, batch).then((results) => {
          for (const [i, result] of results.entries()) {
            const { path, stat } = batch[i] as (typeof batch)[number];
            // No stamp (unreadable): zero, so the next build reads it again.
            next.set(path, this.stored(path, result, result.stamp ?? stat ?? { mtime: 0, size: 0 }));
          }
        }));
        continue;
      }
      const texts = new Map<string, string>();
      await forEachLimited(batch, IO_CONCURRENCY, async ({ path, uri, stat }) => {
        try {
          texts.set(path, decodeUtf8(await this.access.read(uri)));
        } catch (error) {
          const reason = readFailure(error);
          output().warn(vscode.l10n.t('Skipped {0}: {1}', path, reason));
          next.set(path, { mtime: stat?.mtime ?? 0, size: stat?.size ?? 0, entry: null, facts: NO_FACTS, skipped: reason });
        }
      });
      const read = batch.filter(({ path }) => texts.has(path));
      const jobs: RecordJob[] = read.map(({ path }) => ({ path, text: texts.get(path) as string }));
      running.push(this.runRecords(runner, jobs).then((results) => {
        for (const [i, result] of results.entries()) {
          const { path, stat } = read[i] as (typeof read)[number];
          next.set(path, this.stored(path, result, stat ?? { mtime: 0, size: 0 }));
        }
      }));
    }
    await Promise.all(running);
    this.bulkRunner?.rest?.(); // Idle workers hold tens of MB each: end them until the next big read.
    const reread = toRead.length;
    if (generation !== this.generation) {
      return; // Superseded (a new journal folder): the newer build replays what happened meanwhile.
    }
    this.files = next;
    const touched = [...(this.touched?.values() ?? [])];
    this.touched = undefined;
    for (const uri of touched) {
      await this.refresh(uri);
    }
    this.skippedCount = [...this.files.values()].filter((s) => s.entry === null).length;
    this.status = { state: 'ready' };
    output().info(this.access.localPath(folder) !== undefined
      ? vscode.l10n.t('Journal folder: {0} (read from this extension host\'s disk).', folder.toString(true))
      : vscode.l10n.t('Journal folder: {0} (read through VS Code\'s file system).', folder.toString(true)));
    const where = runner === this.ownThread ? '' : vscode.l10n.t(' on worker threads');
    output().info(vscode.l10n.t('Journal index: {0} files, {1} read, {2} skipped, in {3} ms (listing and stamps {4} ms; reading and tagging {5} ms{6}).',
      next.size, reread, this.skippedCount, Date.now() - started, listed - started, Date.now() - listed, where));
    this.schedulePersist();
    this.changed.fire();
  }

  /** The window's own thread: for single files, small journals, and when the workers fail. */
  private readonly ownThread: RecordRunner;

  /** Runs `jobs` on `runner`, falling back to the own thread (with a note in the log) if it fails. */
  private async runRecords(runner: RecordRunner, jobs: readonly RecordJob[]): Promise<IndexItem[]> {
    if (runner === this.ownThread) {
      return runner.records(jobs);
    }
    try {
      return await runner.records(jobs);
    } catch (error) {
      output().warn(vscode.l10n.t('Index workers failed ({0}); reading on the main thread.', errorMessage(error)));
      return this.ownThread.records(jobs);
    }
  }

  /** Local files read and indexed by the bulk runner; on its failure, read here and indexed on this thread. */
  private async runFileRecords(
    runner: RecordRunner, batch: readonly { path: string; uri: vscode.Uri }[],
  ): Promise<(IndexItem & { readonly stamp?: FileStamp })[]> {
    try {
      return await (runner.recordsFromFiles as NonNullable<RecordRunner['recordsFromFiles']>)(
        batch.map(({ path, uri }) => ({ path, file: this.access.localPath(uri) as string })));
    } catch (error) {
      output().warn(vscode.l10n.t('Index workers failed ({0}); reading on the main thread.', errorMessage(error)));
      const items: (IndexItem & { readonly stamp?: FileStamp })[] = [];
      for (const { path, uri } of batch) {
        try {
          const stamp = await this.access.stat(uri);
          items.push({ ...(await this.ownThread.records([{ path, text: decodeUtf8(await this.access.read(uri)) }]))[0] as IndexItem, stamp });
        } catch (readError) {
          items.push({ record: { ok: false, reason: errorMessage(readError) }, facts: NO_FACTS });
        }
      }
      return items;
    }
  }

  private stored(path: string, item: IndexItem, stat: { mtime: number; size: number }): Stored {
    if (!item.record.ok) {
      output().info(vscode.l10n.t('Skipped {0}: {1}', path, item.record.reason));
      return { mtime: stat.mtime, size: stat.size, entry: null, facts: NO_FACTS, skipped: item.record.reason };
    }
    return { mtime: stat.mtime, size: stat.size, entry: item.record.entry, facts: item.facts };
  }

  private async readRecord(path: string, uri: vscode.Uri, stat: FileStamp): Promise<Stored> {
    try {
      return this.record(path, decodeUtf8(await this.access.read(uri)), stat);
    } catch (error) {
      const reason = readFailure(error);
      output().warn(vscode.l10n.t('Skipped {0}: {1}', path, reason));
      return { mtime: stat.mtime, size: stat.size, entry: null, facts: NO_FACTS, skipped: reason };
    }
  }

  private record(path: string, text: string, stat: { mtime: number; size: number }): Stored {
    return this.stored(path, indexItem(path, text, (t) => this.tagger.tagText(t)), stat);
  }

  /**
   * Re-reads one file (created or changed on disk, or just saved). An entry being written (auto-saved
   * while typed into: writingPause.ts) is left as it was until it is left alone, so the trends do not
   * move with each auto save.
   */
  async update(uri: vscode.Uri, text?: string): Promise<void> {
    if (this.writing?.isBeingWritten(uri)) {
      return;
    }
    if (this.touched) {
      this.touched.set(uri.toString(), uri);
      return;
    }
    const folder = this.folder;
    if (folder && isFolderOrAbove(uri, folder)) {
      await this.updateFolder(folder); // The journal folder itself appeared (a new journal): list it.
      return;
    }
    const path = folder ? relativeToFolder(folder, uri) : undefined;
    if (!path || path.split('/').some((s) => s.startsWith('.'))) {
      return;
    }
    if (!path.toLowerCase().endsWith('.md')) {
      await this.updateFolder(uri);
      return;
    }
    let stat: FileStamp;
    try {
      stat = await this.access.stat(uri);
    } catch {
      this.remove(uri);
      return;
    }
    this.files.set(path, text === undefined ? await this.readRecord(path, uri, stat) : this.record(path, text, stat));
    this.skippedCount = [...this.files.values()].filter((s) => s.entry === null).length;
    this.schedulePersist();
    this.changed.fire();
  }

  /**
   * Every entry under a folder that appeared. VS Code reports a folder created with files in it as
   * the folder alone, and a file written the instant its folder appears can slip past the system's
   * watcher; so the folder is listed now and once more a moment later.
   */
  private async updateFolder(uri: vscode.Uri, again = true): Promise<void> {
    let info: vscode.FileStat;
    try {
      info = await vscode.workspace.fs.stat(uri);
    } catch {
      return; // Gone again, or never there: the delete event handles it.
    }
    if ((info.type & vscode.FileType.Directory) === 0) {
      return;
    }
    const listed = await this.access.listMarkdown(uri).catch(() => undefined);
    if (listed === undefined) {
      return;
    }
    // The listing is the truth for this folder: entries under it that are no longer there go (a
    // rename or delete inside it can reach us as a change of the folder alone).
    const prefix = this.folder ? relativeToFolder(this.folder, uri) : undefined;
    if (prefix !== undefined || (this.folder && uri.toString() === this.folder.toString())) {
      const base = prefix === undefined || prefix === '' ? '' : `${prefix.replace(/\/$/, '')}/`;
      const present = new Set(listed.map((path) => `${base}${path}`));
      let removed = false;
      for (const key of [...this.files.keys()]) {
        if (key.startsWith(base) && !present.has(key)) {
          this.files.delete(key);
          removed = true;
        }
      }
      if (removed) {
        this.skippedCount = [...this.files.values()].filter((stored) => stored.entry === null).length;
        this.schedulePersist();
        this.changed.fire();
      }
    }
    for (const path of listed) {
      const file = vscode.Uri.joinPath(uri, ...path.split('/'));
      const known = this.folder ? this.files.get(relativeToFolder(this.folder, file) ?? '') : undefined;
      const stamp = await this.access.stat(file).catch(() => undefined);
      if (!known || !stamp || known.mtime !== stamp.mtime || known.size !== stamp.size) {
        await this.update(file);
      }
    }
    if (again) {
      setTimeout(() => void this.updateFolder(uri, false), FOLDER_RECHECK_MS);
    }
  }

  remove(uri: vscode.Uri): void {
    if (this.touched) {
      this.touched.set(uri.toString(), uri);
      return;
    }
    const folder = this.folder;
    if (folder && isFolderOrAbove(uri, folder)) {
      // The journal folder itself (or a folder holding it) was deleted: every entry is gone.
      if (this.files.size > 0) {
        this.files.clear();
        this.skippedCount = 0;
        this.schedulePersist();
        this.changed.fire();
      }
      return;
    }
    const path = folder ? relativeToFolder(folder, uri) : undefined;
    if (path === undefined) {
      return;
    }
    let removed = false;
    for (const key of [...this.files.keys()]) {
      // A deleted folder takes every entry under it.
      if (key === path || key.startsWith(`${path}/`)) {
        this.files.delete(key);
        removed = true;
      }
    }
    if (removed) {
      this.schedulePersist();
      this.changed.fire();
    }
  }

  /** Brings one path up to date after a build: re-read if it is an entry, dropped (with what was under it) if it is gone. */
  private async refresh(uri: vscode.Uri): Promise<void> {
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      this.remove(uri);
      return;
    }
    await this.update(uri);
  }

  /**
   * A file event: applied at once, then, once events stop for a moment, the journal folder is listed
   * and compared with the index. Events reach us coalesced (a folder for its files, a folder change
   * for a rename inside it) or not at all for a file written as its folder appears; the listing
   * settles what they left out. Stamps are compared, so only what changed is read again.
   */
  private onFileEvent(apply: () => unknown): void {
    void apply();
    clearTimeout(this.resyncTimer);
    this.resyncTimer = setTimeout(() => {
      if (this.folder && !this.touched) {
        void this.updateFolder(this.folder, false);
      }
    }, RESYNC_DELAY_MS);
  }

  private watch(folder: vscode.Uri): void {
    // Watch from the workspace folder that holds the journal when there is one: it always exists,
    // whereas a watch on a journal folder that does not exist yet (a new journal) may see nothing.
    const base = vscode.workspace.getWorkspaceFolder(folder) ?? folder;
    const key = 'uri' in base ? base.uri.toString() : base.toString();
    if (key === this.watchedBase) {
      return; // Already watched (a new journal folder in the same workspace): no gap while a new watcher starts.
    }
    this.watchedBase = key;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(base, '**/*'));
    this.watching.forEach((d) => d.dispose());
    this.watching = [
      watcher,
      watcher.onDidCreate((uri) => this.onFileEvent(() => this.update(uri))),
      watcher.onDidChange((uri) => this.onFileEvent(() => this.update(uri))),
      watcher.onDidDelete((uri) => this.onFileEvent(() => this.remove(uri))),
      vscode.workspace.onDidSaveTextDocument((document) => void this.update(document.uri, document.getText())),
    ];
  }

  /** Forgets everything (the journal folder changed); the next `ensureBuilt` starts over. */
  private reset(): void {
    this.files.clear();
    this.building = undefined;
    this.status = { state: 'idle' };
    void this.ensureBuilt();
  }

  private async load(folder: vscode.Uri): Promise<Map<string, Stored>> {
    try {
      const raw = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.storage, STORE_FILE)))) as PersistedIndex;
      if (raw.version !== INDEX_VERSION || raw.folder !== folder.toString() || typeof raw.files !== 'object' || raw.files === null) {
        return new Map();
      }
      const files = new Map<string, Stored>();
      for (const [path, stored] of Object.entries(raw.files)) {
        if (typeof stored.mtime === 'number' && typeof stored.size === 'number' && (stored.entry === null || isIndexedEntry(stored.entry)) && isEntryFacts(stored.facts)
          && (stored.skipped === undefined || typeof stored.skipped === 'string')) {
          files.set(path, stored);
        }
      }
      return files;
    } catch {
      return new Map(); // No index yet, or an unreadable one: build from the files.
    }
  }

  private schedulePersist(): void {
    clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => void this.persist(), 1000);
  }

  private async persist(): Promise<void> {
    if (!this.folder) {
      return;
    }
    const data: PersistedIndex = { version: INDEX_VERSION, folder: this.folder.toString(), files: Object.fromEntries(this.files) };
    try {
      await vscode.workspace.fs.createDirectory(this.storage);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.storage, STORE_FILE), new TextEncoder().encode(JSON.stringify(data)));
    } catch (error) {
      output().warn(vscode.l10n.t('Could not save the journal index: {0}', errorMessage(error)));
    }
  }

  dispose(): void {
    clearTimeout(this.persistTimer);
    clearTimeout(this.resyncTimer);
    void this.persist();
    this.watching.forEach((d) => d.dispose());
    this.subscriptions.forEach((s) => s.dispose());
  }
}

/** UTF-8 text of a file's bytes, a BOM kept as written (the front matter reader allows it); bad bytes become U+FFFD. */
function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** Runs `work` on every item with at most `limit` in flight; resolves when all are done. */
async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      await work(items[next++] as T);
    }
  });
  await Promise.all(lanes);
}

/** Whether `uri` is `folder` itself or a folder that holds it. */
function isFolderOrAbove(uri: vscode.Uri, folder: vscode.Uri): boolean {
  return uri.scheme === folder.scheme && uri.authority === folder.authority
    && (uri.path === folder.path || folder.path.startsWith(`${uri.path.replace(/\/$/, '')}/`));
}
