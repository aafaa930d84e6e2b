// Writes tags into an entry. An open document is changed through a WorkspaceEdit (it stays the
// user's editor, with undo; unsaved text is never written behind their back); a closed file is
// rewritten on disk only when its front matter changes, and only if it still holds the bytes that
// were tagged (an editor or a sync client may write it meanwhile; the CLI's `tag` checks the same).
// Both change only the front matter.
import * as vscode from 'vscode';
import { writeTags, type TagWrite } from '../../core/tagger/frontMatterTags';
import { minimalEdit } from '../../core/text/minimalEdit';
import type { TagResult } from '../../core/tagger/types';

/** The single edit that puts `write.text` into the document, or none. */
export function tagEdits(document: vscode.TextDocument, result: TagResult): { write: TagWrite; edits: vscode.TextEdit[] } {
  const before = document.getText();
  const write = writeTags(before, result);
  if (write.status !== 'updated') {
    return { write, edits: [] };
  }
  const change = minimalEdit(before, write.text);
  if (!change) {
    return { write, edits: [] };
  }
  const range = new vscode.Range(document.positionAt(change.start), document.positionAt(change.end));
  return { write, edits: [vscode.TextEdit.replace(range, change.text)] };
}

export async function applyToOpenDocument(document: vscode.TextDocument, result: TagResult): Promise<TagWrite> {
  const { write, edits } = tagEdits(document, result);
  if (edits.length > 0) {
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, edits);
    if (!(await vscode.workspace.applyEdit(edit))) {
      return { status: 'skipped', reason: vscode.l10n.t('the editor refused the edit') };
    }
  }
  return write;
}

export async function applyToClosedFile(uri: vscode.Uri, tag: (text: string) => TagResult): Promise<TagWrite> {
  const bytes = await vscode.workspace.fs.readFile(uri);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { status: 'skipped', reason: vscode.l10n.t('it is not valid UTF-8 text') };
  }
  const write = writeTags(text, tag(text));
  if (write.status !== 'updated') {
    return write;
  }
  // Read again just before writing: the window left is the time between this read and the write.
  // The write is in place through VS Code's file system (it works in remote and web hosts alike and
  // keeps the file's permissions and links), not write-beside-then-rename as the CLI does on disk.
  if (!sameBytes(await vscode.workspace.fs.readFile(uri), bytes)) {
    return { status: 'skipped', reason: vscode.l10n.t('it changed while it was being tagged; left as it is now') };
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(write.text));
  return write;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
