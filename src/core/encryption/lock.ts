// One run at a time per journal: a lock file created whole and only if absent (JournalFs's
// createExclusive), naming its holder. A second run is told who holds it and since when. A lock left
// by a run that died (same machine, process gone) is taken over, so resuming after a crash needs no
// manual step; a lock from another machine (a synced folder) is never assumed dead by its process.
//
// Where a host cannot ask whether a process runs (VS Code for the Web, whose runs write no pid), the
// run beats instead: the holder's `beatAt` is rewritten in place every LOCK_BEAT_MS while it runs
// (the host schedules it: MigrationHost `heartbeat`), and such a host takes a lock whose last beat is
// older than LOCK_STALE_MS for a dead run's (heartbeatLiveness) — a tab closed in the middle of a run
// holds the journal for ten minutes at most. A host that can ask its processes (the desktop, the CLI)
// judges a beating lock no process of its own vouches for by the same bound (beatOrProcessLiveness),
// so a closed tab's lock never holds a desktop window either. A lock with no beat (the desktop's, the
// CLI's, an older version's) is never judged by its age. The beat is written in place, not renamed: a
// reader that meets it half-written finds the lock unreadable and refuses, never takes it over.
//
// Taking over: the stale lock is renamed aside, re-read to check it is still the dead run's (another
// run may have taken it over and locked in between; then its lock is put back and this run stops; a
// rename that fails because another run moved or replaced the lock first is told as taken too),
// removed, and the lock created again exclusively. A third run starting within that same instant
// could slip in; two windows or a window and the CLI cannot both have the journal otherwise.
//
// A run killed while it took the lock can leave a take-over's lock moved aside (`lock.stale-ID`) or the
// Node driver's temporary file of the create (`lock.PID.RANDOM.tmp`); the run that next holds the lock
// removes those whose holder is provably dead, by the rules above (lockLeftovers.ts), before it goes on.
import { equalBytes } from '../crypto/bytes';
import { newOpaqueId, LOCK_PATH } from './layout';
import type { JournalFs } from './journalFs';
import { holderBytes, parseHolder, type Liveness, type LockHolder } from './lockLiveness';
import { removeLockLeftovers } from './lockLeftovers';
import { englishReason, reason, type Reason } from './reasons';

export type LockResult =
  | {
    readonly ok: true;
    readonly release: () => Promise<void>;
    /** Rewrites the lock's `beatAt` as `at`, in place, while it is still this run's; false (nothing written) when it is not. */
    readonly beat: (at: Date) => Promise<boolean>;
    /** Whether the lock file still holds the bytes this run last wrote (another may have written over it where the create is a check and a write). */
    readonly held: () => Promise<boolean>;
    readonly tookOver?: LockHolder;
  }
  | { readonly ok: false; readonly message: string; readonly why: Reason; readonly holder?: LockHolder };

const RUNS: Readonly<Record<string, Reason>> = {
  'encrypt': reason('run-encrypt'), 'decrypt': reason('run-decrypt'), 'change-passphrase': reason('run-change-passphrase'), 'unlock': reason('run-unlock'),
};

/** A lock not taken, with why. */
function refused(why: Reason, holder?: LockHolder): LockResult {
  return { ok: false, message: englishReason(why), why, ...(holder === undefined ? {} : { holder }) };
}

function busy(holder: LockHolder, lockPath: string): LockResult {
  return refused(reason('lock-busy', RUNS[holder.operation] ?? holder.operation, holder.pid, holder.host, holder.startedAt, lockPath), holder);
}

const TAKEN = reason('lock-taken');

/**
 * Takes the lock at `lockPath`: the runs' lock by default, or the names lock (namesLock.ts), by the
 * same rules (header). A lock that does not parse is refused as unreadable, unless `unreadableStale`
 * (the names lock's age rule) says those bytes are a dead holder's: then it is taken over as one.
 */
export async function acquireLock(fs: JournalFs, me: LockHolder, liveness: Liveness, lockPath: string = LOCK_PATH, unreadableStale?: (found: Uint8Array) => Promise<boolean>, unflushed = false): Promise<LockResult> {
  // `unflushed` (the names lock): created by the host's createLockFile where it has one (JournalFs).
  const create = (path: string, bytes: Uint8Array): Promise<boolean> => (unflushed && fs.createLockFile !== undefined ? fs.createLockFile(path, bytes) : fs.createExclusive(path, bytes));
  let mine = holderBytes(me); // The bytes last written: the lock is this run's while the file holds them.
  const held = async (): Promise<boolean> => {
    const current = await fs.read(lockPath);
    return current !== undefined && equalBytes(current, mine);
  };
  const release = async (): Promise<void> => {
    if (await held()) {
      await fs.remove(lockPath);
    }
  };
  const beat = async (at: Date): Promise<boolean> => {
    if (!(await held())) {
      return false;
    }
    const next = holderBytes({ ...me, beatAt: at.toISOString() });
    await fs.write(lockPath, next);
    mine = next;
    return true;
  };
  // Held: a killed take-over's leftovers go (lockLeftovers.ts). Best effort: they hold only a
  // holder, so a disk that refuses leaves them for the next run and does not stop this one.
  const holding = async (tookOver?: LockHolder): Promise<LockResult> => {
    await removeLockLeftovers(fs, mine, liveness, new Date(Date.parse(me.startedAt)), lockPath).catch(() => undefined);
    return { ok: true, release, beat, held, ...(tookOver === undefined ? {} : { tookOver }) };
  };
  if (await create(lockPath, mine)) {
    return await holding();
  }
  const found = await fs.read(lockPath);
  if (found === undefined) {
    // Released between our attempt and this read: one more try, no loop.
    return await create(lockPath, mine) ? await holding() : refused(TAKEN);
  }
  const holder = parseHolder(found);
  if (holder === undefined && !(await unreadableStale?.(found) ?? false)) {
    return refused(reason('lock-unreadable', lockPath));
  }
  if (holder !== undefined && liveness(holder) !== 'dead') {
    return busy(holder, lockPath);
  }
  const aside = `${lockPath}.stale-${newOpaqueId()}`;
  try {
    await fs.rename(lockPath, aside);
  } catch (error) {
    // Another run took the same stale lock over first (moved aside, or replaced): taken, and a waiter
    // tries again. Any other failure of the rename (the lock still as found) is the disk's.
    const now = await fs.read(lockPath);
    if (now === undefined || !equalBytes(now, found)) {
      return refused(TAKEN);
    }
    throw error;
  }
  const moved = await fs.read(aside);
  if (moved === undefined || !equalBytes(moved, found)) {
    // Someone else took the stale lock over first and locked: give theirs back.
    if (moved !== undefined) {
      await create(lockPath, moved);
    }
    await fs.remove(aside);
    const other = moved === undefined ? undefined : parseHolder(moved);
    return other === undefined ? refused(TAKEN) : busy(other, lockPath);
  }
  await fs.remove(aside);
  return await create(lockPath, mine) ? await holding(holder) : refused(TAKEN);
}
