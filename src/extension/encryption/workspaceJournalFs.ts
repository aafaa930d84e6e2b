// The core's JournalFs (core/encryption/journalFs.ts) over `vscode.workspace.fs`, so an encrypted
// journal works on any file system VS Code reaches: local, remote, virtual, the web. Paths are
// journal-relative with `/`; one that would leave the journal is refused.
//
// Limits of the API, stated where they weaken JournalFs's contract: there is no flush, so `write`
// is as durable as the provider underneath makes it (the Node driver, src/node/encryption, is used
// for the migration where a local disk is available); there is no exclusive create, so
// `createExclusive` checks and writes in two calls (and removes what a failed write of it left); a rename over an existing file deletes it first
// (VS Code's file service does), so it is not atomic. The Node host uses Node's fs for `file:`
// journals (migrationHost.ts); this is for remote, virtual and web folders.
import * as vscode from 'vscode';
import type { JournalFs, ListedFile } from '../../core/encryption/journalFs';
import { listJournalFiles } from '../../core/encryption/listJournalFiles';

function isNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
}

export function workspaceJournalFs(root: vscode.Uri): JournalFs {
  const at = (path: string): vscode.Uri => {
    const parts = path.split('/');
    if (path === '' || parts.some((part) => part === '' || part === '.' || part === '..') || /[\\\0]/.test(path)) {
      throw Object.assign(new Error(`refused: ${JSON.stringify(path)} is not a file inside the journal`), { code: 'EINVAL' });
    }
    return vscode.Uri.joinPath(root, ...parts);
  };
  const fs = vscode.workspace.fs;

  return {
    createChecksThenWrites: true,

    async list(): Promise<readonly ListedFile[]> {
      return listJournalFiles(async (folder) => (await fs.readDirectory(folder === '' ? root : at(folder))).map(([name, type]) => {
        const link = (type & vscode.FileType.SymbolicLink) !== 0;
        // A link to a folder is not descended into; a link to a file is listed as a link.
        return { name, folder: (type & vscode.FileType.Directory) !== 0 && !link, file: (type & vscode.FileType.File) !== 0, link };
      }));
    },

    async listFolder(folder: string): Promise<readonly string[]> {
      try {
        return (await fs.readDirectory(at(folder))).filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
      } catch (error) {
        if (isNotFound(error)) {
          return [];
        }
        throw error;
      }
    },

    async read(path: string): Promise<Uint8Array | undefined> {
      try {
        return await fs.readFile(at(path));
      } catch (error) {
        if (isNotFound(error)) {
          return undefined;
        }
        throw error;
      }
    },

    async write(path: string, bytes: Uint8Array): Promise<void> {
      await fs.writeFile(at(path), bytes); // Creates missing parent folders.
    },

    async createExclusive(path: string, bytes: Uint8Array): Promise<boolean> {
      const uri = at(path);
      try {
        await fs.stat(uri);
        return false;
      } catch (error) {
        if (!isNotFound(error)) {
          throw error;
        }
      }
      try {
        await fs.writeFile(uri, bytes);
      } catch (error) {
        // Nothing was there a moment ago: what the failed write left (a full disk cuts it short) is
        // this create's, and would pass for a whole file (a template Customize Template… keeps).
        await fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
        throw error;
      }
      return true;
    },

    async rename(from: string, to: string): Promise<void> {
      await fs.rename(at(from), at(to), { overwrite: true });
    },

    async remove(path: string): Promise<void> {
      try {
        await fs.delete(at(path), { useTrash: false });
      } catch (error) {
        if (!isNotFound(error)) {
          throw error;
        }
      }
    },

    async removeEmptyFolders(path: string): Promise<void> {
      for (let folder = path; folder !== ''; folder = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '') {
        const uri = at(folder);
        let children: [string, vscode.FileType][];
        try {
          children = await fs.readDirectory(uri);
        } catch (error) {
          if (isNotFound(error)) {
            continue;
          }
          throw error;
        }
        if (children.length > 0) {
          return;
        }
        await fs.delete(uri, { recursive: false, useTrash: false });
      }
    },
  };
}

/** When a file of the journal at `root` was last written, by VS Code's stat; undefined when nothing is there (MigrationHost `modifiedAt`). */
export function workspaceModifiedAt(root: vscode.Uri): (path: string) => Promise<number | undefined> {
  return async (path) => {
    try {
      return (await vscode.workspace.fs.stat(vscode.Uri.joinPath(root, ...path.split('/')))).mtime;
    } catch (error) {
      if (isNotFound(error)) {
        return undefined;
      }
      throw error;
    }
  };
}
