// The web extension host's services (see hostServices.ts): no worker threads and no files beside the
// bundle, so the index reads records on its own thread.
import * as vscode from 'vscode';
import { workspaceFileAccess } from './fileAccess';
import type { HostServices } from './hostServices';

export function hostServices(_context: vscode.ExtensionContext): HostServices {
  return { name: vscode.l10n.t('the web worker extension host'), bulkRunner: undefined, files: workspaceFileAccess };
}
