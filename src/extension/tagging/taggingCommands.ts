// `Tag Entry`, `Retag All Entries`, `Unpin Tags` and `Explain Tags`.
import * as vscode from 'vscode';
import { errorMessage } from '../../core/text/errorMessage';
import type { Settings } from '../settingsService';
import { resolveJournalFolder, entryUri } from '../journal/journalLocation';
import { inStepWithDisk } from '../journal/documentOnDisk';
import type { JournalStore } from '../journal/journalStore';
import type { Log } from '../output';
import { applyToClosedFile, applyToOpenDocument, unpinOpenDocument } from './applyTags';
import type { TagExplanation } from '../../core/tagger/explanation';
import type { ExplainPanels } from './explainPanels';
import { journalRelativePath, type JournalEntryTest } from '../journal/journalDocuments';
import type { JournalMount } from '../journal/journalMounts';
import type { TaggerService } from './taggerService';
import type { CommandHandlers } from '../activationTable';
import { tagOutcome } from './tagOutcome';
import { retagSummary } from './retagSummary';
import { logsReason, offersOutput, retagProgress, unsavedEditors } from './retagPlan';
import { explainStart, tagTarget, type UriReader } from './tagTarget';

/** A handed URI or URI text, read as VS Code's (tagTarget.ts decides what it means). */
const URIS: UriReader<vscode.Uri> = { parse: (text) => vscode.Uri.parse(text, true), is: (value) => value instanceof vscode.Uri };

export interface RetagSummary {
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: number;
  /** Entries whose tags the user had edited by hand: kept, and pinned. */
  readonly pinned: number;
}

/** What the tagging commands read, handed in by the composition root (features.ts). */
export interface TaggingServices {
  readonly tagger: TaggerService;
  readonly explain: ExplainPanels;
  readonly mount: JournalMount;
  /** Whether a document is a journal entry: the journal room's one test, bound to the mount (journal/journalDocuments.ts). */
  readonly isEntry: JournalEntryTest;
  readonly log: Log;
  readonly settings: Settings;
  /** The journal's files (journalStore.ts): Retag All Entries lists and rewrites entries through it. */
  readonly store: JournalStore;
}

export function taggingCommands({ tagger, explain, mount, isEntry, log, settings, store }: TaggingServices): CommandHandlers<'tagging/taggingCommands'> {
  return {
    tagEntry: () => tagEntry(tagger, isEntry),
    retagAll: () => retagAll(tagger, { mount, store }, log, settings),
    unpinTags: (target?: vscode.Uri | string) => unpinEntry(tagger, isEntry, target),
    explainTags: (target?: vscode.Uri | string) => explainTags(explain, { mount, isEntry }, target),
  };
}

function activeEntry(isEntry: JournalEntryTest): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !isEntry(document)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a journal entry first: only Markdown files in the journal folder are tagged.'));
    return undefined;
  }
  return document;
}

/** Tags the active entry in its editor; a clean editor is saved afterwards, a dirty one is left dirty. */
async function tagEntry(tagger: TaggerService, isEntry: JournalEntryTest): Promise<string | undefined> {
  const document = activeEntry(isEntry);
  if (!document) {
    return undefined;
  }
  if (!(await inStepWithDisk(document))) {
    return undefined;
  }
  const wasDirty = document.isDirty;
  const write = await applyToOpenDocument(document, tagger.tagDocument(document));
  const outcome = tagOutcome(write.status, wasDirty, document.isDirty);
  if (write.status === 'skipped') {
    void vscode.window.showWarningMessage(vscode.l10n.t('This entry was not tagged: {0}.', write.reason));
  } else if (outcome.tell === 'pinned') {
    void vscode.window.showInformationMessage(vscode.l10n.t('You edited these tags by hand, so they are kept and the entry is pinned. Unpin it (the CodeLens above the tags) to let the tagger label it again.'));
  }
  if (outcome.save) {
    await document.save();
  }
  return write.status;
}

/**
 * Hands an entry's label back to the tagger: removes `tags-pinned` and tags it in one edit. `target`
 * is the entry (the CodeLens passes its URI), or the active editor's. A clean document is saved
 * afterwards, a dirty one is left dirty. Resolves to the label now written.
 */
