// The real registrations of the activation table (activationTable.ts): one `registerCommand` per line,
// with the handler its file handed in. Called once, by features.ts, after activation's stand-ins are
// gone (shell/featureLoader.ts); `handlers` is typed so that every line has exactly one handler.
import * as vscode from 'vscode';
import { COMMAND_NAMES, commandId, type CommandHandlers } from './activationTable';

export function registerCommands(context: vscode.ExtensionContext, handlers: CommandHandlers): void {
  for (const name of COMMAND_NAMES) {
    // A handler types its own parameters; VS Code hands it whatever the caller passed, as before.
    const handler = handlers[name] as (...args: unknown[]) => unknown;
    context.subscriptions.push(vscode.commands.registerCommand(commandId(name), handler));
  }
}
