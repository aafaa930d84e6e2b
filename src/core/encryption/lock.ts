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
// run may have taken it over and locked in between; then its lock is put back and this run stops),
// removed, and the lock created again exclusively. A third run starting within that same instant
// could slip in; two windows or a window and the CLI cannot both have the journal otherwise.
import { equalBytes, fromUtf8, utf8 } from '../crypto/bytes';
import { newOpaqueId, LOCK_PATH } from './layout';
import type { JournalFs } from './journalFs';
import { englishReason, reason, type Reason } from './reasons';

export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
  readonly operation: string;
  /** When the run last said it is alive (ISO time), for hosts that beat (see the header); absent otherwise. */
  readonly beatAt?: string;
}

/** Whether the holder's process still runs: `unknown` for another machine's. */
export type Liveness = (holder: LockHolder) => 'alive' | 'dead' | 'unknown';

/** How often a beating run rewrites its lock's `beatAt`. */
export const LOCK_BEAT_MS = 60_000;

/**
 * How long after its last beat a lock is a dead run's: ten beats, and far above the longest the
 * web host's JavaScript scrypt was measured to hold the thread (56 s; a beat cannot be written then).
 */
export const LOCK_STALE_MS = 10 * 60_000;

/**
 * Liveness by the lock's last beat, for a host with no process to ask: a holder whose beat is older
 * than `staleMs` is dead, a newer one alive; one that never beat is `unknown` (never taken over).
 */
export function heartbeatLiveness(now: () => Date, staleMs = LOCK_STALE_MS): Liveness {
  return (holder) => {
    const last = Date.parse(holder.beatAt ?? '');
    if (Number.isNaN(last)) {
      return 'unknown';
    }
    return now().getTime() - last > staleMs ? 'dead' : 'alive';
  };
}

/**
 * Liveness for a host that can ask its own processes (`byProcess`: the desktop, the CLI), which also
 * meets the locks of hosts that cannot (a web window's, which beats): `byProcess`'s answer when it
 * knows (a live or dead process on this machine), else the holder's last beat judged as
 * heartbeatLiveness does — so a lock a closed web tab left is taken over after `staleMs`, as a web
 * window would. A holder with no beat and no answer from `byProcess` (another machine's run) stays
 * `unknown`: a pid lock is judged exactly as `byProcess` judges it.
 */
export function beatOrProcessLiveness(byProcess: Liveness, now: () => Date, staleMs = LOCK_STALE_MS): Liveness {
  const byBeat = heartbeatLiveness(now, staleMs);
  return (holder) => {
    const asked = byProcess(holder);
    return asked === 'unknown' ? byBeat(holder) : asked;
  };
}

export type LockResult =
  | {
    readonly ok: true;
    readonly release: () => Promise<void>;
    /** Rewrites the lock's `beatAt` as `at`, in place, while it is still this run's; false (nothing written) when it is not. */
    readonly beat: (at: Date) => Promise<boolean>;
    readonly tookOver?: LockHolder;
  }
  | { readonly ok: false; readonly message: string; readonly why: Reason; readonly holder?: LockHolder };

function holderBytes(holder: LockHolder): Uint8Array {
  return utf8(`${JSON.stringify(holder)}\n`);
}

function parseHolder(bytes: Uint8Array): LockHolder | undefined {
  try {
    const value = JSON.parse(fromUtf8(bytes) ?? '') as Partial<LockHolder> | null;
    if (value && typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.startedAt === 'string' && typeof value.operation === 'string') {
      const beat = typeof value.beatAt === 'string' ? { beatAt: value.beatAt } : {};
      return { pid: value.pid, host: value.host, startedAt: value.startedAt, operation: value.operation, ...beat };
    }
  } catch {
    // Reported below as an unreadable lock.
  }
  return undefined;
}

const RUNS: Readonly<Record<string, Reason>> = {
  'encrypt': reason('run-encrypt'), 'decrypt': reason('run-decrypt'), 'change-passphrase': reason('run-change-passphrase'), 'unlock': reason('run-unlock'),
};

/** A lock not taken, with why. */
function refused(why: Reason, holder?: LockHolder): LockResult {
  return { ok: false, message: englishReason(why), why, ...(holder === undefined ? {} : { holder }) };
}

function busy(holder: LockHolder): LockResult {
  return refused(reason('lock-busy', RUNS[holder.operation] ?? holder.operation, holder.pid, holder.host, holder.startedAt, LOCK_PATH), holder);
}

const TAKEN = reason('lock-taken');

export async function acquireLock(fs: JournalFs, me: LockHolder, liveness: Liveness): Promise<LockResult> {
  let mine = holderBytes(me); // The bytes last written: the lock is this run's while the file holds them.
  const held = async (): Promise<boolean> => {
    const current = await fs.read(LOCK_PATH);
    return current !== undefined && equalBytes(current, mine);
  };
  const release = async (): Promise<void> => {
    if (await held()) {
      await fs.remove(LOCK_PATH);
    }
  };
  const beat = async (at: Date): Promise<boolean> => {
    if (!(await held())) {
      return false;
    }
    const next = holderBytes({ ...me, beatAt: at.toISOString() });
    await fs.write(LOCK_PATH, next);
    mine = next;
    return true;
  };
  if (await fs.createExclusive(LOCK_PATH, mine)) {
    return { ok: true, release, beat };
  }
  const found = await fs.read(LOCK_PATH);
  if (found === undefined) {
    // Released between our attempt and this read: one more try, no loop.
    return await fs.createExclusive(LOCK_PATH, mine) ? { ok: true, release, beat } : refused(TAKEN);
  }
  const holder = parseHolder(found);
  if (holder === undefined) {
    return refused(reason('lock-unreadable', LOCK_PATH));
  }
  if (liveness(holder) !== 'dead') {
    return busy(holder);
  }
  const aside = `${LOCK_PATH}.stale-${newOpaqueId()}`;
  await fs.rename(LOCK_PATH, aside);
  const moved = await fs.read(aside);
  if (moved === undefined || !equalBytes(moved, found)) {
    // Someone else took the stale lock over first and locked: give theirs back.
    if (moved !== undefined) {
      await fs.createExclusive(LOCK_PATH, moved);
    }
    await fs.remove(aside);
    const other = moved === undefined ? undefined : parseHolder(moved);
    return other === undefined ? refused(TAKEN) : busy(other);
  }
  await fs.remove(aside);
  return await fs.createExclusive(LOCK_PATH, mine)
    ? { ok: true, release, beat, tookOver: holder }
    : refused(TAKEN);
}
