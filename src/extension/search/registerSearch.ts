// Search Journal…, registered in one call from features.ts, the composition root, with the services
// it built: hands back the handler of the room's one line of the activation table (activationTable.ts)
// for features.ts to join with the others. Nothing here reads a file when it is registered.
import type * as vscode from 'vscode';
import type { RoomHandlers } from '../activationTable';
import { searchCommands, type SearchServices } from './searchCommand';

export function registerSearch(_context: vscode.ExtensionContext, services: SearchServices): Pick<RoomHandlers<'search/searchCommand'>, 'commands'> {
  return { commands: searchCommands(services) };
}
