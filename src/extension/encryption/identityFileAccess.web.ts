// The web extension host's identityFileAccess.ts: a web worker reaches only the workspace's file
// systems, not a key file kept on the user's disk, so journals encrypted to an age key in a file
// are not opened here (the user is told, with where they do open).
import type * as vscode from 'vscode';
import type { KeyRead } from '../../core/encryption/identityFile';

export const CAN_READ_IDENTITY_FILES = false;

export function identityFilePath(path: string): string {
  return path;
}

export async function readIdentityFile(path: string): Promise<KeyRead<Uint8Array>> {
  return { ok: false, message: `cannot read ${path} in VS Code for the Web` };
}

export function identityFolderHint(): vscode.Uri | undefined {
  return undefined;
}
