// A file system provider that shows an unlocked encrypted journal as plain Markdown: VS Code opens,
// edits and saves `ljencrypted://<mount>/2026/11/2026-11-23.md` while the disk holds only
// `2026/11/2026-11-23.md.age` (or an opaque file). Everything goes through the core's decrypting view
// (core/encryption/decryptingJournalFs.ts) over `vscode.workspace.fs`: reads decrypt in memory,
// saves seal, write beside and rename, so no entry text is written to disk by this provider.
//
// Part of dist/encryption.js. Registered through a stand-in that activation holds
// (shell/deferredFileSystem.ts) only when a window needs it: an encrypted journal, or an editor of one
// restored after a reload. The journal is mounted by encryption/journalVault.ts once unlocked. A URI of a journal not mounted yet
// (an editor restored after a reload) asks `unlock` first — the passphrase prompt — then is read.
//
// Files in dot-folders (`.templates/`, `.calendar/`) and dot-files are not entries: the migration
// leaves them plain, and the journal's listing skips them. This provider passes them through to the
// disk as they are, for every call alike — stat, readDirectory, readFile, writeFile — so that what
// `stat` says agrees with what `readFile` finds (a template that reads must not stat as missing, or
// Customize Template… writes over it); their bytes are kept as they are, but a save of one is
// written beside and renamed as an entry's is, so a full disk never cuts a template short. The
// product's own folder (`.leadership-journal/`: the key, the name map) is not shown at all.
import * as vscode from 'vscode';
import type { FileText } from '../../core/catalogue/journalFiles';
import type { AgeFailureKind } from '../../core/crypto/ageFailure';
import { DecryptingJournalFs, EntryUnreadable, type LostCause, type PlainKeptWhy } from '../../core/encryption/decryptingJournalFs';
import type { JournalFs } from '../../core/encryption/journalFs';
import { JournalTree } from '../../core/encryption/journalTree';
import type { NamesLockHost } from '../../core/encryption/namesLock';
import { PRODUCT_FOLDER } from '../../core/encryption/productFiles';
import { SavedSinceRead, writeAtomic } from '../../core/encryption/safeWrites';
import type { UnlockedJournal } from '../../core/encryption/unlockJournal';
import { ENCRYPTED_SCHEME } from '../journal/journalMounts';
import { keptSaveWords } from './keptSaveWords';
import { lostNamesMessage } from './lostNamesMessage';
import { plainKeptMessage } from './plainKeptMessage';
import { saveRefusal } from './saveRefusal';
import { workspaceJournalFs, workspaceModifiedAt } from './workspaceJournalFs';

interface Mount {
  readonly root: vscode.Uri;
  /** The journal's files on disk, as the view reads them. */
  readonly disk: JournalFs;
  readonly view: DecryptingJournalFs;
  readonly tree: JournalTree;
  /** Decrypted sizes by path, with the sealed file's mtime they were measured at. */
  readonly sizes: Map<string, { readonly mtime: number; readonly size: number }>;
  /**
   * By entry path, the version of its sealed file (its bytes) this window's editor of it rests on:
   * the one `readFile` gave while no editor of it was open, or the one `writeFile` wrote (header of
   * `writeFile`).
   */
  readonly versions: Map<string, Uint8Array>;
  /** By entry path, a version a save was refused over, the user told: a save made again may replace it. */
  readonly told: Map<string, Uint8Array>;
}

/** The user's words for why an entry does not open, by the kind of failure, with its file name. */
const UNREADABLE: Readonly<Record<AgeFailureKind, (file: string) => string>> = {
  'wrong-key': (file) => vscode.l10n.t('{0} is encrypted to another key.', file),
  'wrong-passphrase': (file) => vscode.l10n.t('{0} is encrypted with another passphrase.', file),
  'truncated': (file) => vscode.l10n.t('{0} is cut short: it may still be syncing, or was damaged.', file),
  'damaged': (file) => vscode.l10n.t('{0} is damaged: its contents fail age\'s integrity check.', file),
  'not-age': (file) => vscode.l10n.t('{0} is not an age file.', file),
  'unsupported': (file) => vscode.l10n.t('{0} uses an age feature this extension does not read.', file),
};

/** A path kept plain on disk and passed through: one of its parts starts with a dot. */
function isPlainOnDisk(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.'));
}

