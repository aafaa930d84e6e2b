// Export Metrics… and Export Report…, registered in one call from features.ts, the composition root,
// with the services it built: hands back the handlers of the room's lines of the activation table
// (activationTable.ts) for features.ts to join with the others. dist/reports.js loads only when an
// export writes (reportsModule.ts), never here.
import type * as vscode from 'vscode';
import type { RoomHandlers } from '../activationTable';
import { exportCommands, type ExportDeps } from './exportCommands';

export function registerExport(_context: vscode.ExtensionContext, services: ExportDeps): Pick<RoomHandlers<'export/exportCommands'>, 'commands'> {
  return { commands: exportCommands(services) };
}
