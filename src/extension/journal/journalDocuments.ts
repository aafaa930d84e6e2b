// Which documents are journal entries: Markdown files inside the journal folder, outside its dot
// folders (`.templates/`). Decided from the journal-folder setting alone, without asking the user
// anything; activation uses it too, so it stays small (no config.ts, no entry kinds). The features
// hand in their mount (journalMounts.ts). Activation asks it once per call of the CodeLens, hover and
// tag-on-save (shell/journalEntryGate.ts), with the features' mount once they are loaded and
// `undefined` before.
import type * as vscode from 'vscode';
import { journalFolderSetting } from './journalFolderSetting';
import { journalFolderUri, relativeToFolder } from './journalLocation';
import { ENCRYPTED_SCHEME, MOUNT_ROOT, type MountedRoots } from './journalMounts';

export function journalRelativePath(uri: vscode.Uri, mount: MountedRoots | undefined): string | undefined {
  let folder: vscode.Uri;
  try {
    // A document of the encrypted journal's provider exists only once the journal is unlocked; told
    // by its scheme, because activation's bundle has no mount (journalMounts.ts).
    folder = uri.scheme === ENCRYPTED_SCHEME ? MOUNT_ROOT : journalFolderUri({ journalFolder: journalFolderSetting() }, mount);
  } catch {
    return undefined;
  }
  const path = relativeToFolder(folder, uri);
  if (path === undefined || !path.toLowerCase().endsWith('.md') || path.split('/').some((segment) => segment.startsWith('.'))) {
    return undefined;
  }
  return path;
}

export function isJournalEntry(document: vscode.TextDocument, mount: MountedRoots | undefined): boolean {
  return document.languageId === 'markdown' && journalRelativePath(document.uri, mount) !== undefined;
}

/** Whether a document is a journal entry, the test bound to a mount: the features' service (features.ts). */
export type JournalEntryTest = (document: vscode.TextDocument) => boolean;

/** {@link isJournalEntry} bound to the features' mount, built once by the composition root. */
export function journalEntryTest(mount: MountedRoots): JournalEntryTest {
  return (document) => isJournalEntry(document, mount);
}
