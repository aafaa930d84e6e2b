// The migration's host in a Node process: the journal on disk, this process for the lock, and whether
// a lock's holder still runs (a process on this machine can be asked; one on another cannot).
import { hostname } from 'node:os';
import type { MigrationHost, MigrationProgress } from '../../core/encryption/migrationRun';
import type { LockHolder } from '../../core/encryption/lock';
import { nodeJournalFs } from './nodeJournalFs';

export function processLiveness(holder: LockHolder): 'alive' | 'dead' | 'unknown' {
  if (holder.host !== hostname()) {
    return 'unknown';
  }
  if (holder.pid === process.pid) {
    return 'alive';
  }
  try {
    process.kill(holder.pid, 0); // Signal 0 asks whether the process exists; nothing is sent.
    return 'alive';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH' ? 'dead' : 'alive';
  }
}

export interface NodeHostOptions {
  readonly workFactor?: number;
  readonly onProgress?: (progress: MigrationProgress) => void;
}

export function nodeMigrationHost(root: string, options: NodeHostOptions = {}): MigrationHost {
  return {
    fs: nodeJournalFs(root),
    me: { pid: process.pid, host: hostname() },
    liveness: processLiveness,
    now: () => new Date(),
    ...(options.workFactor === undefined ? {} : { workFactor: options.workFactor }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  };
}
