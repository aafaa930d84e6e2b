// What the real kill test of the migration (test/unit/node/killedMigration.test.ts) and its child
// process (killedMigrationChild.ts) share: the job the child is given, and the migration's host as
// both run it — the CLI's (nodeMigrationHost: the journal through nodeJournalFs, this process for the
// lock) with each operation on the disk told to `onOperation` just before it is called, so the test
// can count a run's operations and aim a kill at any of them. The disk itself is nodeJournalFs's,
// unchanged: the calls are observed beside it.
import type { NameMode } from '../../src/core/encryption/journalState';
import type { MigrationHost } from '../../src/core/encryption/migrationRun';
import { nodeMigrationHost } from '../../src/node/encryption/nodeMigrationHost';
import { observedFs } from './observedFs';

/** The child's job, a line of JSON on its stdin. */
export interface KilledMigrationJob {
  /** The journal's folder on disk. */
  readonly root: string;
  readonly command: 'encrypt' | 'decrypt';
  readonly passphrase: string;
  /** For an encrypt of a plain journal. */
  readonly names?: NameMode;
  readonly workFactor: number;
  /** The child freezes `delayTurns` turns of its event loop after its `stopAt`-th operation on the disk began (1-based), and is killed there. */
  readonly stopAt: number;
  readonly delayTurns: number;
}

/** The CLI's migration host for the journal in `root`, its operations on the disk observed. */
export function observedHost(root: string, workFactor: number, onOperation: (name: string) => void): MigrationHost {
  const host = nodeMigrationHost(root, { workFactor });
  return { ...host, fs: observedFs(host.fs, onOperation) };
}
