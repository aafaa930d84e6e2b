// Entry point (dist/extension.js). Activation registers every contribution — the commands, the three
// views, the Markdown features of a journal entry — and loads nothing else: the features themselves
// (dist/features.js, src/extension/features.ts) start the first time one of these is used. So
// activation stays a few milliseconds, and editing Markdown outside the journal never loads them.
import * as vscode from 'vscode';
import type { IndexedEntry } from '../core/records/entryRecord';
import { EXPLAIN_VIEW_TYPE, ViewIds } from './commandIds';
import type { Shell } from './featuresContract';
import { ENCRYPTED_SCHEME } from './journal/journalMounts';
import { DeferredFileSystem } from './shell/deferredFileSystem';
import { deferredTree } from './shell/deferredTree';
import { registerWhenEncrypted } from './shell/encryptedAtStart';
import { FeatureLoader } from './shell/featureLoader';
import { journalEntryFeatures } from './shell/journalEntryGate';
import { isJournalEntry } from './journal/journalDocuments';

/** What `activate` returns: a small read-only window on the index, for tests and other extensions. */
export interface LeadershipJournalApi {
  /** Builds the index if needed and returns its records. */
  indexedEntries(): Promise<readonly IndexedEntry[]>;
  /** Fires after each change to the index. */
  readonly onDidChangeIndex: vscode.Event<void>;
}

export function activate(context: vscode.ExtensionContext): LeadershipJournalApi {
  const start = (): void => void loader.start();
  const encryptedFileSystem = new DeferredFileSystem(ENCRYPTED_SCHEME, () => loader.start().encryptedFileSystem());
  const shell: Shell = {
    trees: {
      commitments: deferredTree(context, ViewIds.commitments, start),
      onThisDay: deferredTree(context, ViewIds.onThisDay, start),
      dueToRevisit: deferredTree(context, ViewIds.dueToRevisit, start),
    },
    indexChanged: new vscode.EventEmitter<void>(),
    encryptedFileSystem,
  };
  const loader = new FeatureLoader(context, shell);
  loader.registerCommandStandIns();
  const markdown: vscode.DocumentSelector = { language: 'markdown' };
  const entries = journalEntryFeatures((document) => isJournalEntry(document, loader.mount), () => loader.start());
  context.subscriptions.push(
    loader,
    shell.indexChanged,
    encryptedFileSystem,
    vscode.window.registerWebviewViewProvider(ViewIds.trends, {
      resolveWebviewView: (view) => loader.start().resolveTrendsView(view),
    }),
    // An Explain Tags panel left open is restored after a reload before any command runs.
    vscode.window.registerWebviewPanelSerializer(EXPLAIN_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state: unknown) => loader.start().restoreExplain(panel, state),
    }),
    // Only a journal entry starts the features; any other Markdown file costs one path check, made
    // here alone (shell/journalEntryGate.ts). Until the features are loaded there is no mount
    // (journal/journalMounts.ts), so an encrypted entry is told by its scheme; then theirs decides.
    vscode.workspace.onWillSaveTextDocument(entries.willSave),
    vscode.languages.registerCodeLensProvider(markdown, entries.codeLens),
    vscode.languages.registerHoverProvider(markdown, entries.hover),
  );
  // Only an encrypted journal's window registers the provider (a plain one never does).
  registerWhenEncrypted(() => encryptedFileSystem.register());
  return {
    indexedEntries: () => loader.start().indexedEntries(),
    onDidChangeIndex: shell.indexChanged.event,
  };
}

export function deactivate(): void {
  // Nothing to flush: every resource is a disposable in context.subscriptions.
}
