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
  /** Whether `uri` is read from this host's own disk rather than through VS Code (for the log). */
  isLocal(uri: vscode.Uri): boolean;
}

export const workspaceFileAccess: FileAccess = {
  listMarkdown: listMarkdownFiles,
  stat: async (uri) => vscode.workspace.fs.stat(uri),
  read: async (uri) => vscode.workspace.fs.readFile(uri),
  isLocal: () => false,
};
