// The one output channel, "Leadership Journal": skipped files and their reasons, never entry text.
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

export function output(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Leadership Journal', { log: true });
  return channel;
}

export function registerOutput(context: vscode.ExtensionContext): void {
  context.subscriptions.push({ dispose: () => channel?.dispose() });
}
