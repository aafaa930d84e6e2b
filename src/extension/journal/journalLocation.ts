// Resolves the journal folder and entry paths to URIs. Every URI handed out is inside the journal
// folder: a relative path that would climb out of it is refused with a message, never written.
import * as vscode from 'vscode';
import { isContainedRelativePath } from '../../core/journal/entryPath';
import type { JournalSettings } from '../config';

export class JournalLocationError extends Error {}

/** The journal folder's URI, or a {@link JournalLocationError} saying why there is none. */
export function journalFolderUri(settings: JournalSettings): vscode.Uri {
  const configured = settings.journalFolder;
  if (configured.startsWith('/') || /^[A-Za-z]:[\\/]/.test(configured)) {
    return vscode.Uri.file(configured);
  }
  const workspace = vscode.workspace.workspaceFolders?.[0];
  if (!workspace) {
    throw new JournalLocationError(
      'Leadership Journal needs a folder: open a folder, or set "leadershipJournal.journalFolder" to an absolute path.',
    );
  }
  if (!isContainedRelativePath(configured.replace(/\/+$/, ''))) {
    throw new JournalLocationError(
      `The journal folder "${configured}" leaves the workspace folder. Use a path inside it, or an absolute path.`,
    );
  }
  return vscode.Uri.joinPath(workspace.uri, configured.replace(/\/+$/, ''));
}

export function entryUri(folder: vscode.Uri, relativePath: string): vscode.Uri {
  if (!isContainedRelativePath(relativePath)) {
    throw new JournalLocationError(`Refusing to write "${relativePath}": it is outside the journal folder.`);
  }
  return vscode.Uri.joinPath(folder, ...relativePath.split('/'));
}
