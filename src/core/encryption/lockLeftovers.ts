// What a run killed while it took the lock can leave beside it in the product folder, and the rule by
// which the run that next holds the lock removes it (lock.ts calls removeLockLeftovers once it holds
// the lock). The same for the names lock (namesLock.ts, `names.lock.…`): each lock's leftovers by its own name. Two kinds, each holding only a lock's holder (pid, host, times), never an entry's text:
//   - `lock.PID.RANDOM.tmp`: the file the Node driver's createExclusive writes whole under a private
//     name before linking it into place (node/encryption/nodeJournalFs.ts), PID being the writer's;
//   - `lock.stale-ID`: a dead run's lock moved aside by the run taking it over (lock.ts), which was
//     killed before removing it.
// Only files of exactly those names, and only when provably no live run's and not this run's:
//   - one holding a holder (for a `.tmp`, one whose pid is the pid in its name: the writer itself)
//     goes when the host's liveness, the lock's own rule, says that holder is `dead`; `alive` and
//     `unknown` (another machine's run, a lock that never beat) keep it, as they keep a lock;
//   - one holding no holder (a `.tmp` cut off before its bytes were written, or the start of them)
//     goes when the file was last written longer than LOCK_STALE_MS ago, as a lock whose last beat is
//     that old is a dead run's: such a file lives for one create or one take-over, a few ms, so one
//     that old is no running take-over's. With no file times from the host (JournalFs `stat`), kept.
// Anything else in the folder, and a file holding exactly this run's lock, is never touched. Pure:
// the host lists and removes through JournalFs (`listFolder`, `read`, `stat`, `remove`).
import { equalBytes } from '../crypto/bytes';
import type { JournalFs } from './journalFs';
import { LOCK_PATH, PRODUCT_FOLDER } from './productFiles';
import { heartbeatLiveness, parseHolder, type Liveness, type LockHolder } from './lockLiveness';

/** The lock's file name in the product folder: the runs' lock's, or the names lock's (namesLock.ts), each with leftovers of its own name. */
function lockName(lockPath: string): string {
  return lockPath.slice(PRODUCT_FOLDER.length + 1).replace(/\./g, '\\.');
}

/** What a name in the product folder is: one of the leftovers of the lock at `lockPath` (with its writer's pid for a `.tmp`), or not. */
export function lockLeftoverKind(name: string, lockPath: string = LOCK_PATH): { readonly kind: 'temporary'; readonly pid: number } | { readonly kind: 'aside' } | undefined {
  const temporary = new RegExp(`^${lockName(lockPath)}\\.(\\d+)\\.[0-9a-f]{12}\\.tmp$`).exec(name);
  if (temporary !== null) {
    return { kind: 'temporary', pid: Number(temporary[1]) };
  }
  return new RegExp(`^${lockName(lockPath)}\\.stale-[a-z2-7]{26}$`).test(name) ? { kind: 'aside' } : undefined;
}

/** What the rule (header) needs to know of one leftover. */
export interface LeftoverFacts {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** When it was last written (ms), when the host can tell. */
  readonly mtime?: number;
}

/** Whether the run holding the lock as `mine` removes this file (header): never for a name that is not a leftover's. */
export function isDeadLeftover(facts: LeftoverFacts, mine: Uint8Array, liveness: Liveness, now: Date, lockPath: string = LOCK_PATH): boolean {
  const kind = lockLeftoverKind(facts.name, lockPath);
  if (kind === undefined || equalBytes(facts.bytes, mine)) {
    return false;
  }
  const holder = parseHolder(facts.bytes);
  if (holder !== undefined && (kind.kind === 'aside' || holder.pid === kind.pid)) {
    return liveness(holder) === 'dead';
  }
  if (facts.mtime === undefined) {
    return false;
  }
  // Judged as heartbeatLiveness judges a beat: the file's last write stands for it.
  const asBeat: LockHolder = { pid: 0, host: '', startedAt: '', operation: '', beatAt: new Date(facts.mtime).toISOString() };
  return heartbeatLiveness(() => now)(asBeat) === 'dead';
}

/**
 * Removes the lock's dead leftovers (header) for the run that holds the lock as `mine`; the paths
 * removed. Nothing when the host cannot list a folder (JournalFs `listFolder`). A file that vanishes
 * meanwhile is passed over; a failure of the disk rejects (the caller's to ignore: a leftover only
 * holds a holder).
 */
export async function removeLockLeftovers(fs: JournalFs, mine: Uint8Array, liveness: Liveness, now: Date, lockPath: string = LOCK_PATH): Promise<readonly string[]> {
  if (fs.listFolder === undefined) {
    return [];
  }
  const removed: string[] = [];
  for (const name of await fs.listFolder(PRODUCT_FOLDER)) {
    if (lockLeftoverKind(name, lockPath) === undefined) {
      continue;
    }
    const path = `${PRODUCT_FOLDER}/${name}`;
    const bytes = await fs.read(path);
    if (bytes === undefined) {
      continue;
    }
    const mtime = (await fs.stat?.(path))?.mtime;
    if (isDeadLeftover({ name, bytes, ...(mtime === undefined ? {} : { mtime }) }, mine, liveness, now, lockPath)) {
      await fs.remove(path);
      removed.push(path);
    }
  }
  return removed;
}
