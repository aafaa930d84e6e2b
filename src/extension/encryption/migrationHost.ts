// The encrypted journal's disk in the Node extension host: a `file:` journal is read, saved and
// migrated with Node's fs (src/node/encryption: writes flushed before each rename, renames atomic, a
// dead run's lock taken over); any other folder through vscode.workspace.fs. Not vscode.workspace.fs
// for a local folder: its rename with overwrite deletes the target first, so a save would leave a
// moment with no entry on disk. A lock a web window left is judged by its last beat, as the web judges
// it (nodeLiveness). The web build uses migrationHost.web.ts instead.
import { hostname } from 'node:os';
import type * as vscode from 'vscode';
import type { JournalFs } from '../../core/encryption/journalFs';
import type { NamesLockHost } from '../../core/encryption/namesLock';
import type { MigrationHost, MigrationProgress } from '../../core/encryption/migrationRun';
import { nodeJournalFs } from '../../node/encryption/nodeJournalFs';
import { nodeLiveness, nodeMigrationHost, nodeNamesLockHost } from '../../node/encryption/nodeMigrationHost';
import { workspaceJournalFs, workspaceModifiedAt } from './workspaceJournalFs';

/** The journal folder's files, as the core reads and writes them. */
export function journalDiskFs(folder: vscode.Uri): JournalFs {
  return folder.scheme === 'file' ? nodeJournalFs(folder.fsPath) : workspaceJournalFs(folder);
}

/** How a window takes an opaque journal's names lock here: this process, judged as the runs' lock is (nodeLiveness). */
export function namesLockHost(): NamesLockHost {
  return nodeNamesLockHost();
}

export function migrationHost(folder: vscode.Uri, onProgress: (progress: MigrationProgress) => void): MigrationHost {
  if (folder.scheme === 'file') {
    return nodeMigrationHost(folder.fsPath, { onProgress });
  }
  const now = (): Date => new Date();
  return {
    fs: workspaceJournalFs(folder),
    modifiedAt: workspaceModifiedAt(folder),
    me: { pid: process.pid, host: hostname() },
    liveness: nodeLiveness(now),
    now,
    onProgress,
  };
}
