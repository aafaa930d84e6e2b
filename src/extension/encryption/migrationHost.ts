// The migration's host in the Node extension host: a `file:` journal is migrated with Node's fs
// (src/node/encryption: writes flushed to the disk before each rename, a dead run's lock taken over);
// any other folder through vscode.workspace.fs. The web build uses migrationHost.web.ts instead.
import { hostname } from 'node:os';
import type * as vscode from 'vscode';
import type { MigrationHost, MigrationProgress } from '../../core/encryption/migrationRun';
import { nodeMigrationHost, processLiveness } from '../../node/encryption/nodeMigrationHost';
import { workspaceJournalFs } from './workspaceJournalFs';

export function migrationHost(folder: vscode.Uri, onProgress: (progress: MigrationProgress) => void): MigrationHost {
  if (folder.scheme === 'file') {
    return nodeMigrationHost(folder.fsPath, { onProgress });
  }
  return {
    fs: workspaceJournalFs(folder),
    me: { pid: process.pid, host: hostname() },
    liveness: processLiveness,
    now: () => new Date(),
    onProgress,
  };
}
