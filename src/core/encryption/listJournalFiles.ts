// The walk behind JournalFs.list() (journalFs.ts), for every driver: folders are read one at a time
// from the journal folder down, dot-files, dot-folders and `node_modules` are passed over (as the index
// lists entries), and each child is a folder to descend into, a file to list, or neither. What counts
// as which is the driver's: its file system says what a link is (node/encryption/nodeJournalFs.ts,
// extension/encryption/workspaceJournalFs.ts).

import type { ListedFile } from './journalFs';

/** One child of a folder, as the driver's file system describes it. */
export interface FolderChild {
  readonly name: string;
  /** A folder to descend into (never through a link: its target may be outside the journal). */
  readonly folder: boolean;
  /** Listed as a file (a link to a file counts, with `link` set). */
  readonly file: boolean;
  readonly link: boolean;
}

/** Passed over by the walk, as the journal index passes them over. */
export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * Every file under the journal, paths journal-relative with `/`. `readFolder('')` reads the journal
 * folder itself; a folder that cannot be read rejects the walk with the driver's error.
 */
export async function listJournalFiles(readFolder: (folder: string) => Promise<readonly FolderChild[]>): Promise<ListedFile[]> {
  const files: ListedFile[] = [];
  const pending = [''];
  while (pending.length > 0) {
    const folder = pending.pop() ?? '';
    for (const child of await readFolder(folder)) {
      if (isSkippedName(child.name)) {
        continue;
      }
      const path = folder === '' ? child.name : `${folder}/${child.name}`;
      if (child.folder) {
        pending.push(path);
      } else if (child.file) {
        files.push({ path, link: child.link });
      }
    }
  }
  return files;
}
