// Resolves the journal folder and entry paths to URIs. Every URI handed out is inside the journal
// folder: a relative path that would climb out of it is refused with a message, never written.
// An encrypted journal, once unlocked, is handed out as its decrypted view (journalMounts.ts):
// every reader and writer of entries goes through it; only the encryption commands want the disk.
// The mount is the features' service (features.ts), handed in; activation has none.
import * as vscode from 'vscode';
import { isContainedRelativePath } from '../../core/journal/entryPath';
import { SECTION, type JournalFolderSettings } from './journalFolderSetting';
import type { JournalMount, MountedRoots } from './journalMounts';

export class JournalLocationError extends Error {}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
}

/**
 * The journal's root to read entries from: the folder, or its decrypted view when the journal is
 * encrypted and unlocked in this window (this never asks for the passphrase: see {@link resolveJournalFolder}).
 */
export function journalFolderUri(settings: JournalFolderSettings, mount: MountedRoots | undefined): vscode.Uri {
  const disk = journalDiskFolderUri(settings);
  return mount?.rootOf(disk) ?? disk;
}

/** The journal folder's URI on disk, or a {@link JournalLocationError} saying why there is none. */
export function journalDiskFolderUri(settings: JournalFolderSettings): vscode.Uri {
  const configured = settings.journalFolder.replace(/[\\/]+$/, '') || settings.journalFolder;
  const workspace = vscode.workspace.workspaceFolders?.[0];
  if (isAbsolute(configured)) {
    // An absolute path lives on the workspace's own file system (a remote or virtual one included),
    // and on the local disk only when the workspace is local or there is none.
    return workspace && workspace.uri.scheme !== 'file'
      ? workspace.uri.with({ path: configured.replace(/\\/g, '/') })
      : vscode.Uri.file(configured);
  }
  if (!workspace) {
    throw new JournalLocationError(vscode.l10n.t(
      'Leadership Journal needs a folder: open a folder, or set "leadershipJournal.journalFolder" to an absolute path.',
    ));
  }
  if (!isContainedRelativePath(configured)) {
    throw new JournalLocationError(vscode.l10n.t(
      'The journal folder "{0}" leaves the workspace folder. Use a path inside it, or an absolute path.',
      settings.journalFolder,
    ));
  }
  return vscode.Uri.joinPath(workspace.uri, ...configured.split('/'));
}

/**
 * The journal's root to read and write entries through, asking what is needed: a folder (see
 * {@link resolveJournalDiskFolder}), and for an encrypted journal its passphrase, once per window.
 * `undefined` when the user cancels or the location is refused (they have been told why).
 */
export async function resolveJournalFolder(settings: JournalFolderSettings, mount: Pick<JournalMount, 'open'>): Promise<vscode.Uri | undefined> {
  const disk = await resolveJournalDiskFolder(settings);
  return disk === undefined ? undefined : mount.open(disk);
}

/**
 * Like {@link journalDiskFolderUri}, but when no folder is open and the setting is relative, asks the user
 * once to choose a folder and remembers the choice in their user settings. `undefined` when the user
 * cancels or the location is refused (they have been told why).
 */
export async function resolveJournalDiskFolder(settings: JournalFolderSettings): Promise<vscode.Uri | undefined> {
  if (!vscode.workspace.workspaceFolders?.length && !isAbsolute(settings.journalFolder)) {
    const choose = vscode.l10n.t('Choose Folder…');
    const answer = await vscode.window.showInformationMessage(
      vscode.l10n.t('No folder is open. Where should Leadership Journal keep your journal? You are asked once; the choice is saved in your user settings.'),
      { modal: true },
      choose,
    );
    if (answer !== choose) {
      return undefined;
    }
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: vscode.l10n.t('Use for Journal'),
    });
    const folder = picked?.[0];
    if (!folder) {
      return undefined;
    }
    await vscode.workspace.getConfiguration(SECTION).update('journalFolder', folder.fsPath, vscode.ConfigurationTarget.Global);
    return folder;
  }
  try {
    return journalDiskFolderUri(settings);
  } catch (error) {
    if (error instanceof JournalLocationError) {
      void vscode.window.showErrorMessage(error.message);
      return undefined;
    }
    throw error;
  }
}

export function entryUri(folder: vscode.Uri, relativePath: string): vscode.Uri {
  if (!isContainedRelativePath(relativePath)) {
    throw new JournalLocationError(vscode.l10n.t('Refusing to write "{0}": it is outside the journal folder.', relativePath));
  }
  return vscode.Uri.joinPath(folder, ...relativePath.split('/'));
}

/** The path of `uri` relative to `folder`, or `undefined` when it is not inside it. */
export function relativeToFolder(folder: vscode.Uri, uri: vscode.Uri): string | undefined {
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority) {
    return undefined;
  }
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}
