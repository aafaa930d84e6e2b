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

/**
 * Reverts every document with unsaved changes, each shown first: Revert File acts on the active
 * editor, and a webview panel (Explain Tags) or an edit made a moment later (tagging when the entry is
 * left alone) can leave a dirty document that is not the active one. Close All Editors would then
 * ask "Save changes?" in a modal dialog that nothing in the suite answers, and every later hook would
 * wait on it.
 */
export async function revertUnsaved(): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const dirty = vscode.workspace.textDocuments.filter((document) => document.isDirty);
    if (dirty.length === 0) {
      return;
    }
    for (const document of dirty) {
      await vscode.window.showTextDocument(document, { preview: false });
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  const left = vscode.workspace.textDocuments.filter((document) => document.isDirty).map((document) => document.uri.toString());
  assert.deepEqual(left, [], 'documents with unsaved changes after five rounds of Revert File');
}

/** Closes editors (discarding test edits), resets settings and empties the journal folder. */
export async function reset(): Promise<void> {
  await revertUnsaved();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const key of ['journalFolder', 'filePatterns', 'defaultKind', 'weekStart', 'locale', 'tagging.onSave', 'tagging.idleSeconds', 'tagging.whyTerms', 'tagging.howTerms']) {
    await setSetting(key, undefined);
  }
  await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceUri(), 'journal'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
}
