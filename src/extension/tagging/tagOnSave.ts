// Tags a journal entry as part of an explicit save (Ctrl+S, Save All, or on leaving the editor with
// auto save on focus change): the front-matter edit is handed to VS Code through
// `onWillSaveTextDocument`, so it is saved in the same write — no second write, no editor left dirty.
// An auto save after a delay happens while the person is typing: it is not tagged now but once the
// entry is left alone (writingPause.ts), so front matter never appears in the middle of a sentence.
import * as vscode from 'vscode';
import type { ProviderHandlers } from '../activationTable';
import type { Settings } from '../settingsService';
import type { Log } from '../output';
import type { MarkStep } from '../walkthroughProgress';
import { tagEdits } from './applyTags';
import type { TaggerService } from './taggerService';
import type { WritingPause } from './writingPause';

/** What tagging on save reads, handed in by the composition root (features.ts). */
export interface TagOnSaveServices {
  readonly tagger: TaggerService;
  readonly pause: WritingPause;
  readonly log: Log;
  readonly walkthrough: { readonly mark: MarkStep };
  readonly settings: Settings;
}

/**
 * The `onWillSaveTextDocument` handler of a journal entry, the activation table's `tagOnSave` line:
 * activation registers it (shell/registerContributions.ts) and calls it for journal entries only
 * (shell/journalEntryGate.ts decides, once per save).
 */
export function tagOnSaveProviders({ tagger, pause, log, walkthrough, settings }: TagOnSaveServices): ProviderHandlers<'tagging/tagOnSave'> {
  return { tagOnSave: (event) => tagOnWillSave(event, tagger, pause, log, walkthrough.mark, settings) };
}

/** Tags the entry `event` saves, as part of the save (see the header). */
function tagOnWillSave(event: vscode.TextDocumentWillSaveEvent, tagger: TaggerService, pause: WritingPause, log: Log, markStep: MarkStep, settings: Settings): void {
  if (event.reason === vscode.TextDocumentSaveReason.AfterDelay) {
    pause.autoSaved(event.document);
    return;
  }
  pause.explicitlySaved(event.document.uri);
  if (!settings.current.tagging.onSave) {
    return;
  }
  const { write, edits } = tagEdits(event.document, tagger.tagDocument(event.document));
  if (write.status === 'skipped') {
    log.info(vscode.l10n.t('Not tagged: {0}: {1}', vscode.workspace.asRelativePath(event.document.uri), write.reason));
    return;
  }
  if (write.status === 'pinned') {
    // The user edited the tags by hand: kept, pinned in this save; the CodeLens now offers to unpin.
    log.info(vscode.l10n.t('Not tagged: {0}: {1}', vscode.workspace.asRelativePath(event.document.uri), write.reason));
    vscode.window.setStatusBarMessage(vscode.l10n.t('Your own label is kept; the entry is pinned.'), 5000);
  }
  if (edits.length > 0) {
    event.waitUntil(Promise.resolve(edits));
    markStep('seeTags');
  }
}
