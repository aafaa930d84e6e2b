// The `file:` provider of the bench's stand-in for VS Code (test/support/vscodeStub.ts), doing what
// VS Code's own disk provider does for an extension host's `vscode.workspace.fs` call on a local file:
// Node's asynchronous fs, and a write that is flushed (fdatasync) before its handle closes, as VS
// Code's disk provider flushes every file it writes. It is the plain journal's side of the
// encryption bench's open and save, and the disk the encrypted journal's provider stats.
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import type { FileStat, FileType as FileTypes, StubProvider, Uri } from '../test/support/vscodeStub';

/** `FileType` of the stub bundle in use (its enum values are VS Code's). */
type FileTypeEnum = typeof FileTypes;

export function nodeDiskProvider(FileType: FileTypeEnum): StubProvider {
  return {
    async stat(uri: Uri): Promise<FileStat> {
      const info = await stat(uri.fsPath);
      return { type: info.isDirectory() ? FileType.Directory : FileType.File, ctime: info.ctimeMs, mtime: info.mtimeMs, size: info.size };
    },
    async readFile(uri: Uri): Promise<Uint8Array> {
      return new Uint8Array(await readFile(uri.fsPath));
    },
    async readDirectory(uri: Uri): Promise<[string, FileTypes][]> {
      return (await readdir(uri.fsPath, { withFileTypes: true }))
        .map((child) => [child.name, child.isDirectory() ? FileType.Directory : FileType.File]);
    },
    async writeFile(uri: Uri, content: Uint8Array): Promise<void> {
      const handle = await open(uri.fsPath, 'w');
      try {
        await handle.writeFile(content);
        await handle.datasync();
      } finally {
        await handle.close();
      }
    },
    async rename(from: Uri, to: Uri): Promise<void> {
      await rename(from.fsPath, to.fsPath);
    },
    async delete(uri: Uri, options: { readonly recursive: boolean }): Promise<void> {
      await rm(uri.fsPath, { recursive: options.recursive });
    },
    async createDirectory(uri: Uri): Promise<void> {
      await mkdir(uri.fsPath);
    },
  };
}
