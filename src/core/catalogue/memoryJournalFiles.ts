// An in-memory journal folder behind `JournalFiles`, for the catalogue's tests (and any host with no
// file system): files, folders, a logical clock for stamps, events as a host would report them, and
// hooks to make a file unreadable or to change the journal while the catalogue is reading it.
import type { Disposable, FileEvent, FileStamp, FileText, FolderListing, JournalFiles } from './journalFiles';
import { isUnder } from './journalPaths';

function parentsOf(path: string): string[] {
  const segments = path.split('/');
  return segments.slice(0, -1).map((_, i) => segments.slice(0, i + 1).join('/'));
}

export class MemoryJournalFiles implements JournalFiles {
  private readonly files = new Map<string, { text: string; mtime: number }>();
  private readonly folders = new Set<string>();
  private readonly listeners = new Set<(event: FileEvent) => void>();
  private clock = 1;
  /** Whether the journal folder itself exists. */
  exists = true;
  /** Files that are there but throw when read, and folders that throw when listed. */
  readonly unreadable = new Set<string>();
  /** Called before each read, with the path: a test changes the journal here, mid-build. */
  beforeRead: ((path: string) => void) | undefined;
  /** Called before each listing. */
  beforeList: ((under: string) => void) | undefined;

  /** Writes (creates or replaces) a file, making its folders; reports created or changed. */
  write(path: string, text: string): void {
    const created = !this.files.has(path);
    for (const folder of parentsOf(path)) {
      if (!this.folders.has(folder)) {
        this.folders.add(folder);
        this.emit({ kind: 'created', path: folder });
      }
    }
    this.files.set(path, { text, mtime: this.clock++ });
    this.emit({ kind: created ? 'created' : 'changed', path });
  }

  mkdir(path: string): void {
    for (const folder of [...parentsOf(path), path]) {
      if (!this.folders.has(folder)) {
        this.folders.add(folder);
        this.emit({ kind: 'created', path: folder });
      }
    }
  }

  /** Deletes a file or a folder with everything under it; one event for the path, as hosts report it. */
  delete(path: string): void {
    let found = false;
    for (const key of [...this.files.keys()]) {
      if (isUnder(key, path)) {
        this.files.delete(key);
        found = true;
      }
    }
    for (const key of [...this.folders]) {
      if (isUnder(key, path)) {
        this.folders.delete(key);
        found = true;
      }
    }
    if (path === '') {
      this.exists = false;
      found = true;
    }
    if (found) {
      this.emit({ kind: 'deleted', path });
    }
  }

  /** Moves a file or folder; reported as a delete of `from` and a create of `to`. */
  rename(from: string, to: string): void {
    const moved = [...this.files].filter(([key]) => isUnder(key, from));
    const folders = [...this.folders].filter((key) => isUnder(key, from));
    if (moved.length === 0 && folders.length === 0) {
      return;
    }
    for (const [key] of moved) {
      this.files.delete(key);
    }
    for (const key of folders) {
      this.folders.delete(key);
    }
    this.emit({ kind: 'deleted', path: from });
    for (const folder of parentsOf(to)) {
      this.folders.add(folder);
    }
    for (const key of folders) {
      this.folders.add(`${to}${key.slice(from.length)}`);
    }
    for (const [key, file] of moved) {
      this.files.set(`${to}${key.slice(from.length)}`, { text: file.text, mtime: this.clock++ });
    }
    this.emit({ kind: 'created', path: to });
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  paths(): string[] {
    return [...this.files.keys()];
  }

  list(under: string): Promise<FolderListing> {
    this.beforeList?.(under);
    if (under === '' && !this.exists) {
      return Promise.resolve({ files: [], unreadable: [] });
    }
    if (this.unreadable.has(under)) {
      return under === '' ? Promise.reject(new Error('EACCES: permission denied')) : Promise.resolve({ files: [], unreadable: [{ path: under, reason: 'EACCES: permission denied' }] });
    }
    const blocked = [...this.unreadable].filter((path) => this.folders.has(path) && isUnder(path, under) && path !== under);
    const files = [...this.files.keys()].filter((key) => isUnder(key, under) && key !== under && !blocked.some((folder) => isUnder(key, folder)));
    return Promise.resolve({ files, unreadable: blocked.map((path) => ({ path, reason: 'EACCES: permission denied' })) });
  }

  stat(path: string): Promise<FileStamp | 'folder' | undefined> {
    const file = this.files.get(path);
    if (file) {
      return Promise.resolve({ mtime: file.mtime, size: file.text.length });
    }
    return Promise.resolve((path === '' && this.exists) || this.folders.has(path) ? 'folder' : undefined);
  }

  read(path: string): Promise<FileText | undefined> {
    this.beforeRead?.(path);
    const file = this.files.get(path);
    if (file === undefined) {
      return Promise.resolve(undefined);
    }
    if (this.unreadable.has(path)) {
      return Promise.reject(new Error(`EACCES: permission denied, open '${path}'`));
    }
    return Promise.resolve({ text: file.text, stamp: { mtime: file.mtime, size: file.text.length } });
  }

  watch(listener: (event: FileEvent) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private emit(event: FileEvent): void {
    for (const listener of this.listeners) {
      listener(event);
    }
  }
}
