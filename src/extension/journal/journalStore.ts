// Reads and writes entries through `vscode.workspace.fs`, so any file system provider works (local,
// remote, virtual). Its one promise: an existing file is never overwritten.
import * as vscode from 'vscode';
import type { MountedCreators } from './journalMounts';

export type CreateResult = 'created' | 'existed';

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      return false;
    }
    throw error;
  }
}

/**
 * Writes `text` to `uri` only if nothing is there yet; creates missing parent folders; a write that
 * fails leaves no file behind (it rejects with the write's error). Under an
 * unlocked encrypted journal's mount the write is create-only in the provider itself (`mount`'s
 * creator): it never replaces a file, even one a stat missed. Elsewhere the check and the write are
 * two calls (`workspace.fs` has no create-only write), so the window is as small as it can be, and
 * the check is the provider's own stat of its disk.
 */
export async function createIfAbsent(uri: vscode.Uri, text: string, mount: MountedCreators): Promise<CreateResult> {
  const create = mount.creatorOf(uri);
  if (create !== undefined) {
    return await create(uri, new TextEncoder().encode(text)) ? 'created' : 'existed';
  }
  if (await exists(uri)) {
    return 'existed';
  }
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  if (await exists(uri)) {
    return 'existed';
  }
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  } catch (error) {
    // Nothing was there: what the failed write left (a full disk cuts it short) is this create's,
    // and would be taken for the file next time ('existed': a template cut short, kept as it is).
    await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    throw error;
  }
  return 'created';
}

/** The file's text (UTF-8), or `undefined` when there is no such file. */
export async function readTextIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      return undefined;
    }
    throw error;
  }
}

/**
 * Every Markdown file under `folder`, as `/`-separated paths relative to it. Folders whose name starts
 * with a dot (`.templates`, `.git`) are skipped; a missing folder lists as empty.
 */
export async function listMarkdownFiles(folder: vscode.Uri): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: vscode.Uri, prefix: string): Promise<void> => {
    let children: [string, vscode.FileType][];
    try {
      children = await vscode.workspace.fs.readDirectory(dir);
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
        return;
      }
      throw error;
    }
    await Promise.all(children.map(async ([name, type]) => {
      if (name.startsWith('.')) {
        return;
      }
      if (type & vscode.FileType.Directory) {
        await walk(vscode.Uri.joinPath(dir, name), `${prefix}${name}/`);
      } else if (name.toLowerCase().endsWith('.md')) {
        found.push(`${prefix}${name}`);
      }
    }));
  };
  await walk(folder, '');
  return found.sort();
}

/**
 * The journal's files as a service, built once by the composition root (features.ts) over the
 * features' mount and handed to the registrations that read or write entries, so that no handler
 * reaches for `vscode.workspace.fs` itself (and a test can hand in another store).
 */
export interface JournalStore {
  exists(uri: vscode.Uri): Promise<boolean>;
  /** As {@link createIfAbsent}, through the store's mount. */
  createIfAbsent(uri: vscode.Uri, text: string): Promise<CreateResult>;
  /** The file's text (UTF-8); rejects when it cannot be read. */
  readText(uri: vscode.Uri): Promise<string>;
  readTextIfExists(uri: vscode.Uri): Promise<string | undefined>;
  /** The file's bytes, for a caller that decodes them itself or compares them; rejects when it cannot be read. */
  readBytes(uri: vscode.Uri): Promise<Uint8Array>;
  /** Writes `bytes` to `uri`, replacing what is there: for a file whose caller has just checked it (tags written into a closed entry). */
  writeBytes(uri: vscode.Uri, bytes: Uint8Array): Promise<void>;
  /** Writes `text` (UTF-8) to `uri`, replacing what is there: for files the user asked to change (people.yml). */
  writeText(uri: vscode.Uri, text: string): Promise<void>;
  /** The names and types in a folder; rejects when it cannot be read. */
  readDirectory(uri: vscode.Uri): Promise<[string, vscode.FileType][]>;
  createDirectory(uri: vscode.Uri): Promise<void>;
  listMarkdownFiles(folder: vscode.Uri): Promise<string[]>;
}

export function workspaceJournalStore(mount: MountedCreators): JournalStore {
  return {
    exists,
    createIfAbsent: (uri, text) => createIfAbsent(uri, text, mount),
    readText: async (uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)),
    readTextIfExists,
    readBytes: async (uri) => vscode.workspace.fs.readFile(uri),
    writeBytes: async (uri, bytes) => vscode.workspace.fs.writeFile(uri, bytes),
    writeText: async (uri, text) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text)),
    readDirectory: async (uri) => vscode.workspace.fs.readDirectory(uri),
    createDirectory: async (uri) => vscode.workspace.fs.createDirectory(uri),
    listMarkdownFiles,
  };
}
