// How the index reads the journal's files. Everything goes through `vscode.workspace.fs`, so any file
// system provider works (local, remote, virtual, the web); the Node host may swap in a faster reader
// for files that are on its own disk (host/hostServices.ts), with the same contract.
import * as vscode from 'vscode';
import { listMarkdownFiles } from '../journal/journalStore';

export interface FileAccess {
  /** Markdown files under `folder`, journal-relative and sorted; dot-folders skipped; a missing folder lists as empty. */
  listMarkdown(folder: vscode.Uri): Promise<string[]>;
  /** Rejects when there is no such file. */
  stat(uri: vscode.Uri): Promise<{ readonly mtime: number; readonly size: number }>;
  read(uri: vscode.Uri): Promise<Uint8Array>;
  /** The path of `uri` on this host's own disk, when it is read from there rather than through VS Code. */
  localPath(uri: vscode.Uri): string | undefined;
}

export const workspaceFileAccess: FileAccess = {
  listMarkdown: listMarkdownFiles,
  stat: async (uri) => vscode.workspace.fs.stat(uri),
  read: async (uri) => vscode.workspace.fs.readFile(uri),
  localPath: () => undefined,
};
