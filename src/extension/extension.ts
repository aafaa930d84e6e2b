// Entry point (dist/extension.js). Activation registers every line of the activation table — the
// commands, the views, the journal entry's Markdown features, the Explain Tags panels' restorer, the
// encrypted journal's file system (shell/registerContributions.ts) — and loads nothing else: the
// features themselves (dist/features.js, src/extension/features.ts) start the first time one of these
// is used. So activation stays a few milliseconds, and editing Markdown outside the journal never
// loads them.
import * as vscode from 'vscode';
import type { IndexedEntry } from '../core/records/entryRecord';
import { isJournalEntry } from './journal/journalDocuments';
import { FeatureLoader } from './shell/featureLoader';
import { registerContributions } from './shell/registerContributions';

/** What `activate` returns: a small read-only window on the index, for tests and other extensions. */
export interface LeadershipJournalApi {
  /** Builds the index if needed and returns its records. */
  indexedEntries(): Promise<readonly IndexedEntry[]>;
  /** Fires after each change to the index. */
  readonly onDidChangeIndex: vscode.Event<void>;
}

export function activate(context: vscode.ExtensionContext): LeadershipJournalApi {
  const indexChanged = new vscode.EventEmitter<void>();
  context.subscriptions.push(indexChanged);
  // Only a journal entry starts the features; any other Markdown file costs one path check, made in
  // shell/journalEntryGate.ts alone. Until the features are loaded there is no mount
  // (journal/journalMounts.ts), so an encrypted entry is told by its scheme; then theirs decides.
  const fileSystems = registerContributions(context, () => loader.start(), (document) => isJournalEntry(document, loader.mount));
  const loader = new FeatureLoader(context, { indexChanged, fileSystems });
  return {
    indexedEntries: () => loader.start().indexedEntries(),
    onDidChangeIndex: indexChanged.event,
  };
}

export function deactivate(): void {
  // Nothing to flush: every resource is a disposable in context.subscriptions.
}
