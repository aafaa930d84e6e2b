// Entry point: build the services, then register one feature at a time. Every registration pushes
// its disposables into `context.subscriptions`.
import type * as vscode from 'vscode';
import { systemClock } from './clock';
import { registerCustomizeTemplateCommand } from './commands/customizeTemplate';
import { registerNavigationCommands } from './commands/navigate';
import { registerNewEntryCommand } from './commands/newEntry';
import { registerPromptCommands } from './commands/prompts';
import { registerTrendsView } from './views/trendsViewProvider';

export function activate(context: vscode.ExtensionContext): void {
  registerNewEntryCommand(context, systemClock);
  registerNavigationCommands(context, systemClock);
  registerPromptCommands(context, systemClock);
  registerCustomizeTemplateCommand(context);
  registerTrendsView(context);
}

export function deactivate(): void {
  // Nothing to flush: every resource is a disposable in context.subscriptions.
}