/** The product's own files: not shown through the provider, neither read nor written. */
function isProductPath(path: string): boolean {
  return path === PRODUCT_FOLDER || path.startsWith(`${PRODUCT_FOLDER}/`);
}

/** An entry's text as the index's readers decode it (workspaceJournalFiles.ts `decodeUtf8`): a BOM kept, bad bytes U+FFFD. */
const TEXT = new TextDecoder('utf-8', { ignoreBOM: true });

export class EncryptedJournalProvider implements vscode.FileSystemProvider {
  private readonly mounts = new Map<string, Mount>();

  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();

  readonly onDidChangeFile = this.changes.event;

  /** `unlock` mounts the journal for an authority not mounted yet, when the user gives its passphrase; false when not. */
  constructor(private readonly unlock: (authority: string) => Promise<boolean> = async () => false) {}

  /**
   * Shows the unlocked journal at `root` under this provider; resolves to the mount's root URI. `disk`
   * is for tests and other hosts; by default the journal is reached through `vscode.workspace.fs`.
   * `keptAside`: entries listed as `recovered/ID.md` that are an unlock's kept copies of interrupted
   * saves, told as such in the output: left out of the warning for entries whose name is lost.
   * `lockHost`: how an opaque journal's names lock is taken here (migrationHost.ts namesLockHost).
   */
  mount(id: string, root: vscode.Uri, journal: UnlockedJournal, disk: JournalFs = workspaceJournalFs(root), keptAside: readonly string[] = [], lockHost?: NamesLockHost): vscode.Uri {
    // The one-minute rule's file times: the disk's own stat where it has one (Node's fs), else VS Code's.
    const times = disk.stat === undefined ? { now: () => Date.now(), modifiedAt: workspaceModifiedAt(root) } : undefined;
    const view = new DecryptingJournalFs(disk, journal, (entry, kept) => this.keptAside(id, entry, kept), keptSaveWords(vscode.l10n), (entry, why) => this.plainKept(entry, why), (entries, cause) => this.namesLost(id, entries.filter((entry) => !keptAside.includes(entry)), cause), undefined, times, lockHost);
    this.mounts.set(id, { root, disk, view, tree: new JournalTree(view), sizes: new Map(), versions: new Map(), told: new Map() });
    return vscode.Uri.from({ scheme: ENCRYPTED_SCHEME, authority: id, path: '/' });
  }

  /**
   * A save of `entry` found an earlier save of it that was cut off before its rename, holding text
   * found nowhere else, and kept it as the new entry `kept` (core/encryption/decryptingJournalFs.ts):
   * it is listed, VS Code hears of it, and the user is told where it is.
   */
  private keptAside(id: string, entry: string, kept: string): void {
    const mount = this.mounts.get(id);
    mount?.tree.invalidate();
    this.changes.fire([{ type: vscode.FileChangeType.Created, uri: vscode.Uri.from({ scheme: ENCRYPTED_SCHEME, authority: id, path: `/${kept}` }) }]);
    void vscode.window.showWarningMessage(vscode.l10n.t('An earlier save of {0} was cut off before it was put in place, and what it wrote is not the entry\'s text: it is kept as {1}, beside it. Compare the two, then delete the one you do not need.', entry, kept));
  }

  /**
   * A save sealed `entry`, which was plain on disk only, but kept its plain file
   * (core/encryption/decryptingJournalFs.ts): it changed since it was opened, was never opened here
   * and differs from the save, or could not be removed. The user is told which, that the file is
   * there, still plain, and what to do with it (plainKeptMessage.ts).
   */
  private plainKept(entry: string, why: PlainKeptWhy): void {
    void vscode.window.showWarningMessage(plainKeptMessage(vscode.l10n, entry, why));
  }

  /**
   * A listing of the mount `id` showed `entries` as `recovered/<id>.md`: names.age does not hold their
   * names (core/encryption/decryptingJournalFs.ts `onNamesLost`). The user is told which, and what to
   * do (lostNamesMessage.ts); the Explorer shows only the sealed files, so the message opens the first.
   */
  private namesLost(id: string, entries: readonly string[], cause: LostCause | undefined): void {
    if (entries.length === 0) {
      return;
    }
    const open = vscode.l10n.t('Open');
    void vscode.window.showWarningMessage(lostNamesMessage(vscode.l10n, entries, cause), open).then((choice) => {
      if (choice === open && entries[0] !== undefined) {
        void vscode.window.showTextDocument(vscode.Uri.from({ scheme: ENCRYPTED_SCHEME, authority: id, path: `/${entries[0]}` }));
      }
    });
  }

