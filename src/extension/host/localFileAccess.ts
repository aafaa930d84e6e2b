// The Node host's FileAccess: `file:` URIs are read with Node's fs, anything else through
// vscode.workspace.fs. In a Node extension host a `file:` URI is always on the host's own disk: in a
// remote window (SSH, containers, WSL, code-server) VS Code hands the remote host its workspace as
// `file:` URIs of the remote machine. Why bother: there every vscode.workspace.fs call travels to the
// window and back, and a cold index of 50,000 entries spent half a minute in those round trips.
import { readFile, stat } from 'node:fs/promises';
import { listMarkdownUnder } from '../../node/listMarkdown';
import * as vscode from 'vscode';
import { workspaceFileAccess, type FileAccess } from './fileAccess';

/** The local path of `uri` when it is a file on this host's disk (`file:`); undefined otherwise. */
export function localPathOf(uri: vscode.Uri): string | undefined {
  return uri.scheme === 'file' ? uri.fsPath : undefined;
}

export function localFileAccess(): FileAccess {
  return {
    async listMarkdown(folder) {
      const local = localPathOf(folder);
      return local === undefined ? workspaceFileAccess.listMarkdown(folder) : listMarkdownUnder(local);
    },
    async stat(uri) {
      const local = localPathOf(uri);
      if (local === undefined) {
        return workspaceFileAccess.stat(uri);
      }
      const info = await stat(local);
      if (!info.isFile()) {
        throw vscode.FileSystemError.FileIsADirectory(uri);
      }
      return { mtime: Math.trunc(info.mtimeMs), size: info.size }; // Whole ms, as vscode.workspace.fs gives.
    },
    async read(uri) {
      const local = localPathOf(uri);
      return local === undefined ? workspaceFileAccess.read(uri) : readFile(local);
    },
    localPath: localPathOf,
  };
}
