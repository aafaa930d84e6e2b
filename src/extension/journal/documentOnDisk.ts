// A command that edits an entry with no unsaved changes saves it afterwards (Tag Entry, Unpin, Refresh
// Drafted Section, the tag after a writing pause, the link from a decision to its revisit). If the
// file was changed on disk since VS Code loaded it (another program, a sync, git) and the editor has
// not taken the new text in yet, that save would write the old text over the new: the words written
// elsewhere would be lost. So such a command first checks that the document still holds what the file
// holds, and stops with a message when it does not.
import * as vscode from 'vscode';

/** `\r\n` and `\r` as `\n`, and no byte-order mark: how a document and its file are compared. */
function normalised(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Whether a document without unsaved changes no longer holds what its file holds on disk. False when
 * that cannot be told (the document has unsaved changes, is not on a file system VS Code reads, or its
 * file is not UTF-8 text): the check only ever stops a save, never forces one.
 */
export async function isBehindDisk(document: vscode.TextDocument): Promise<boolean> {
  if (document.isDirty || document.isUntitled) {
    return false;
  }
  let onDisk: string;
  try {
    onDisk = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(document.uri));
  } catch {
    return false;
  }
  return normalised(onDisk) !== normalised(document.getText());
}

/** The message a command shows when it stops because the file changed on disk; `name` is the file's name. */
export function behindDiskMessage(name: string): string {
  return vscode.l10n.t('{0} was changed on disk and the editor still shows the older text, so nothing was changed. Run "File: Revert File" to load it, then try again.', name);
}

/**
 * Resolves to true when `document` may be edited and saved: it has unsaved changes (so it is not
 * saved), or it holds what its file holds. Otherwise says so in a warning and resolves to false.
 */
export async function inStepWithDisk(document: vscode.TextDocument): Promise<boolean> {
  if (!(await isBehindDisk(document))) {
    return true;
  }
  void vscode.window.showWarningMessage(behindDiskMessage(document.uri.path.split('/').pop() ?? document.uri.path));
  return false;
}
