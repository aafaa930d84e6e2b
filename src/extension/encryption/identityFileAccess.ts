// An age identity file read by its path, in the Node extension host (where the extension host runs:
// this machine, or the remote one of a remote window). Its bytes are handed to the caller and kept
// nowhere. Not in the web build: identityKeys.web.ts stands in for everything that reads key files.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { KeyRead } from '../../core/encryption/identityFile';
import { expandHome } from '../../core/encryption/keyFileChoice';
import { errorMessage } from '../../core/text/errorMessage';

/** The path as the file system takes it (`~/` is the home folder). */
export function identityFilePath(path: string): string {
  return expandHome(path, homedir());
}

export async function readIdentityFile(path: string): Promise<KeyRead<Uint8Array>> {
  try {
    return { ok: true, value: new Uint8Array(await readFile(identityFilePath(path))) };
  } catch (error) {
    return { ok: false, message: `cannot read ${path}: ${errorMessage(error)}` };
  }
}

/** Where the file picker opens: age's usual folder (`~/.config/age`) when there is one. */
export function identityFolderHint(): vscode.Uri | undefined {
  const folder = join(homedir(), '.config', 'age');
  return existsSync(folder) ? vscode.Uri.file(folder) : undefined;
}
