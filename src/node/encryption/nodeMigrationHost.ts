// The migration's host in a Node process: the journal on disk, this process for the lock, and whether
// a lock's holder still runs (a process on this machine can be asked; one on another cannot; a web
// window's run, which has no process to ask, by its last beat: core/encryption/lock.ts).
import { hostname } from 'node:os';
import type { MigrationHost, MigrationProgress } from '../../core/encryption/migrationRun';
import { beatOrProcessLiveness, type LockHolder, type Liveness } from '../../core/encryption/lockLiveness';
import type { NamesLockHost } from '../../core/encryption/namesLock';
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

/**
 * The liveness a Node host judges locks by: processLiveness, and a beating lock (a web window's) that
 * no process here vouches for by its last beat, as a web window judges it.
 */
export function nodeLiveness(now: () => Date): Liveness {
  return beatOrProcessLiveness(processLiveness, now);
}

/** How a Node process (a desktop window's extension host) takes an opaque journal's names lock: as this process, judged by nodeLiveness. */
export function nodeNamesLockHost(): NamesLockHost {
  const now = (): Date => new Date();
  return { me: { pid: process.pid, host: hostname() }, liveness: nodeLiveness(now), now };
}

export interface NodeHostOptions {
  readonly workFactor?: number;
  readonly onProgress?: (progress: MigrationProgress) => void;
}

export function nodeMigrationHost(root: string, options: NodeHostOptions = {}): MigrationHost {
  const now = (): Date => new Date();
  return {
    fs: nodeJournalFs(root),
    me: { pid: process.pid, host: hostname() },
    liveness: nodeLiveness(now),
    now,
    ...(options.workFactor === undefined ? {} : { workFactor: options.workFactor }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  };
}
