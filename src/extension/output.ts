// The one output channel, "Leadership Journal": skipped files and their reasons, never entry text.
// Made once by the features' composition root (features.ts), handed to those that log, and disposed
// with the extension. dist/encryption.js is handed the same channel (encryption/journalVault.ts).
import * as vscode from 'vscode';

/** The channel as its users see it: they log to it, and a few show it. */
export type Log = vscode.LogOutputChannel;

export function createOutput(context: vscode.ExtensionContext): Log {
  const channel = vscode.window.createOutputChannel('Leadership Journal', { log: true });
  context.subscriptions.push(channel);
  return channel;
}
