// The one place that decides whether a document is a journal entry for the Markdown features
// activation registers — the activation table's `codeLens`, `hover`, `documentLink` and `willSave`
// lines (the tags' CodeLens and hover, the links to person pages, tag-on-save): once per call, here,
// before the features are asked. So a Markdown file outside the journal costs one path check and never
// loads the features, and the features' providers (tagging/tagLens.ts, people/personLinks.ts,
// tagging/tagOnSave.ts), handed journal entries only, do not ask again. The test itself is journal/journalDocuments.ts; `isEntry` binds it to the features' mount
// once they are loaded (extension.ts). Types only from `vscode`, so a unit test can count the calls
// without VS Code.
import type * as vscode from 'vscode';
import type { ProviderHandlerOf } from '../activationTable';

/** Whether `document` is a journal entry. */
export type EntryTest = (document: vscode.TextDocument) => boolean;

/** `provider` starts the features (on its first call) and returns the line's CodeLens provider; it is called for journal entries only. */
export function entryCodeLens(isEntry: EntryTest, provider: () => ProviderHandlerOf['codeLens']): vscode.CodeLensProvider {
  return {
    provideCodeLenses: (document, token) => (isEntry(document) ? provider().provideCodeLenses(document, token) : []),
  };
}

/** As {@link entryCodeLens}, for a hover. */
export function entryHover(isEntry: EntryTest, provider: () => ProviderHandlerOf['hover']): vscode.HoverProvider {
  return {
    provideHover: (document, position, token) => (isEntry(document) ? provider().provideHover(document, position, token) : undefined),
  };
}

/** As {@link entryCodeLens}, for document links. */
export function entryDocumentLinks(isEntry: EntryTest, provider: () => ProviderHandlerOf['documentLink']): vscode.DocumentLinkProvider {
  return {
    provideDocumentLinks: (document, token) => (isEntry(document) ? provider().provideDocumentLinks(document, token) : []),
  };
}

/** As {@link entryCodeLens}, for an `onWillSaveTextDocument` listener. */
export function entryWillSave(isEntry: EntryTest, listener: () => ProviderHandlerOf['willSave']): ProviderHandlerOf['willSave'] {
  return (event) => {
    if (isEntry(event.document)) {
      listener()(event);
    }
  };
}
