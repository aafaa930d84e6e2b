// A JournalFs in memory, for the migration's tests, with failures injected where a test asks:
//   - `killAfter: n` lets n operations complete and then fails every later one, as if the process had
//     died there (with `torn`, the write that dies leaves half its bytes, as a crash mid-write can);
//   - `fail(op, path)` makes one operation fail with a given error (ENOSPC, EACCES, …) and lets the
//     run go on, as a real disk does.
//   - `renameDeletesFirst`: a rename over an existing file removes that file first and then renames,
//     two operations (each counted, logged and killable), as vscode.workspace.fs does in the web,
//     virtual and remote hosts (src/extension/encryption/workspaceJournalFs.ts); by default a rename
//     replaces its target atomically, as Node's fs does.
// Every operation is counted and logged, so a test can kill a run after each one in turn.
import type { JournalFs, ListedFile } from '../../src/core/encryption/journalFs';

export type OpName = 'list' | 'listFolder' | 'read' | 'write' | 'createExclusive' | 'rename' | 'remove' | 'removeEmptyFolders';

export interface Faults {
  killAfter?: number;
  torn?: boolean;
  fail?: (op: OpName, path: string) => Error | undefined;
}

export class Killed extends Error {
  constructor() {
    super('killed (injected)');
  }
}

export function systemError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function isHidden(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.') || part === 'node_modules');
}

export class MemoryJournalFs implements JournalFs {
  readonly files = new Map<string, Uint8Array>();
  readonly links = new Set<string>();
  readonly folders = new Set<string>();
  readonly log: string[] = [];
  operations = 0;
  faults: Faults = {};
  /** A rename over a file deletes it first (header); kept by clone(). */
  renameDeletesFirst = false;

  static from(files: Readonly<Record<string, Uint8Array>>, options: { links?: readonly string[]; folders?: readonly string[] } = {}): MemoryJournalFs {
    const fs = new MemoryJournalFs();
    for (const [path, bytes] of Object.entries(files)) {
      fs.put(path, bytes);
    }
    for (const link of options.links ?? []) {
      fs.links.add(link);
      fs.put(link, new Uint8Array(0));
    }
    for (const folder of options.folders ?? []) {
      fs.addFolders(folder);
    }
    return fs;
  }

  /** A copy of the files and folders, with no faults and a fresh count. */
  clone(): MemoryJournalFs {
    const copy = new MemoryJournalFs();
    copy.renameDeletesFirst = this.renameDeletesFirst;
    for (const [path, bytes] of this.files) {
      copy.files.set(path, bytes.slice());
    }
    this.links.forEach((link) => copy.links.add(link));
    this.folders.forEach((folder) => copy.folders.add(folder));
    return copy;
  }

  put(path: string, bytes: Uint8Array): void {
    this.addFolders(parentOf(path));
    this.files.set(path, bytes.slice());
  }

  private addFolders(folder: string): void {
    for (let at = folder; at !== ''; at = parentOf(at)) {
      this.folders.add(at);
    }
  }

  /** Counts the operation and applies the faults; returns true when a torn write should happen. */
  private enter(op: OpName, path: string): boolean {
    this.operations++;
    this.log.push(`${op} ${path}`);
    const killAfter = this.faults.killAfter;
    if (killAfter !== undefined && this.operations > killAfter) {
      if (this.operations === killAfter + 1 && this.faults.torn === true && op === 'write') {
        return true;
      }
      throw new Killed();
    }
    const error = this.faults.fail?.(op, path);
    if (error !== undefined) {
      throw error;
    }
    return false;
  }

  async list(): Promise<readonly ListedFile[]> {
    this.enter('list', '');
    return [...this.files.keys()].filter((path) => !isHidden(path)).map((path) => ({ path, link: this.links.has(path) }));
  }

  /** The files directly in `folder` (dot-files and those in dot-folders too), as Node's fs lists the product's folder. */
  async listFolder(folder: string): Promise<readonly string[]> {
    this.enter('listFolder', folder);
    const prefix = `${folder}/`;
    return [...this.files.keys()].filter((path) => path.startsWith(prefix) && !path.slice(prefix.length).includes('/')).map((path) => path.slice(prefix.length));
  }

  async read(path: string): Promise<Uint8Array | undefined> {
    this.enter('read', path);
    return this.files.get(path)?.slice();
  }

  async write(path: string, bytes: Uint8Array): Promise<void> {
    if (this.enter('write', path)) {
      this.put(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
      throw new Killed();
    }
    this.put(path, bytes);
  }

  async createExclusive(path: string, bytes: Uint8Array): Promise<boolean> {
    this.enter('createExclusive', path);
    if (this.files.has(path)) {
      return false;
    }
    this.put(path, bytes);
    return true;
  }

  async rename(from: string, to: string): Promise<void> {
    if (this.renameDeletesFirst && this.files.has(to) && from !== to) {
      if (!this.files.has(from)) {
        throw systemError('ENOENT', `no such file, rename '${from}'`); // VS Code's file service checks the source first.
      }
      this.enter('remove', to);
      this.files.delete(to);
      this.links.delete(to);
    }
    this.enter('rename', `${from} -> ${to}`);
    const bytes = this.files.get(from);
    if (bytes === undefined) {
      throw systemError('ENOENT', `no such file, rename '${from}'`);
    }
    this.files.delete(from);
    this.put(to, bytes);
  }

  async remove(path: string): Promise<void> {
    this.enter('remove', path);
    this.files.delete(path);
    this.links.delete(path);
  }

  async removeEmptyFolders(path: string): Promise<void> {
    this.enter('removeEmptyFolders', path);
    for (let folder = path; folder !== ''; folder = parentOf(folder)) {
      const prefix = `${folder}/`;
      const used = [...this.files.keys(), ...this.folders].some((other) => other.startsWith(prefix));
      if (used || this.files.has(folder)) {
        return;
      }
      this.folders.delete(folder);
    }
  }
}
