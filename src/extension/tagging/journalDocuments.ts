// Which documents are journal entries: Markdown files inside the journal folder, outside its dot
// folders (`.templates/`). Decided from settings alone, without asking the user anything.
import type * as vscode from 'vscode';
import { readSettings } from '../config';
import { journalFolderUri, relativeToFolder } from '../journal/journalLocation';

export function journalRelativePath(uri: vscode.Uri): string | undefined {
  let folder: vscode.Uri;
  try {
    folder = journalFolderUri(readSettings());
  } catch {
    return undefined;
  }
  const path = relativeToFolder(folder, uri);
  if (path === undefined || !path.toLowerCase().endsWith('.md') || path.split('/').some((segment) => segment.startsWith('.'))) {
    return undefined;
  }
  return path;
}

export function isJournalEntry(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && journalRelativePath(document.uri) !== undefined;
}
