// The trends, registered in one call from features.ts, the composition root, with the services it
// built: hands back the handlers of the room's lines of the activation table (activationTable.ts) —
// the sidebar Trends view and Show Trends, both hosts of one controller (trendsViewProvider.ts) — for
// features.ts to join with the others. Nothing here reads a file when it is registered.
import type * as vscode from 'vscode';
import type { RoomHandlers } from '../activationTable';
import { trendsViews, type TrendsServices } from './trendsViewProvider';

export function registerTrends(context: vscode.ExtensionContext, services: TrendsServices): Pick<RoomHandlers<'trends/trendsViewProvider'>, 'commands' | 'views'> {
  return trendsViews(context, services);
}
