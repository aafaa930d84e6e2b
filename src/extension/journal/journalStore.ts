// Reads and writes entries through `vscode.workspace.fs`, so any file system provider works (local,
// remote, virtual). Its one promise: an existing file is never overwritten.
import * as vscode from 'vscode';

export type CreateResult = 'created' | 'existed';

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      return false;
    }
    throw error;
  }
}

/**
 * Writes `text` to `uri` only if nothing is there yet; creates missing parent folders. The check and
 * the write are two calls (the API has no create-exclusive write), so the window is as small as it can be.
 */
export async function createIfAbsent(uri: vscode.Uri, text: string): Promise<CreateResult> {
  if (await exists(uri)) {
    return 'existed';
  }
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  if (await exists(uri)) {
    return 'existed';
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return 'created';
}
