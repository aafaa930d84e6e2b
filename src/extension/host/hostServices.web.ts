// The web extension host's services (see hostServices.ts): no worker threads, no Node fs and no files
// beside the bundle, so the index reads the journal through vscode.workspace.fs and makes records on
// its own thread.
import * as vscode from 'vscode';
import { workspaceFilesFor } from '../index/workspaceJournalFiles';
import type { HostServices } from './hostServices';
import type { Settings } from '../settingsService';

export function hostServices(_context: vscode.ExtensionContext, _settings: Settings): HostServices {
  return { name: vscode.l10n.t('the web worker extension host'), bulkRunner: undefined, journalFiles: workspaceFilesFor };
}
