// What the Explain Tags panel is sent for an entry, and how its "line" links open the entry. The
// explanation is of the entry's text as it is in the editor (saved or not; `dirty` says which), so it
// matches the label the next save writes.
import * as vscode from 'vscode';
import { explainTags } from '../../core/tagger/explanation';
import { errorMessage } from '../../core/text/errorMessage';
import type { ExplainStateMessage } from '../../webview/explainProtocol';
import { isPlainOnDisk } from '../journal/journalMounts';
import type { TaggerService } from './taggerService';

export function entryFileName(entry: vscode.Uri): string {
  return entry.path.slice(entry.path.lastIndexOf('/') + 1);
}

/** The panel's title: `Tags of 2026-11-23`. */
export function explainTitle(entry: vscode.Uri): string {
  return vscode.l10n.t('Tags of {0}', entryFileName(entry).replace(/\.md$/i, ''));
}

export async function explainState(entry: vscode.Uri, tagger: TaggerService): Promise<ExplainStateMessage> {
  const base = {
    type: 'explain' as const,
    entry: entry.toString(),
    name: entryFileName(entry),
    // An encrypted entry's sentences stay out of VS Code's storage: the panel keeps only its URI.
    keepContent: isPlainOnDisk(entry),
  };
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(entry);
  } catch (error) {
    const message = errorMessage(error);
    return { ...base, status: 'missing', message, dirty: false, explanation: null };
  }
  return { ...base, status: 'ready', dirty: document.isDirty, explanation: explainTags(tagger.tagDocument(document)) };
}

/**
 * Shows the entry with `line` (zero-based) selected and in view, or as it was when `line` is
 * undefined: in the editor group already showing it, else the first (the panel sits beside it).
 */
export async function showEntryLine(entry: vscode.Uri, line?: number): Promise<void> {
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === entry.toString());
  const editor = await vscode.window.showTextDocument(entry, { preview: false, viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One });
  if (line !== undefined) {
    const range = editor.document.lineAt(Math.min(line, editor.document.lineCount - 1)).range;
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
