// At activation: whether this window needs the encrypted journal's file system provider before any
// command runs. It does when an editor of an encrypted entry is restored (its tab is there before
// its text is read: registered at once, so VS Code finds the provider when it asks), or when the
// journal folder is encrypted (a URI of it may come from Open Recent or a link: registered once two
// stats say so). Otherwise nothing is registered; the encryption code registers the provider itself
// if the journal is encrypted later (shell/deferredFileSystem.ts).
import * as vscode from 'vscode';
import { journalFolderSetting } from '../journal/journalFolderSetting';
import { journalDiskFolderUri } from '../journal/journalLocation';
import { ENCRYPTED_SCHEME, mayBeEncrypted } from '../journal/journalMounts';

function tabUris(tab: vscode.Tab): vscode.Uri[] {
  const input = tab.input;
  if (input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom || input instanceof vscode.TabInputNotebook) {
    return [input.uri];
  }
  if (input instanceof vscode.TabInputTextDiff || input instanceof vscode.TabInputNotebookDiff) {
    return [input.original, input.modified];
  }
  return [];
}

/** Calls `register` now if a restored editor shows an encrypted entry, or later if the journal is encrypted. */
export function registerWhenEncrypted(register: () => void): void {
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
  if (tabs.some((tab) => tabUris(tab).some((uri) => uri.scheme === ENCRYPTED_SCHEME))) {
    register();
    return;
  }
  let disk: vscode.Uri;
  try {
    disk = journalDiskFolderUri({ journalFolder: journalFolderSetting() });
  } catch {
    return; // No journal folder yet (no workspace): nothing can be encrypted.
  }
  void mayBeEncrypted(disk).then((encrypted) => {
    if (encrypted) {
      register();
    }
  });
}
