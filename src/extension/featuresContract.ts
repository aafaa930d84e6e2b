// The seam between activation (dist/extension.js: registers every contribution, loads nothing else)
// and the features (dist/features.js: everything the extension does, loaded on first use). Types only:
// importing this file adds no code to either bundle. On a floor below both: activation (shell/) and
// the features (features.ts, reflect/) import it, it imports neither.
import type * as vscode from 'vscode';
import type { IndexedEntry } from '../core/records/entryRecord';
import type { MountedRoots } from './journal/journalMounts';

/** A tree view as the features receive it: the view, and the slot their provider goes in (made by shell/deferredTree.ts). */
export interface DeferredTree {
  readonly view: vscode.TreeView<unknown>;
  attach<T>(provider: vscode.TreeDataProvider<T>): vscode.Disposable;
}

/** What activation created that the features fill. */
export interface Shell {
  readonly trees: { readonly commitments: DeferredTree; readonly onThisDay: DeferredTree; readonly dueToRevisit: DeferredTree };
  /** Fired by the features after each change to the index; the API's `onDidChangeIndex`. */
  readonly indexChanged: vscode.EventEmitter<void>;
  /** The encrypted journal's provider slot; the features attach theirs when they make it, which registers it. */
  readonly encryptedFileSystem: { attach(provider: vscode.FileSystemProvider): void };
}

/** What the features hand back for the registrations activation owns. */
export interface Features {
  resolveTrendsView(view: vscode.WebviewView): void;
  /** An Explain Tags panel VS Code restored after a reload, with its webview's saved state (before any command runs). */
  restoreExplain(panel: vscode.WebviewPanel, state: unknown): void;
  /** The CodeLens and hover of a journal entry: activation hands them entries only (shell/journalEntryGate.ts). */
  readonly codeLens: vscode.CodeLensProvider;
  readonly hover: vscode.HoverProvider;
  /** Tags a journal entry as part of its save (a no-op when tagging on save is off); handed entries only, as the two above. */
  tagOnWillSave(event: vscode.TextDocumentWillSaveEvent): void;
  /** Which journal is unlocked in this window: activation tells a journal entry by it once the features are loaded. */
  readonly mount: MountedRoots;
  /** Builds the index if needed and returns its records. */
  indexedEntries(): Promise<readonly IndexedEntry[]>;
  /** The encrypted journal's file system provider; loads the encryption code (dist/encryption.js). */
  encryptedFileSystem(): vscode.FileSystemProvider;
}
