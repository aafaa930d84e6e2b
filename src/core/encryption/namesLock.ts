// The names lock of an opaque journal: one writer at a time for names.age and the entry files it
// names. Every change a window makes there — a save, a new entry, a rename, a delete — holds it for
// its whole sequence (read names.age, check, write the sealed file, write names.age, rename, remove:
// decryptingJournalFs.ts), so no other window's change can land between one step and the next, and
// names.age is changed directly, never merged. Reading (a listing, opening an entry) takes no lock.
//
// The lock is lock.ts's, at its own path (NAMES_LOCK_PATH, not the runs' lock: that one is part of
// every save's key check, keyStamp.ts): created whole and only if absent, naming its holder, taken
// over from a dead holder by the same rules (its process gone, on a host that can ask; else its last
// beat older than LOCK_STALE_MS). A holder always writes `beatAt` (when it took the lock: it holds it
// for one operation, milliseconds, and never beats again), so a lock a closed window left is taken
// over at the latest LOCK_STALE_MS after it was taken, on every host — at once where the host can
// see the holder's process is gone (the desktop, the same machine).
//
// Waiting is short and bounded: NAMES_LOCK_TRIES tries NAMES_LOCK_PAUSE_MS apart (about three
// seconds), then NamesLockBusy, which the extension words as "another window is saving this journal;
// save again" (saveRefusal.ts): nothing was written. Where a host's exclusive create is a check and
// a write (vscode.workspace.fs: remote, virtual and web folders, workspaceJournalFs.ts) two windows
// taking the lock in the same instant could both hold it, as for the runs' lock.
import type { JournalFs } from './journalFs';
import { acquireLock } from './lock';
import { heartbeatLiveness, type Liveness, type LockHolder } from './lockLiveness';
import { NAMES_LOCK_PATH } from './layout';
import { pause } from '../runtime/eventLoopTurn';

/** How long a window pauses between two tries of a held names lock. */
export const NAMES_LOCK_PAUSE_MS = 25;

/** How many times a window tries a held names lock before it refuses (NAMES_LOCK_TRIES × NAMES_LOCK_PAUSE_MS: three seconds). */
export const NAMES_LOCK_TRIES = 120;

/** What a view takes the names lock as, and by which rules it judges a holder dead. */
export interface NamesLockHost {
  /** This process, written into the lock. */
  readonly me: { readonly pid: number; readonly host: string };
  readonly liveness: Liveness;
  readonly now: () => Date;
  /** Waits `ms` between two tries; a timer unless given (tests count tries rather than wait). */
  readonly pause?: (ms: number) => Promise<void>;
}

/** A host with no process to ask (the core's default, the CLI's reading views): holders judged by their beat. */
export function beatingNamesLockHost(): NamesLockHost {
  const now = (): Date => new Date();
  return { me: { pid: 0, host: 'a window' }, liveness: heartbeatLiveness(now), now };
}

/** The names lock stayed held by another window through every try: nothing was written. `holder`: who held it last, when readable. */
export class NamesLockBusy extends Error {
  constructor(readonly path: string, readonly holder: LockHolder | undefined) {
    super(`${path} was not changed: another window is saving, renaming or deleting an entry of this journal (its lock ${NAMES_LOCK_PATH} stayed held for ${NAMES_LOCK_TRIES} tries); nothing was written, save again`);
    this.name = 'NamesLockBusy';
  }
}

/**
 * Runs `run` holding the names lock as `writer` (the view's writer id), released when it settles,
 * whatever it settles to. Rejects with NamesLockBusy, `run` never called, when the lock stays held
 * (or unreadable: a holder being written) through every try; `path` names what was to change.
 */
export async function withNamesLock<T>(fs: JournalFs, host: NamesLockHost, writer: string, path: string, run: () => Promise<T>): Promise<T> {
  let holder: LockHolder | undefined;
  for (let tries = 1; ; tries++) {
    const startedAt = host.now().toISOString();
    const lock = await acquireLock(fs, { ...host.me, startedAt, operation: 'save', beatAt: startedAt, writer }, host.liveness, NAMES_LOCK_PATH);
    if (lock.ok) {
      try {
        return await run();
      } finally {
        await lock.release().catch(() => undefined); // A lock that cannot be removed is taken over once stale.
      }
    }
    holder = lock.holder ?? holder;
    if (tries >= NAMES_LOCK_TRIES) {
      throw new NamesLockBusy(path, holder);
    }
    await (host.pause ?? pause)(NAMES_LOCK_PAUSE_MS);
  }
}
