// Entry point: build the services, then register one feature at a time. Every registration pushes
// its disposables into `context.subscriptions`. Nothing here reads files: activation stays cheap.
import * as vscode from 'vscode';
import { systemClock } from './clock';
import { registerCustomizeTemplateCommand } from './commands/customizeTemplate';
import { registerNavigationCommands } from './commands/navigate';
import { registerNewEntryCommand } from './commands/newEntry';
import { registerPromptCommands } from './commands/prompts';
import { registerTaggingCommands } from './commands/tagging';
import { registerOutput } from './output';
import { EXPLAIN_SCHEME, ExplainProvider } from './tagging/explainDocument';
import { registerTagLens } from './tagging/tagLens';
import { registerTagOnSave } from './tagging/tagOnSave';
import { TaggerService } from './tagging/taggerService';
import { registerTrendsView } from './views/trendsViewProvider';

export function activate(context: vscode.ExtensionContext): void {
  registerOutput(context);
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
  registerTrendsView(context);
}

export function deactivate(): void {
  // Nothing to flush: every resource is a disposable in context.subscriptions.
}
