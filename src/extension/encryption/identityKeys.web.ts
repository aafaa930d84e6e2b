// The web extension host's identityKeys.ts: a web worker reaches only the workspace's file systems,
// not a key file kept on the user's disk, so a journal encrypted to an age key in a file is refused
// with where it does open, and Encrypt Journal… offers a passphrase only (CAN_READ_IDENTITY_FILES).
// Same signatures as identityKeys.ts, whose callers this file stands in for.
import * as vscode from 'vscode';
import type { IdentityUnlocked } from './identityUnlock';
import type { JournalIdentity } from './identityPrompt';

export type { JournalIdentity } from './identityPrompt';

export const CAN_READ_IDENTITY_FILES = false;

export async function unlockWithIdentity(_state: vscode.Memento, _disk: vscode.Uri, _title: string): Promise<IdentityUnlocked | undefined> {
  void vscode.window.showErrorMessage(vscode.l10n.t('This journal is encrypted to an age key kept in a file. VS Code for the Web cannot read a file outside the workspace: open the journal in desktop VS Code, or with the command line (leadership-journal report --identity FILE).'));
  return undefined;
}

export async function askNewIdentity(_state: vscode.Memento, _disk: vscode.Uri, _title: string): Promise<{ readonly identity: JournalIdentity; readonly recipients: readonly string[] } | undefined> {
  return undefined; // Not offered: CAN_READ_IDENTITY_FILES.
}

export async function rememberIdentity(_state: vscode.Memento, _disk: vscode.Uri, _identity: JournalIdentity): Promise<void> {
  // Nothing is ever picked here.
}
