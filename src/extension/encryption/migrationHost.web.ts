// The migration's host in the web extension host (see migrationHost.ts): the journal through
// vscode.workspace.fs, and no process to ask whether a lock's holder still runs. So a run here beats
// — rewrites its lock's `beatAt` every minute while it holds the journal (core/encryption/lock.ts) —
// and a lock whose last beat is over ten minutes old (a tab closed in the middle of a run) is taken
// over as a dead run's (a desktop window or the CLI judges it by the same bound). A lock with no beat
// (the desktop's, the CLI's, an older version's) is never judged by its age: it is reported, and the
// user deletes `.leadership-journal/lock`.
import type * as vscode from 'vscode';
import type { JournalFs } from '../../core/encryption/journalFs';
import type { NamesLockHost } from '../../core/encryption/namesLock';
import { heartbeatLiveness, LOCK_BEAT_MS } from '../../core/encryption/lockLiveness';
import type { MigrationHost, MigrationProgress } from '../../core/encryption/migrationRun';
import { workspaceJournalFs, workspaceModifiedAt } from './workspaceJournalFs';

/** The journal folder's files, as the core reads and writes them. */
export function journalDiskFs(folder: vscode.Uri): JournalFs {
  return workspaceJournalFs(folder);
}

/** Runs `beat` every LOCK_BEAT_MS until the returned function is called. */
function everyBeat(beat: () => Promise<void>): () => void {
  const timer = setInterval(() => void beat(), LOCK_BEAT_MS);
  return () => clearInterval(timer);
}

/** How a window takes an opaque journal's names lock here: a holder judged by its beat, stale after a minute (namesLock.ts). */
export function namesLockHost(): NamesLockHost {
  const now = (): Date => new Date();
  return { me: { pid: 0, host: 'a web window' }, liveness: heartbeatLiveness(now), now };
}

export function migrationHost(folder: vscode.Uri, onProgress: (progress: MigrationProgress) => void): MigrationHost {
  const now = (): Date => new Date();
  return {
    fs: workspaceJournalFs(folder),
    modifiedAt: workspaceModifiedAt(folder),
    me: { pid: 0, host: 'a web window' },
    liveness: heartbeatLiveness(now),
    heartbeat: everyBeat,
    now,
    onProgress,
  };
}
