// Tags a journal entry as part of its save: the front-matter edit is handed to VS Code through
// `onWillSaveTextDocument`, so it is saved in the same write — no second write, no editor left dirty.
// Saves in quick succession (auto-save after a delay) are cheap to tag: one entry takes well under a
// millisecond, and an unchanged result produces no edit at all.
import * as vscode from 'vscode';
import { readSettings } from '../config';
import { output } from '../output';
import { tagEdits } from './applyTags';
import { isJournalEntry } from './journalDocuments';
import type { TaggerService } from './taggerService';

/** The `onWillSaveTextDocument` handler; activation registers it (src/extension/extension.ts). */
export function tagOnWillSave(event: vscode.TextDocumentWillSaveEvent, tagger: TaggerService): void {
  if (!readSettings().tagging.onSave || !isJournalEntry(event.document)) {
    return;
  }
  const { write, edits } = tagEdits(event.document, tagger.tagDocument(event.document));
  if (write.status === 'skipped') {
    output().info(vscode.l10n.t('Not tagged: {0}: {1}', vscode.workspace.asRelativePath(event.document.uri), write.reason));
    return;
  }
  if (write.status === 'pinned') {
    // The user edited the tags by hand: kept, pinned in this save; the CodeLens now offers to unpin.
    output().info(vscode.l10n.t('Not tagged: {0}: {1}', vscode.workspace.asRelativePath(event.document.uri), write.reason));
    vscode.window.setStatusBarMessage(vscode.l10n.t('Your own label is kept; the entry is pinned.'), 5000);
  }
  if (edits.length > 0) {
    event.waitUntil(Promise.resolve(edits));
  }
}