  /** Forgets the journal (its keys go with it). */
  unmount(id: string): void {
    this.mounts.delete(id);
  }

  private async at(uri: vscode.Uri): Promise<{ readonly mount: Mount; readonly path: string }> {
    let mount = this.mounts.get(uri.authority);
    if (mount === undefined && await this.unlock(uri.authority)) {
      mount = this.mounts.get(uri.authority);
    }
    if (mount === undefined) {
      throw vscode.FileSystemError.Unavailable(uri);
    }
    return { mount, path: uri.path.replace(/^\/+|\/+$/g, '') };
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined); // Changes made through this provider are reported as they happen.
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const { mount, path } = await this.at(uri);
    if (isPlainOnDisk(path)) {
      const found = await this.plainStat(mount, path);
      if (found === undefined) {
        throw vscode.FileSystemError.FileNotFound(uri);
      }
      return found;
    }
    const kind = await mount.tree.kind(path);
    if (kind === undefined) {
      throw vscode.FileSystemError.FileNotFound(uri);
    }
    if (kind === 'directory') {
      return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    }
    const disk = await this.diskStat(mount, path);
    const known = mount.sizes.get(path);
    let size = known !== undefined && known.mtime === disk.mtime ? known.size : undefined;
    if (size === undefined) {
      size = await this.unreadable(() => mount.view.size(path));
      if (size === undefined) {
        throw vscode.FileSystemError.FileNotFound(uri);
      }
      mount.sizes.set(path, { mtime: disk.mtime, size });
    }
    return { type: vscode.FileType.File, ctime: disk.ctime, mtime: disk.mtime, size };
  }

  /**
   * `run`, a save, with a refusal told in the user's words (saveRefusal.ts): the journal's key changed
   * since this window unlocked it, another window saved the same entry at the same moment, too many
   * cut-off saves of it are kept, or the disk is full or read-only. VS Code shows the message and
   * keeps the editor's text unsaved.
   */
  private async saving<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      const refusal = saveRefusal(vscode.l10n, error);
      if (refusal === undefined) {
        throw error;
      }
      throw refusal.kind === 'NoPermissions' ? vscode.FileSystemError.NoPermissions(refusal.message) : vscode.FileSystemError.Unavailable(refusal.message);
    }
  }

  /** `run`, with an entry that does not open told in the user's words. */
  private async unreadable<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof EntryUnreadable) {
        throw vscode.FileSystemError.NoPermissions(UNREADABLE[error.failure.kind](error.failure.file));
      }
      throw error;
    }
  }

  /** The disk's URI of a journal-relative path. */
  private diskUri(mount: Mount, path: string): vscode.Uri {
    return path === '' ? mount.root : vscode.Uri.joinPath(mount.root, ...path.split('/'));
  }

  /** What is at a path kept plain on disk (isPlainOnDisk), asked of the disk; undefined when nothing is, or it is the product's. */
  private async plainStat(mount: Mount, path: string): Promise<vscode.FileStat | undefined> {
    if (isProductPath(path)) {
      return undefined;
    }
    try {
      return await vscode.workspace.fs.stat(this.diskUri(mount, path));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
        return undefined;
      }
      throw error;
    }
  }

  /**
   * The on-disk file's times: the sealed form's, or the plain one's in a mixed journal. Through the
   * journal's own file system when it can stat (Node's fs in the desktop host: the index stats every
   * entry it reads, and a round trip through VS Code's disk provider for each cost more than opening
   * the entry), else through VS Code's.
   */
  private async diskStat(mount: Mount, path: string): Promise<vscode.FileStat> {
    if (mount.disk.stat !== undefined) {
      const times = await mount.disk.stat(mount.view.sealedPathOf(path)) ?? await mount.disk.stat(path);
      if (times === undefined) {
        throw vscode.FileSystemError.FileNotFound(vscode.Uri.joinPath(mount.root, ...path.split('/')));
      }
      return { type: vscode.FileType.File, ...times };
    }
    try {
      return await vscode.workspace.fs.stat(vscode.Uri.joinPath(mount.root, ...mount.view.sealedPathOf(path).split('/')));
    } catch {
      return vscode.workspace.fs.stat(vscode.Uri.joinPath(mount.root, ...path.split('/')));
    }
  }

  /**
   * An entry of the mount `id` read for the journal index (journalMounts.ts `EntryReader`): its text,
   * stamped as this provider's `stat` stamps it (the sealed file's mtime, the text's length), with
   * the sealed file statted once and read once. Through VS Code's `stat` and `readFile` the file was
   * read twice (once for its size) and went through VS Code's file service twice; a cold index reads
   * every entry this way. Undefined for a folder or nothing; rejects as `readFile` does for an entry
   * that does not open. The text's size is kept, so VS Code's later stat of it opens nothing.
   */
  async readEntry(id: string, path: string): Promise<FileText | undefined> {
    const mount = this.mounts.get(id);
    if (mount === undefined) {
      throw vscode.FileSystemError.Unavailable(vscode.Uri.from({ scheme: ENCRYPTED_SCHEME, authority: id, path: `/${path}` }));
    }
    if (await mount.tree.kind(path) !== 'file') {
      return undefined;
    }
    let disk: vscode.FileStat;
    try {
      disk = await this.diskStat(mount, path); // Before reading: a change made meanwhile shows as a new stamp next time.
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
        return undefined; // Gone since the listing.
      }
      throw error;
    }
    const bytes = await this.unreadable(() => mount.view.read(path));
    if (bytes === undefined) {
      return undefined;
    }
    mount.sizes.set(path, { mtime: disk.mtime, size: bytes.byteLength });
    return { text: TEXT.decode(bytes), stamp: { mtime: Math.trunc(disk.mtime), size: bytes.byteLength } };
  }

  async readDirectory(uri: vscode.Uri): Promise<[string, vscode.FileType][]> {
    const { mount, path } = await this.at(uri);
    if (isPlainOnDisk(path)) {
      if (((await this.plainStat(mount, path))?.type ?? 0) & vscode.FileType.Directory) {
        return vscode.workspace.fs.readDirectory(this.diskUri(mount, path));
      }
      throw vscode.FileSystemError.FileNotADirectory(uri);
    }
    const children = await mount.tree.children(path);
    if (children === undefined) {
      throw vscode.FileSystemError.FileNotADirectory(uri);
    }
    const listed: [string, vscode.FileType][] = children.map(([name, kind]) => [name, kind === 'directory' ? vscode.FileType.Directory : vscode.FileType.File]);
    if (path !== '') {
      return listed;
    }
    // The journal's dot-folders and dot-files (`.templates`, `.calendar`), as the disk has them: the
    // tree lists none. At the top only, where the product keeps them: a walk of every folder (the
    // index's) would otherwise list each folder on disk once more. Never the product's own folder.
    // A disk that cannot be listed leaves the entries' listing as it was.
    const plain = (await vscode.workspace.fs.readDirectory(mount.root).then(undefined, () => []))
      .filter(([name]) => name.startsWith('.') && !isProductPath(name));
    return [...plain, ...listed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  async createDirectory(uri: vscode.Uri): Promise<void> {
    const { mount, path } = await this.at(uri);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(mount.root, ...path.split('/')));
    // Not shown until it holds a file: the tree is built from files (core/encryption/journalTree.ts).
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    const { mount, path } = await this.at(uri);
    if (isPlainOnDisk(path)) {
      const bytes = isProductPath(path) ? undefined : await mount.disk.read(path);
      if (bytes === undefined) {
        throw vscode.FileSystemError.FileNotFound(uri);
      }
      return bytes;
    }
    const read = await this.unreadable(() => mount.view.readVersion(path));
    if (read === undefined) {
      throw vscode.FileSystemError.FileNotFound(uri);
    }
    this.served(mount, uri, path, read.version);
    return read.bytes;
  }

  /**
   * `readFile` gave the entry `path` from the version `version` of its file (undefined: a plain file).
   * It is what an editor opened now rests on — unless an editor of it is open already: VS Code keeps
   * that editor's text as it read or saved it, and another read (a search, the disk's side of
   * Compare, a revert) does not change what its next save replaces. The provider cannot tell who
   * reads, so it keeps the version read while no editor was open.
   */
  private served(mount: Mount, uri: vscode.Uri, path: string, version: Uint8Array | undefined): void {
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) {
      return;
    }
    if (version === undefined) {
      mount.versions.delete(path);
    } else {
      mount.versions.set(path, version);
    }
    mount.told.delete(path);
  }

  /** An entry's remembered versions gone (deleted), or moved with it (renamed: its file's bytes stay). */
  private forget(mount: Mount, path: string, to?: string): void {
    for (const map of [mount.versions, mount.told]) {
      const version = map.get(path);
      map.delete(path);
      if (to !== undefined) {
        map.delete(to);
        if (version !== undefined) {
          map.set(to, version);
        }
      }
    }
  }

  /**
   * VS Code's create and overwrite rules. Without `overwrite`, the file is created only if nothing is
   * on disk there (JournalFs `createExclusive`), whatever the tree or a stat said: a create can never
   * replace a file (createIfAbsent in journal/journalStore.ts relies on it, through `createFile`).
   *
   * A save of an entry replaces only a version of its file this window knows (`versions`): the one
   * its editor rests on, or one a refusal already told the user of (`told`). Another window's save
   * that landed after this window read the entry is otherwise refused (SavedSinceRead, "another
   * window saved this entry after this window opened or last saved it", saveRefusal.ts), the editor left unsaved — VS Code's own check
   * before it calls this compares only the file's length when its time advanced, and is made before
   * the save reaches here. Saving again then replaces the version the refusal found: VS Code's
   * *Overwrite* after its own "file is newer" box is refused so once, and lands when chosen again.
   * An entry this window never read (an editor restored from a backup) is saved as before: over
   * the file the save first reads.
   */
  async writeFile(uri: vscode.Uri, content: Uint8Array, options: { readonly create: boolean; readonly overwrite: boolean }): Promise<void> {
    const { mount, path } = await this.at(uri);
    if (isPlainOnDisk(path)) {
      return this.writePlain(uri, mount, path, content, options);
    }
    const kind = await mount.tree.kind(path);
    if (kind === 'directory') {
      throw vscode.FileSystemError.FileIsADirectory(uri);
    }
    if (kind === undefined && !options.create) {
      throw vscode.FileSystemError.FileNotFound(uri);
    }
    if (kind === 'file' && !options.overwrite) {
      throw vscode.FileSystemError.FileExists(uri);
    }
    if (options.overwrite) {
      const known = [mount.versions.get(path), mount.told.get(path)].filter((version) => version !== undefined);
      const written = await this.saving(() => mount.view.writeEntry(path, content, known.length === 0 ? undefined : known).catch((error: unknown) => {
        if (error instanceof SavedSinceRead) {
          mount.told.set(path, error.found); // The user is told of it now: saving again may replace it.
        }
        throw error;
      }));
      this.forget(mount, path);
      if (written !== undefined) {
        mount.versions.set(path, written);
      }
    } else if (!await this.saving(() => mount.view.createExclusive(path, content))) {
      mount.tree.invalidate(); // The tree did not know of it: list again.
      throw vscode.FileSystemError.FileExists(uri);
    }
    mount.sizes.delete(path);
    if (kind === undefined) {
      // A new file, perhaps in new folders. A changed one leaves the tree as it was: listing a
      // journal of thousands of entries again after every save would cost more than the save.
      mount.tree.invalidate();
    }
    // VS Code stats the file after each save: its size is known, so the new file is not opened for it.
    const disk = await this.diskStat(mount, path).catch(() => undefined);
    if (disk !== undefined) {
      mount.sizes.set(path, { mtime: disk.mtime, size: content.byteLength });
    }
    this.changes.fire([{ type: kind === undefined ? vscode.FileChangeType.Created : vscode.FileChangeType.Changed, uri }]);
  }

  /**
   * `writeFile` of a path kept plain on disk (a template, a calendar file): the same rules, the bytes
   * written as they are — as an entry's save is, beside and then renamed (core/encryption/safeWrites.ts
   * `writeAtomic`), never truncating the file first, so a full disk leaves the file as it was and no
   * partial; a refusal of the disk is said in the user's words (`saving`). A create-only write goes
   * through the disk's exclusive create (nothing is replaced, nothing half-written is left), and its
   * failure reaches the caller as it is: Customize Template… says it in its own words.
   */
  private async writePlain(uri: vscode.Uri, mount: Mount, path: string, content: Uint8Array, options: { readonly create: boolean; readonly overwrite: boolean }): Promise<void> {
    if (isProductPath(path)) {
      throw vscode.FileSystemError.NoPermissions(vscode.l10n.t('{0} holds the journal\'s keys and names; it is not edited here.', PRODUCT_FOLDER));
    }
    const there = await this.plainStat(mount, path);
    if (there !== undefined && (there.type & vscode.FileType.Directory) !== 0) {
      throw vscode.FileSystemError.FileIsADirectory(uri);
    }
    if (there === undefined && !options.create) {
      throw vscode.FileSystemError.FileNotFound(uri);
    }
    if (there !== undefined && !options.overwrite) {
      throw vscode.FileSystemError.FileExists(uri);
    }
    if (options.overwrite) {
      await this.saving(() => writeAtomic(mount.disk, path, content, mount.view.writer));
    } else if (!await mount.disk.createExclusive(path, content)) {
      throw vscode.FileSystemError.FileExists(uri);
    }
    this.changes.fire([{ type: there === undefined ? vscode.FileChangeType.Created : vscode.FileChangeType.Changed, uri }]);
  }

  /**
   * Creates the file at `uri` with `content` only if nothing is there (writeFile without overwrite);
   * false when something was. For createIfAbsent (journal/journalStore.ts): VS Code's `workspace.fs`
   * always writes with overwrite, so a create-only write reaches this provider only this way.
   */
  async createFile(uri: vscode.Uri, content: Uint8Array): Promise<boolean> {
    try {
      await this.writeFile(uri, content, { create: true, overwrite: false });
      return true;
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileExists') {
        return false;
      }
      throw error;
    }
  }

  /** The files at or under `path`, journal-relative. */
  private async filesUnder(mount: Mount, path: string): Promise<string[]> {
    if (await mount.tree.kind(path) === 'file') {
      return [path];
    }
    const files: string[] = [];
    for (const [name, kind] of await mount.tree.children(path) ?? []) {
      const child = path === '' ? name : `${path}/${name}`;
      files.push(...(kind === 'file' ? [child] : await this.filesUnder(mount, child)));
    }
    return files;
  }

  async delete(uri: vscode.Uri, options: { readonly recursive: boolean }): Promise<void> {
    const { mount, path } = await this.at(uri);
    const kind = await mount.tree.kind(path);
    if (kind === undefined) {
      throw vscode.FileSystemError.FileNotFound(uri);
    }
    const files = await this.filesUnder(mount, path);
    if (kind === 'directory' && !options.recursive && files.length > 0) {
      throw vscode.FileSystemError.NoPermissions(vscode.l10n.t('{0} is not empty.', path));
    }
    for (const file of files) {
      await this.saving(() => mount.view.remove(file)); // An opaque journal's delete can be refused (saveRefusal.ts).
      mount.sizes.delete(file);
      this.forget(mount, file);
    }
    if (path !== '') {
      await mount.view.removeEmptyFolders(kind === 'directory' ? path : path.split('/').slice(0, -1).join('/'));
    }
    mount.tree.invalidate();
    this.changes.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  async rename(oldUri: vscode.Uri, newUri: vscode.Uri, options: { readonly overwrite: boolean }): Promise<void> {
    const from = await this.at(oldUri);
    const to = await this.at(newUri);
    if (from.mount !== to.mount) {
      throw vscode.FileSystemError.NoPermissions(vscode.l10n.t('Entries move only within their own journal.'));
    }
    const { mount } = from;
    const kind = await mount.tree.kind(from.path);
    if (kind === undefined) {
      throw vscode.FileSystemError.FileNotFound(oldUri);
    }
    if (await mount.tree.kind(to.path) !== undefined && !options.overwrite) {
      throw vscode.FileSystemError.FileExists(newUri);
    }
    for (const file of await this.filesUnder(mount, from.path)) {
      await this.saving(() => mount.view.rename(file, `${to.path}${file.slice(from.path.length)}`));
      mount.sizes.delete(file);
      this.forget(mount, file, `${to.path}${file.slice(from.path.length)}`);
    }
    mount.tree.invalidate();
    this.changes.fire([{ type: vscode.FileChangeType.Deleted, uri: oldUri }, { type: vscode.FileChangeType.Created, uri: newUri }]);
  }
}
