// The migration's host in the web extension host (see migrationHost.ts): the journal through
// vscode.workspace.fs, and no process to ask whether a lock's holder still runs, so a lock left by a
// run that died is reported, never taken over (the user deletes `.leadership-journal/lock`).
import type * as vscode from 'vscode';
import type { JournalFs } from '../../core/encryption/journalFs';
import type { MigrationHost, MigrationProgress } from '../../core/encryption/migrationRun';
import { workspaceJournalFs, workspaceModifiedAt } from './workspaceJournalFs';

/** The journal folder's files, as the core reads and writes them. */
export function journalDiskFs(folder: vscode.Uri): JournalFs {
  return workspaceJournalFs(folder);
}

export function migrationHost(folder: vscode.Uri, onProgress: (progress: MigrationProgress) => void): MigrationHost {
  return {
    fs: workspaceJournalFs(folder),
    modifiedAt: workspaceModifiedAt(folder),
    me: { pid: 0, host: 'a web window' },
    liveness: () => 'unknown',
    now: () => new Date(),
    onProgress,
  };
}
