// Activation's registrations: one per line of the activation table (activationTable.ts), made here at
// activation, each handing its calls to the handler the features hand in for the line (features.ts;
// `features` loads them on the first call, shell/featureLoader.ts). A line's type says how it is
// registered, so a new line needs nothing here:
// - a command: `registerCommand(id)`, calling the line's handler with the caller's arguments and
//   handing back its result;
// - a `tree` view: created with a provider that asks the line's handler for the real one the first
//   time VS Code asks for rows (shell/deferredTree.ts); a `webview` view: its provider, resolved by
//   the line's;
// - `codeLens`, `hover`, `documentLink`, `willSave`: registered for Markdown, handing on journal entries only
//   (shell/journalEntryGate.ts);
// - `webviewPanel`: a serializer for the line's webview type, restoring its panels after a reload;
// - `fileSystem`: shell/deferredFileSystem.ts, registered when shell/encryptedAtStart.ts says the
//   window needs it, or when the features attach their provider to the slot handed back here.
import * as vscode from 'vscode';
import { COMMAND_NAMES, commandId, contributionId, PROVIDER_TABLE, providersOfType, viewsOfType } from '../activationTable';
import type { Features, Shell } from '../featuresContract';
import { DeferredFileSystem } from './deferredFileSystem';
import { deferredTree } from './deferredTree';
import { registerWhenEncrypted } from './encryptedAtStart';
import { entryCodeLens, entryDocumentLinks, entryHover, entryWillSave, type EntryTest } from './journalEntryGate';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** Registers every line; returns the file systems' slots for the features (their `Shell`). */
export function registerContributions(context: vscode.ExtensionContext, features: () => Features, isEntry: EntryTest): Shell['fileSystems'] {
  const subscriptions = context.subscriptions;
  for (const name of COMMAND_NAMES) {
    subscriptions.push(vscode.commands.registerCommand(commandId(name), (...args: unknown[]) => {
      // A handler types its own parameters; VS Code hands it whatever the caller passed.
      const handler = features().commands[name] as (...given: unknown[]) => unknown;
      return handler(...args);
    }));
  }
  for (const name of viewsOfType('tree')) {
    deferredTree(context, contributionId(name), () => features().views[name]);
  }
  for (const name of viewsOfType('webview')) {
    subscriptions.push(vscode.window.registerWebviewViewProvider(contributionId(name), {
      resolveWebviewView: (view, resolveContext, token) => features().views[name].resolveWebviewView(view, resolveContext, token),
    }));
  }
  for (const name of providersOfType('codeLens')) {
    subscriptions.push(vscode.languages.registerCodeLensProvider(MARKDOWN, entryCodeLens(isEntry, () => features().providers[name])));
  }
  for (const name of providersOfType('hover')) {
    subscriptions.push(vscode.languages.registerHoverProvider(MARKDOWN, entryHover(isEntry, () => features().providers[name])));
  }
  for (const name of providersOfType('documentLink')) {
    subscriptions.push(vscode.languages.registerDocumentLinkProvider(MARKDOWN, entryDocumentLinks(isEntry, () => features().providers[name])));
  }
  for (const name of providersOfType('willSave')) {
    subscriptions.push(vscode.workspace.onWillSaveTextDocument(entryWillSave(isEntry, () => features().providers[name])));
  }
  for (const name of providersOfType('webviewPanel')) {
    subscriptions.push(vscode.window.registerWebviewPanelSerializer(contributionId(name), {
      deserializeWebviewPanel: (panel, state: unknown) => features().providers[name].deserializeWebviewPanel(panel, state),
    }));
  }
  const fileSystems = providersOfType('fileSystem').map((name) => {
    const fileSystem = new DeferredFileSystem(PROVIDER_TABLE[name].scheme, () => features().providers[name]());
    subscriptions.push(fileSystem);
    // Only a window that needs it registers the provider (a plain journal's never does).
    registerWhenEncrypted(() => fileSystem.register());
    return [name, { attach: (provider: vscode.FileSystemProvider) => fileSystem.attach(provider) }] as const;
  });
  return Object.fromEntries(fileSystems) as Shell['fileSystems'];
}
