// The journal index: the core's journal catalogue (core/catalogue/catalogue.ts, where the update
// rules live and are tested at a desk) over the journal folder, adapted to VS Code. Built the first
// time a journal feature needs it (not at activation), kept current by a file watcher and by saves,
// and persisted in the extension's storage keyed by path + mtime + size, so a restart re-reads only
// what changed. What this adapter adds: which folder (the settings), how its files are read
// (host/hostServices.ts), the timers, the log, and the status the views show.
import * as vscode from 'vscode';
import { errorMessage } from '../../core/text/errorMessage';
import { JournalCatalogue, type EntryWithFacts } from '../../core/catalogue/catalogue';
import type { FileEvent, JournalFiles } from '../../core/catalogue/journalFiles';
import { isJournalFile, isLeftOut } from '../../core/catalogue/journalPaths';
import { indexItem } from '../../core/index/indexItem';
import type { IndexedEntry } from '../../core/records/entryRecord';
import type { SkippedFile } from '../../core/report/reportModel';
import type { Settings } from '../settingsService';
import { ENCRYPTED_SCHEME, type JournalMount } from '../journal/journalMounts';
import { journalDiskFolderUri } from '../journal/journalLocation';
import type { Log } from '../output';
import type { TaggerService } from '../tagging/taggerService';
import { indexMaker, type IndexMaker } from './indexMaker';
import { journalPathOf } from './journalUriPath';
import { inThreadRunner, type RecordRunner } from './recordRunner';
import { mountedFiles, uriOf, watchJournal, workspaceFilesFor, type JournalFilesFor } from './workspaceJournalFiles';


/** After file events stop for this long, the journal folder is listed and compared with the index. */
const RESYNC_DELAY_MS = 400;
/** A new folder is listed again after this long, for files written as it appeared. */
const FOLDER_RECHECK_MS = 750;
/**
 * The journal folder is also listed and compared with the index this often, whatever the watcher
 * says: on a busy machine VS Code's file watcher has been seen to drop a rename's events altogether
 * (no create, no delete), which would leave the index wrong until the window reloads. Stamps are
 * compared, so a check that finds nothing changed reads no file and reports nothing.
 */
const SAFETY_RESYNC_MS = 20_000;
/** The index is saved to storage this long after its last change. */
const PERSIST_DELAY_MS = 1000;

const STORE_FILE = 'journal-index.json';

export type IndexStatus = { readonly state: 'idle' | 'indexing' | 'ready' } | { readonly state: 'error'; readonly message: string };

/** Entries being written (writingPause.ts): not re-read until they are left alone. */
export interface BeingWritten {
  isBeingWritten(uri: vscode.Uri): boolean;
  readonly onDidSettle: vscode.Event<vscode.Uri>;
}

/** `files`, noting when the first file is read: the end of listing and stamping, for the log. */
function timed(files: JournalFiles): { files: JournalFiles; firstRead: () => number | undefined } {
  let first: number | undefined;
  return {
    files: { ...files, read: (path) => {
      first ??= Date.now();
      return files.read(path);
    } },
    firstRead: () => first,
  };
}

export class JournalIndex implements vscode.Disposable {
  private catalogue: JournalCatalogue | undefined;
  private folder: vscode.Uri | undefined;
  private building: Promise<void> | undefined;
  /** Counts builds: a build whose number is no longer the latest (the folder changed meanwhile) drops its result. */
  private generation = 0;
  private status: IndexStatus = { state: 'idle' };
  private persistTimer: ReturnType<typeof setTimeout> | undefined;
  private resyncTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly recheckTimers = new Set<ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  /** The watcher and save listener of the current build; replaced when the index is rebuilt. */
  private watching: vscode.Disposable | undefined;
  private readonly maker: IndexMaker;
  readonly onDidChange = this.changed.event;

