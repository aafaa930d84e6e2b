// `JournalFiles` over Node's fs, for the CLI (and, later, the extension host's local folders):
// synchronous calls behind the interface's promises, because a journal is thousands of small files
// and Node's asynchronous reads of many small files spend more time in the thread pool than in
// reading (issue #13 measured 1.7–2.5× for the report). Symbolic links to files are followed, links
// to folders are not, so a link loop cannot trap the walk. A path that vanishes while it is listed,
// statted or read is "not there", never an error; one that is there but unreadable is reported.
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { FileStamp, FileText, FolderListing, JournalFiles } from '../core/catalogue/journalFiles';
import { isLeftOut } from '../core/catalogue/journalPaths';
import { asError, errorMessage } from '../core/text/errorMessage';

/** Errors that mean "nothing is there (any more)". */
const GONE = new Set(['ENOENT', 'ENOTDIR', 'ELOOP']);

function isGone(error: unknown): boolean {
  return GONE.has((error as NodeJS.ErrnoException | undefined)?.code ?? '');
}

function stampOf(info: Stats): FileStamp {
  return { mtime: Math.trunc(info.mtimeMs), size: info.size }; // Whole ms, as vscode.workspace.fs gives.
}

/** The journal folder `root` (as the user named it: error messages name files under it the same way). */
export function nodeJournalFiles(root: string): JournalFiles {
  const abs = (path: string): string => (path === '' ? root : join(root, path));
  return {
    list(under) {
      const files: string[] = [];
      const unreadable: { path: string; reason: string }[] = [];
      const pending: string[] = [under];
      while (pending.length > 0) {
        const folder = pending.pop() as string;
        let children: Dirent[];
        try {
          children = readdirSync(abs(folder), { withFileTypes: true });
        } catch (error) {
          if (isGone(error)) {
            continue; // Vanished (or never there): lists as empty.
          }
          if (folder === under && under === '') {
            return Promise.reject(asError(error));
          }
          unreadable.push({ path: folder, reason: errorMessage(error) });
          continue;
        }
        for (const child of children) {
          const relative = folder === '' ? child.name : `${folder}/${child.name}`;
          if (isLeftOut(child.name)) {
            continue;
          }
          if (child.isDirectory()) {
            pending.push(relative);
          } else if (child.name.toLowerCase().endsWith('.md') && (child.isFile() || (child.isSymbolicLink() && isFileLink(abs(relative))))) {
            files.push(relative);
          }
        }
      }
      return Promise.resolve({ files, unreadable } satisfies FolderListing);
    },
    stat(path) {
      try {
        const info = statSync(abs(path));
        return Promise.resolve(info.isDirectory() ? 'folder' : info.isFile() ? stampOf(info) : undefined);
      } catch (error) {
        // Gone: not there. Any other trouble: a stamp that matches nothing, so the file is read and its error reported.
        return Promise.resolve(isGone(error) ? undefined : { mtime: -1, size: -1 });
      }
    },
    read(path) {
      try {
        return Promise.resolve(readLocalFile(abs(path)));
      } catch (error) {
        return Promise.reject(asError(error));
      }
    },
  };
}

/**
 * The text (a BOM kept) and stamp of the local file `file`, read synchronously; undefined when nothing
 * is there (or it is no file); throws when it is there but cannot be read. The one way the report
 * reads a file, on its own thread (`read` above) or on a worker (recordService.ts), so a file's
 * trouble reads the same wherever it was met.
 */
export function readLocalFile(file: string): FileText | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if (isGone(error)) {
      return undefined;
    }
    throw error;
  }
  try {
    const info = fstatSync(fd); // Before reading: a change made meanwhile shows as a new stamp next time.
    return info.isFile() ? { text: readFileSync(fd, 'utf8'), stamp: stampOf(info) } : undefined; // A BOM stays.
  } finally {
    closeSync(fd);
  }
}

function isFileLink(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // A dangling link, or a loop, is not a journal file.
  }
}
