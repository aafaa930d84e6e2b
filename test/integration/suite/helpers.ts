// Shared helpers for the extension-host suites: the workspace, files, settings, and cleanup.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export function workspaceUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return folder.uri;
}

export function journalUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceUri(), 'journal', ...segments.flatMap((s) => s.split('/')));
}

export async function readText(uri: vscode.Uri): Promise<string> {
  // Keep a byte-order mark: tests check that it survives.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(uri));
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('leadershipJournal').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** Closes editors (discarding test edits), resets settings and empties the journal folder. */
export async function reset(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const key of ['journalFolder', 'filePatterns', 'defaultKind', 'weekStart', 'locale', 'tagging.onSave', 'tagging.idleSeconds', 'tagging.whyTerms', 'tagging.howTerms']) {
    await setSetting(key, undefined);
  }
  await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceUri(), 'journal'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
}