async function unpinEntry(tagger: TaggerService, isEntry: JournalEntryTest, target: vscode.Uri | string | undefined): Promise<string | undefined> {
  const chosen = tagTarget(target, URIS);
  let document: vscode.TextDocument | undefined;
  try {
    document = chosen.kind === 'given' ? await vscode.workspace.openTextDocument(chosen.uri) : chosen.kind === 'active' ? activeEntry(isEntry) : undefined;
  } catch {
    document = undefined;
  }
  if (!document || !isEntry(document)) {
    return undefined;
  }
  if (!(await inStepWithDisk(document))) {
    return undefined;
  }
  const wasDirty = document.isDirty;
  const result = tagger.tagDocument(document);
  const write = await unpinOpenDocument(document, result);
  if (write.status === 'skipped') {
    void vscode.window.showWarningMessage(vscode.l10n.t('This entry was not tagged: {0}.', write.reason));
    return undefined;
  }
  if (tagOutcome(write.status, wasDirty, document.isDirty).save) {
    await document.save();
  }
  return result.label;
}

async function retagAll(tagger: TaggerService, { mount, store }: { readonly mount: JournalMount; readonly store: JournalStore }, log: Log, settings: Settings): Promise<RetagSummary | undefined> {
  const folder = await resolveJournalFolder(settings.current, mount);
  if (!folder) {
    return undefined;
  }
  const paths = await store.listMarkdownFiles(folder);
  const counts = { updated: 0, unchanged: 0, skipped: 0, pinned: 0 };
  // Unsaved editors are edited in place, everything else on disk (retagPlan.ts).
  const unsaved = unsavedEditors(vscode.workspace.textDocuments);
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Retagging journal entries'), cancellable: true }, async (progress, token) => {
    for (const [index, path] of paths.entries()) {
      if (token.isCancellationRequested) {
        break;
      }
      const uri = entryUri(folder, path);
      const document = unsaved(uri.toString());
      try {
        const write = document
          ? await applyToOpenDocument(document, tagger.tagDocument(document))
          : await applyToClosedFile(uri, (text) => tagger.tagText(text), store);
        counts[write.status]++;
        if (logsReason(write)) {
          log.info(vscode.l10n.t('Not tagged: {0}: {1}', path, write.reason));
        }
      } catch (error) {
        counts.skipped++;
        log.warn(vscode.l10n.t('Not tagged: {0}: {1}', path, errorMessage(error)));
      }
      const step = retagProgress(index, paths.length);
      if (step) {
        progress.report({ message: vscode.l10n.t('{0} of {1}', step.done, paths.length), increment: step.increment });
      }
    }
  });
  const summary = retagSummary(vscode.l10n, { read: paths.length, ...counts });
  if (offersOutput(counts)) {
    const show = vscode.l10n.t('Show Output');
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} The Output panel (Leadership Journal) lists why.', summary), show).then((choice) => {
      if (choice) {
        log.show();
      }
    });
  } else {
    void vscode.window.showInformationMessage(summary);
  }
  return counts;
}

/**
 * Opens the Explain Tags panel of `target` (the CodeLens passes a URI, the hover's link a URI string)
 * or of the active entry; resolves to the explanation shown. Only journal entries are explained.
 */
async function explainTags(explain: ExplainPanels, { mount, isEntry }: { readonly mount: JournalMount; readonly isEntry: JournalEntryTest }, target: vscode.Uri | string | undefined): Promise<TagExplanation | undefined> {
  const chosen = tagTarget(target, URIS);
  const entry = chosen.kind === 'given' ? chosen.uri : chosen.kind === 'active' ? activeEntry(isEntry)?.uri : undefined;
  const start = explainStart(entry, (uri) => journalRelativePath(uri, mount) !== undefined);
  if (start.kind === 'outside') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a journal entry first: only Markdown files in the journal folder are tagged.'));
  }
  return start.kind === 'explain' ? explain.show(start.uri) : undefined;
}
