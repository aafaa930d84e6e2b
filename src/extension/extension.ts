// Entry point: build the services, then register one feature at a time. Every registration pushes
// its disposables into `context.subscriptions`.
import type * as vscode from 'vscode';
import { registerNewEntryCommand } from './commands/newEntry';
import { registerTrendsView } from './views/trendsViewProvider';

export function activate(context: vscode.ExtensionContext): void {
  registerNewEntryCommand(context, { now: () => new Date() });
  registerTrendsView(context);
}

export function deactivate(): void {
  // Nothing to flush: every resource is a disposable in context.subscriptions.
}
