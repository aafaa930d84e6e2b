// Who holds the journal's lock, and whether that run still lives: the holder as the lock file holds
// it (JSON, one line), and the liveness rules a host judges it by — its own processes where it can ask
// them, else the holder's last beat (LOCK_BEAT_MS, LOCK_STALE_MS). Why each rule is what it is: the
// header of lock.ts, which takes the lock by them; lockLeftovers.ts judges a killed take-over's
// leftovers by the same rules.
import { fromUtf8, utf8 } from '../crypto/bytes';

export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
  readonly operation: string;
  /** When the run last said it is alive (ISO time), for hosts that beat (see the header); absent otherwise. */
  readonly beatAt?: string;
  /** The holding view's writer id (layout.ts), for the names lock (namesLock.ts): two views in one process hold it apart. */
  readonly writer?: string;
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

/**
 * How an unlock's hold of the journal's lock (operation 'unlock': putting back cut-off saves,
 * orphanedPartials.ts — seconds) is judged, by a window's save (keyStamp.ts) and by the next unlock:
 * dead when `liveness` says so (the desktop: its process gone, at once; a beating holder: its beat
 * over LOCK_STALE_MS old), and also when it was taken (or last beat) over LOCK_STALE_MS ago,
 * whatever its process — an unlock never holds the lock that long, so such a lock is a window's that
 * failed to remove it, or another machine's, or one whose process cannot be asked, and holds nobody.
 * Any other holder is judged as `liveness` judges it.
 */
export function unlockHoldLiveness(liveness: Liveness, now: () => Date): Liveness {
  return (holder) => {
    const answer = liveness(holder);
    if (answer === 'dead' || holder.operation !== 'unlock') {
      return answer;
    }
    const last = Date.parse(holder.beatAt ?? holder.startedAt);
    return Number.isNaN(last) || now().getTime() - last > LOCK_STALE_MS ? 'dead' : answer;
  };
}

export function holderBytes(holder: LockHolder): Uint8Array {
  return utf8(`${JSON.stringify(holder)}\n`);
}

export function parseHolder(bytes: Uint8Array): LockHolder | undefined {
  try {
    const value = JSON.parse(fromUtf8(bytes) ?? '') as Partial<LockHolder> | null;
    if (value && typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.startedAt === 'string' && typeof value.operation === 'string') {
      const beat = typeof value.beatAt === 'string' ? { beatAt: value.beatAt } : {};
      const writer = typeof value.writer === 'string' ? { writer: value.writer } : {};
      return { pid: value.pid, host: value.host, startedAt: value.startedAt, operation: value.operation, ...beat, ...writer };
    }
  } catch {
    // Reported below as an unreadable lock.
  }
  return undefined;
}
