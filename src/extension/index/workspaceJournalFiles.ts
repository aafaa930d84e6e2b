// The catalogue's `JournalFiles` (core/catalogue/journalFiles.ts) for the extension: a journal folder
// read through `vscode.workspace.fs`, so any file system provider works (local, remote, virtual, the
// web worker host), and watched with a FileSystemWatcher. The Node host reads `file:` folders with
// Node's fs instead (host/hostServices.ts), keeping this watcher. As the interface says: links to
// files are followed, links to folders are not (a link loop cannot trap the walk).
import * as vscode from 'vscode';
import { errorMessage } from '../../core/text/errorMessage';
import type { FileEvent, FileStamp, FolderListing, JournalFiles } from '../../core/catalogue/journalFiles';
import { isLeftOut } from '../../core/catalogue/journalPaths';
import type { EntryReader } from '../journal/journalMounts';
import { journalPathOf } from './journalUriPath';

function isNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'FileNotADirectory');
}

/** UTF-8 text of a file's bytes, a BOM kept as written (the front matter reader allows it); bad bytes become U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** The URI of the journal-relative `path` ('' for the folder). */
export function uriOf(folder: vscode.Uri, path: string): vscode.Uri {
  return path === '' ? folder : vscode.Uri.joinPath(folder, ...path.split('/'));
}

/**
 * Events for paths under the journal `folder`, from a watcher on the workspace folder that holds it
 * when there is one: that folder always exists, whereas a watch on a journal folder that does not
 * exist yet (a new journal) may see nothing.
 */
export function watchJournal(folder: vscode.Uri, listener: (event: FileEvent, uri: vscode.Uri) => void): vscode.Disposable {
  const base = vscode.workspace.getWorkspaceFolder(folder) ?? folder;
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(base, '**/*'));
  const on = (kind: FileEvent['kind']) => (uri: vscode.Uri): void => {
    const path = journalPathOf(folder, uri);
    if (path !== undefined && !isLeftOut(path)) {
      listener({ kind, path }, uri);
    }
  };
  return vscode.Disposable.from(watcher, watcher.onDidCreate(on('created')), watcher.onDidChange(on('changed')), watcher.onDidDelete(on('deleted')));
}

export function workspaceJournalFiles(folder: vscode.Uri): JournalFiles {
  return {
    async list(under) {
      const files: string[] = [];
      const unreadable: { path: string; reason: string }[] = [];
      const walk = async (dir: string): Promise<void> => {
        let children: [string, vscode.FileType][];
        try {
          children = await vscode.workspace.fs.readDirectory(uriOf(folder, dir));
        } catch (error) {
          if (isNotFound(error)) {
            return; // Vanished (or never there): lists as empty.
          }
          if (dir === '' && under === '') {
            throw error;
          }
          unreadable.push({ path: dir, reason: errorMessage(error) });
          return;
        }
        await Promise.all(children.map(async ([name, type]) => {
          const relative = dir === '' ? name : `${dir}/${name}`;
          if (isLeftOut(name)) {
            return;
          }
          if ((type & vscode.FileType.Directory) !== 0) {
            if ((type & vscode.FileType.SymbolicLink) === 0) {
              await walk(relative);
            }
          } else if ((type & vscode.FileType.File) !== 0 && name.toLowerCase().endsWith('.md')) {
            files.push(relative);
          }
        }));
      };
      await walk(under);
      return { files, unreadable } satisfies FolderListing;
    },
    async stat(path) {
      try {
        const info = await vscode.workspace.fs.stat(uriOf(folder, path));
        if ((info.type & vscode.FileType.Directory) !== 0) {
          return 'folder';
        }
        return (info.type & vscode.FileType.File) !== 0 ? { mtime: Math.trunc(info.mtime), size: info.size } : undefined;
      } catch (error) {
        // Gone: not there. Any other trouble: a stamp that matches nothing, so the file is read and its error reported.
        return isNotFound(error) ? undefined : { mtime: -1, size: -1 };
      }
    },
    async read(path) {
      const uri = uriOf(folder, path);
      let stamp: FileStamp;
      try {
        const info = await vscode.workspace.fs.stat(uri); // Before reading: a change made meanwhile shows as a new stamp next time.
        if ((info.type & vscode.FileType.File) === 0) {
          return undefined;
        }
        stamp = { mtime: Math.trunc(info.mtime), size: info.size };
        return { text: decodeUtf8(await vscode.workspace.fs.readFile(uri)), stamp };
      } catch (error) {
        if (isNotFound(error)) {
          return undefined;
        }
        throw error;
      }
    },
  };
}

/** How the host reads a journal folder: its files, and whether they are read from this host's own disk. */
export interface HostJournalFiles {
  readonly files: JournalFiles;
  readonly local: boolean;
}

export type JournalFilesFor = (folder: vscode.Uri) => HostJournalFiles;

/** Every folder through `vscode.workspace.fs` (the web worker host; any host's non-`file:` folders). */
export const workspaceFilesFor: JournalFilesFor = (folder) => ({ files: workspaceJournalFiles(folder), local: false });

/**
 * `host`'s files with each file read by `read` when there is one: an unlocked encrypted journal's
 * entries come straight from its file system provider (journalMounts.ts `EntryReader`), one stat and
 * one read of each sealed file; listing and stats still go through VS Code, stamped alike.
 */
export function mountedFiles(host: HostJournalFiles, read: EntryReader | undefined): HostJournalFiles {
  return read === undefined ? host : { ...host, files: { ...host.files, read } };
}
