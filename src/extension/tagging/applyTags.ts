// Writes tags into an entry. An open document is changed through a WorkspaceEdit (it stays the
// user's editor, with undo; unsaved text is never written behind their back); a closed file is
// rewritten on disk only when its front matter changes. Both change only the front matter, and leave
// an entry with nothing written in it untagged (entryTagWrite.ts).
import * as vscode from 'vscode';
import { entryTagWrite } from '../../core/tagger/entryTagWrite';
import type { TagWrite } from '../../core/tagger/frontMatterTags';
import { minimalEdit } from '../../core/text/minimalEdit';
import type { TagResult } from '../../core/tagger/types';

/** The single edit that puts `write.text` into the document, or none. */
export function tagEdits(document: vscode.TextDocument, result: TagResult): { write: TagWrite; edits: vscode.TextEdit[] } {
  const before = document.getText();
  const write = entryTagWrite(before, result);
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
  const write = entryTagWrite(text, tag(text));
  if (write.status === 'updated') {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(write.text));
  }
  return write;
}