  /**
   * `bulkRunner` makes the records of a cold or stale index (worker threads in the Node host); the
   * window's own thread does when it is absent, for few files, or when it fails.
   */
  constructor(
    private readonly storage: vscode.Uri,
    /** Which journal is unlocked in this window (journalMounts.ts): the index reads through it. */
    private readonly mount: Pick<JournalMount, 'open' | 'onDidChange'> & Partial<Pick<JournalMount, 'readerOf'>>,
    private readonly log: Log,
    /** The settings now: where the journal is (settingsService.ts). */
    private readonly settings: Pick<Settings, 'current'>,
    tagger: TaggerService,
    private readonly bulkRunner?: RecordRunner,
    private readonly filesFor: JournalFilesFor = workspaceFilesFor,
    private readonly writing?: BeingWritten,
  ) {
    const ownThread = inThreadRunner((path, text) => indexItem(path, text, (t) => tagger.tagText(t)));
    this.maker = indexMaker(ownThread, bulkRunner, (error) =>
      this.log.warn(vscode.l10n.t('Index workers failed ({0}); reading on the main thread.', errorMessage(error))));
    if (writing) {
      // An entry left alone after being auto-saved while typed into is read once, then.
      this.subscriptions.push(writing.onDidSettle((uri) => void this.update(uri)));
    }
    this.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => {
      // A new journal folder is a new index; only rebuild one that was asked for already.
      if (event.affectsConfiguration('leadershipJournal.journalFolder') && this.building) {
        this.reset();
      }
    }), mount.onDidChange(() => {
      // Unlocked, encrypted or decrypted: the same journal read from another root.
      if (this.building || this.status.state === 'error') {
        this.reset();
      }
    }));
  }

  get state(): IndexStatus {
    return this.status;
  }

  /** How many files (and unreadable folders) are not entries. */
  get skipped(): number {
    return this.catalogue?.skippedCount ?? 0;
  }

  /** The files in the journal folder that are not entries, with why, by path. */
  skippedFiles(): SkippedFile[] {
    return this.catalogue?.skipped() ?? [];
  }

  get journalFolder(): vscode.Uri | undefined {
    return this.folder;
  }

  /** Every entry, by path. */
  entries(): IndexedEntry[] {
    return this.catalogue?.entries() ?? [];
  }

  /** Every entry with its commitments and mentions (the reflection features' view of the index). */
  entriesWithFacts(): EntryWithFacts[] {
    return this.catalogue?.entriesWithFacts() ?? [];
  }

  /** Builds the index once; later calls wait for the same build. */
  ensureBuilt(): Promise<void> {
    this.building ??= this.build();
    return this.building;
  }

  private async build(): Promise<void> {
    const generation = ++this.generation;
    let folder: vscode.Uri | undefined;
    try {
      // An encrypted journal is unlocked here, asking its passphrase once per window.
      folder = await this.mount.open(journalDiskFolderUri(this.settings.current));
    } catch (error) {
      this.status = { state: 'error', message: errorMessage(error) };
      this.changed.fire();
      return;
    }
    if (generation !== this.generation) {
      return; // Superseded while the passphrase was asked: the newer build reads the unlocked journal.
    }
    if (folder === undefined) {
      this.building = undefined; // Asked again the next time something needs the index.
      this.status = { state: 'error', message: vscode.l10n.t('The journal is encrypted and locked. Run a journal command (Open Today\'s Entry, say) and type its passphrase to open it.') };
      this.changed.fire();
      return;
    }
    const started = Date.now();
    this.folder = folder;
    const { files: hostFiles, local } = mountedFiles(this.filesFor(folder), this.mount.readerOf?.(folder));
    const { files, firstRead } = timed(hostFiles);
    const catalogue = new JournalCatalogue(files, this.maker, {
      held: (path) => this.writing?.isBeingWritten(uriOf(folder, path)) ?? false,
    });
    this.catalogue = catalogue;
    catalogue.onDidChange(() => {
      if (this.catalogue === catalogue && this.status.state === 'ready') {
        this.schedulePersist();
        this.changed.fire();
      }
    });
    this.watch(folder, catalogue, hostFiles); // Before listing, so a file written while the build runs is seen.
    this.status = { state: 'indexing' };
    this.changed.fire();
    await this.load(catalogue, folder);
    if (catalogue.size === 0) {
      this.bulkRunner?.warm?.(); // A first build: workers start and load the tagger while the folder is listed.
    }
    let read = 0;
    try {
      ({ read } = await catalogue.build());
    } catch (error) {
      // Only the journal folder itself being unreadable rejects: say so, show what is known, and keep
      // following the folder rather than leave the view indexing for ever.
      this.log.warn(vscode.l10n.t('Could not list the journal folder {0}: {1}', folder.toString(true), errorMessage(error)));
    } finally {
      this.bulkRunner?.rest?.(); // Idle workers hold tens of MB each: end them until the next big read.
    }
    if (generation !== this.generation) {
      return; // Superseded (a new journal folder): the newer build has its own catalogue.
    }
    this.status = { state: 'ready' };
    const done = Date.now();
    const listed = firstRead() ?? done;
    this.log.info(local
      ? vscode.l10n.t('Journal folder: {0} (read from this extension host\'s disk).', folder.toString(true))
      : vscode.l10n.t('Journal folder: {0} (read through VS Code\'s file system).', folder.toString(true)));
    const skipped = catalogue.skipped();
    for (const { path, reason } of skipped) {
      this.log.info(vscode.l10n.t('Skipped {0}: {1}', path, reason));
    }
    const where = this.maker.onWorkers && read > 0 ? vscode.l10n.t(' on worker threads') : '';
    this.log.info(vscode.l10n.t('Journal index: {0} files, {1} read, {2} skipped, in {3} ms (listing and stamps {4} ms; reading and tagging {5} ms{6}).',
      catalogue.size, read, skipped.length, done - started, listed - started, done - listed, where));
    this.schedulePersist();
    this.changed.fire();
  }

  /**
   * Re-reads one file now (created or changed on disk, or just saved with `text`), rather than when
   * the watcher reports it; a folder is listed again. An entry being written (auto-saved while typed
   * into: writingPause.ts) is left as it was until it is left alone, so the trends do not move with
   * each auto save.
   */
  async update(uri: vscode.Uri, text?: string): Promise<void> {
    const path = this.pathOf(uri);
    if (path === undefined || this.catalogue === undefined) {
      return;
    }
    if (text !== undefined && isJournalFile(path)) {
      await this.catalogue.saved(path, text);
    } else {
      await this.catalogue.apply({ kind: 'changed', path });
    }
  }

  /** Drops one file, or a folder with everything under it (the journal folder itself: everything). */
  async remove(uri: vscode.Uri): Promise<void> {
    const path = this.pathOf(uri);
    if (path !== undefined) {
      await this.catalogue?.apply({ kind: 'deleted', path });
    }
  }

  private pathOf(uri: vscode.Uri): string | undefined {
    const path = this.folder ? journalPathOf(this.folder, uri) : undefined;
    return path === undefined || isLeftOut(path) ? undefined : path;
  }

  /**
   * A file event: applied at once, then, once events stop for a moment, the journal folder is listed
   * and compared with the index. Events reach us coalesced (a folder for its files, a folder change
   * for a rename inside it) or not at all for a file written as its folder appears; the listing
   * settles what they left out, and a new folder is listed once more a moment later. Stamps are
   * compared, so only what changed is read again.
   */
  private onFileEvent(catalogue: JournalCatalogue, files: JournalFiles, event: FileEvent): void {
    void catalogue.apply(event);
    if (event.kind === 'created' && !isJournalFile(event.path)) {
      const timer = setTimeout(() => {
        this.recheckTimers.delete(timer);
        void files.stat(event.path).then((stat) => (stat === 'folder' ? catalogue.reconcile(event.path) : undefined));
      }, FOLDER_RECHECK_MS);
      this.recheckTimers.add(timer);
    }
    clearTimeout(this.resyncTimer);
    // A burst that changed many files (a checkout) is tagged on the workers: end them again after.
    this.resyncTimer = setTimeout(() => void catalogue.reconcile().finally(() => this.bulkRunner?.rest?.()), RESYNC_DELAY_MS);
  }

  private watch(folder: vscode.Uri, catalogue: JournalCatalogue, files: JournalFiles): void {
    this.watching?.dispose();
    const safety = setInterval(() => void catalogue.reconcile(), SAFETY_RESYNC_MS);
    this.watching = vscode.Disposable.from(
      watchJournal(folder, (event) => this.onFileEvent(catalogue, files, event)),
      vscode.workspace.onDidSaveTextDocument((document) => void this.update(document.uri, document.getText())),
      { dispose: () => clearInterval(safety) },
    );
  }

  /** Forgets everything (the journal folder changed); the next `ensureBuilt` starts over. */
  private reset(): void {
    this.catalogue = undefined;
    this.building = undefined;
    this.status = { state: 'idle' };
    void this.ensureBuilt();
  }

  /** Seeds `catalogue` with the stored index, when there is one it can trust; otherwise every file is read. */
  private async load(catalogue: JournalCatalogue, folder: vscode.Uri): Promise<void> {
    if (folder.scheme === ENCRYPTED_SCHEME) {
      return; // Never stored (see persist): an encrypted journal is read whole at each unlock.
    }
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.storage, STORE_FILE)));
    } catch {
      return; // No index stored yet (or an unreadable one): build from the files.
    }
    const refused = catalogue.load(text, folder.toString());
    if (refused !== undefined) {
      this.log.info(vscode.l10n.t('The stored journal index was not used ({0}); every file is read again.', refused));
    }
  }

  private schedulePersist(): void {
    clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => void this.persist(), PERSIST_DELAY_MS);
  }

  private async persist(): Promise<void> {
    const { catalogue, folder } = this;
    if (!catalogue || !folder || this.status.state !== 'ready') {
      return;
    }
    if (folder.scheme === ENCRYPTED_SCHEME) {
      // The index holds people's names, commitments and decisions in plain text: an encrypted
      // journal's is kept in memory only, and one stored before it was encrypted goes.
      await Promise.resolve(vscode.workspace.fs.delete(vscode.Uri.joinPath(this.storage, STORE_FILE))).catch(() => undefined);
      return;
    }
    try {
      await vscode.workspace.fs.createDirectory(this.storage);
      // The catalogue's pieces encoded into one buffer (writeFile takes a file whole): never one string.
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.storage, STORE_FILE), catalogue.persistBytes(folder.toString()));
    } catch (error) {
      this.log.warn(vscode.l10n.t('Could not save the journal index: {0}', errorMessage(error)));
    }
  }

  dispose(): void {
    clearTimeout(this.persistTimer);
    clearTimeout(this.resyncTimer);
    this.recheckTimers.forEach((timer) => clearTimeout(timer));
    void this.persist();
    this.watching?.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
