// Writes tags into an entry. An open document is changed through a WorkspaceEdit (it stays the
// user's editor, with undo; unsaved text is never written behind their back); a closed file is
// rewritten on disk only when its front matter changes, and only if it still holds the bytes that
// were tagged (an editor or a sync client may write it meanwhile; the CLI's `tag` checks the same).
// Both change only the front matter, and leave an entry with nothing written in it untagged
// (entryTagWrite.ts).
import * as vscode from 'vscode';
import { entryTagWrite } from '../../core/tagger/entryTagWrite';
import { unpinTags, type TagWrite } from '../../core/tagger/frontMatterTags';
import { minimalEdit } from '../../core/text/minimalEdit';
import type { TagResult } from '../../core/tagger/types';
import type { JournalStore } from '../journal/journalStore';

/** Whether a write changes the entry: new tags, or the user's own kept and pinned. */
export function changesEntry(write: TagWrite): write is Extract<TagWrite, { text: string }> {
  return write.status === 'updated' || write.status === 'pinned';
}

/** The single edit that puts `write`'s text into the document, or none. */
function editsFor(document: vscode.TextDocument, before: string, write: TagWrite): vscode.TextEdit[] {
  const change = changesEntry(write) ? minimalEdit(before, write.text) : undefined;
  if (!change) {
    return [];
  }
  const range = new vscode.Range(document.positionAt(change.start), document.positionAt(change.end));
  return [vscode.TextEdit.replace(range, change.text)];
}

export function tagEdits(document: vscode.TextDocument, result: TagResult): { write: TagWrite; edits: vscode.TextEdit[] } {
  const before = document.getText();
  const write = entryTagWrite(before, result);
  return { write, edits: editsFor(document, before, write) };
}

/** Unpins the document's tags and tags it with `result`, as an edit of the open document. */
export async function unpinOpenDocument(document: vscode.TextDocument, result: TagResult): Promise<TagWrite> {
  const before = document.getText();
  const write = unpinTags(before, result);
  return applyEdits(document, write, editsFor(document, before, write));
}

async function applyEdits(document: vscode.TextDocument, write: TagWrite, edits: vscode.TextEdit[]): Promise<TagWrite> {
  if (edits.length > 0) {
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, edits);
    if (!(await vscode.workspace.applyEdit(edit))) {
      return { status: 'skipped', reason: vscode.l10n.t('the editor refused the edit') };
    }
  }
  return write;
}

export async function applyToOpenDocument(document: vscode.TextDocument, result: TagResult): Promise<TagWrite> {
  const { write, edits } = tagEdits(document, result);
  return applyEdits(document, write, edits);
}

/** Tags the entry at `uri`, which no editor holds, read and written through the journal's `store`. */
export async function applyToClosedFile(uri: vscode.Uri, tag: (text: string) => TagResult, store: Pick<JournalStore, 'readBytes' | 'writeBytes'>): Promise<TagWrite> {
  const bytes = await store.readBytes(uri);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { status: 'skipped', reason: vscode.l10n.t('it is not valid UTF-8 text') };
  }
  const write = entryTagWrite(text, tag(text));
  if (!changesEntry(write)) {
    return write;
  }
  // Read again just before writing: the window left is the time between this read and the write.
  // The write is in place through VS Code's file system, the store's (it works in remote and web hosts alike and
  // keeps the file's permissions and links), not write-beside-then-rename as the CLI does on disk.
  if (!sameBytes(await store.readBytes(uri), bytes)) {
    return { status: 'skipped', reason: vscode.l10n.t('it changed while it was being tagged; left as it is now') };
  }
  await store.writeBytes(uri, new TextEncoder().encode(write.text));
  return write;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
