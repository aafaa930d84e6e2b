// The Markdown files of a journal folder on disk, as journal-relative '/' paths: the same files the
// extension's index reads. Dot-folders and dot-files (`.templates`, `.git`) and `node_modules` are
// left out; symbolic links to files are followed, links to folders are not (so a loop cannot trap the
// walk). A sub-folder that cannot be read is reported, not fatal.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface JournalListing {
  /** Sorted (code-unit order), so every run reads the same files in the same order. */
  readonly files: readonly string[];
  /** Sub-folders that could not be listed, journal-relative, with the OS's reason. */
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

async function isFileLink(root: string, relative: string): Promise<boolean> {
  try {
    return (await stat(join(root, relative))).isFile();
  } catch {
    return false; // A dangling link is not a journal file.
  }
}

/**
 * Every `*.md` file (any case of `.md`) under `root`. Rejects only when `root` itself cannot be
 * listed (missing, not a folder, no permission), with the OS error.
 */
export async function listJournalFiles(root: string): Promise<JournalListing> {
  const files: string[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const folder = pending.pop() ?? '';
    let children: Dirent[];
    try {
      children = await readdir(join(root, folder), { withFileTypes: true });
    } catch (error) {
      if (folder === '') {
        throw error;
      }
      unreadable.push({ path: folder, reason: message(error) });
      continue;
    }
    for (const child of children) {
      if (isSkippedName(child.name)) {
        continue;
      }
      const relative = folder === '' ? child.name : `${folder}/${child.name}`;
      if (child.isDirectory()) {
        pending.push(relative);
      } else if (child.name.toLowerCase().endsWith('.md') && (child.isFile() || (child.isSymbolicLink() && await isFileLink(root, relative)))) {
        files.push(relative);
      }
    }
  }
  const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return { files: files.sort(byCodeUnits), unreadable: unreadable.sort((a, b) => byCodeUnits(a.path, b.path)) };
}
