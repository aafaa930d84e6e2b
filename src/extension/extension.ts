// Entry point: build the services, then register one feature at a time. Every registration pushes
// its disposables into `context.subscriptions`. Nothing here reads files: activation stays cheap.
import * as vscode from 'vscode';
import type { IndexedEntry } from '../core/trends/indexEntry';
import { systemClock } from './clock';
import { registerCustomizeTemplateCommand } from './commands/customizeTemplate';
import { registerNavigationCommands } from './commands/navigate';
import { registerNewEntryCommand } from './commands/newEntry';
import { registerPromptCommands } from './commands/prompts';
import { registerTaggingCommands } from './commands/tagging';
import { output, registerOutput } from './output';
import { registerReflectFeatures } from './reflect/registerReflect';
import { EXPLAIN_SCHEME, ExplainProvider } from './tagging/explainDocument';
import { registerTagLens } from './tagging/tagLens';
import { registerTagOnSave } from './tagging/tagOnSave';
import { TaggerService } from './tagging/taggerService';
import { hostServices } from './host/hostServices';
import { JournalIndex } from './index/journalIndex';
import { TrendsController } from './views/trendsController';
import { registerTrendsViews } from './views/trendsViewProvider';

/** What `activate` returns: a small read-only window on the index, for tests and other extensions. */
export interface LeadershipJournalApi {
  /** Builds the index if needed and returns its records. */
  indexedEntries(): Promise<readonly IndexedEntry[]>;
  /** Fires after each change to the index. */
  readonly onDidChangeIndex: vscode.Event<void>;
}

export function activate(context: vscode.ExtensionContext): LeadershipJournalApi {
  registerOutput(context);
  const version = String(context.extension.packageJSON.version);
  const tagger = new TaggerService();
  const explain = new ExplainProvider(tagger);
  context.subscriptions.push(tagger, explain, vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, explain));
  registerNewEntryCommand(context, systemClock);
  registerNavigationCommands(context, systemClock);
  registerPromptCommands(context, systemClock);
  registerCustomizeTemplateCommand(context);
  registerTagOnSave(context, tagger);
  registerTagLens(context, tagger);
  registerTaggingCommands(context, tagger, explain);
  // The index is created here but built only when the trends are first shown.
  const host = hostServices(context);
  const index = new JournalIndex(context.storageUri ?? context.globalStorageUri, tagger, host.bulkRunner, host.files);
  context.subscriptions.push(index, ...(host.bulkRunner ? [host.bulkRunner] : []));
  registerTrendsViews(context, new TrendsController(index, context.extensionUri, version));
  registerReflectFeatures(context, index, systemClock);
  output().info(vscode.l10n.t('Leadership Journal {0} started in {1}.', version, host.name));
  return {
    indexedEntries: async () => {
      await index.ensureBuilt();
      return index.entries();
    },
    onDidChangeIndex: index.onDidChange,
  };
}

export function deactivate(): void {
  // Nothing to flush: every resource is a disposable in context.subscriptions.
}
