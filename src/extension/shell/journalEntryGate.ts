// The one place that decides whether a document is a journal entry for the Markdown features
// activation registers — the CodeLens, the hover and tag-on-save: once per call, here, before the
// features are asked. So a Markdown file outside the journal costs one path check and never loads the
// features, and the features' providers (tagging/tagLens.ts, tagging/tagOnSave.ts), handed journal
// entries only, do not ask again. The test itself is journal/journalDocuments.ts; `isEntry` binds it
// to the features' mount once they are loaded (extension.ts). Types only from `vscode`, so a unit
// test can count the calls without VS Code.
import type * as vscode from 'vscode';
import type { Features } from '../featuresContract';

/** Whether `document` is a journal entry. */
export type EntryTest = (document: vscode.TextDocument) => boolean;

/** What activation registers for Markdown documents, each passing journal entries on to the features. */
export interface EntryFeatures {
  readonly codeLens: vscode.CodeLensProvider;
  readonly hover: vscode.HoverProvider;
  readonly willSave: (event: vscode.TextDocumentWillSaveEvent) => void;
}

/** `features` starts the features (on its first call) and returns them; it is called for journal entries only. */
export function journalEntryFeatures(isEntry: EntryTest, features: () => Pick<Features, 'codeLens' | 'hover' | 'tagOnWillSave'>): EntryFeatures {
  return {
    codeLens: {
      provideCodeLenses: (document, token) => (isEntry(document) ? features().codeLens.provideCodeLenses(document, token) : []),
    },
    hover: {
      provideHover: (document, position, token) => (isEntry(document) ? features().hover.provideHover(document, position, token) : undefined),
    },
    willSave: (event) => {
      if (isEntry(event.document)) {
        features().tagOnWillSave(event);
      }
    },
  };
}
