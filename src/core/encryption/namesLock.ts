// The journal's names lock: one writer at a time. In an opaque journal it guards names.age and the
// entry files it names: every change of names.age a window makes there — a new entry, a rename, a
// delete, a save of a name not yet in it — and a save made when names.age changed since the window read
// it holds it for its whole sequence (read names.age, check, write the sealed file, write names.age,
// rename, remove: decryptingJournalFs.ts), so no other window's change can land between one step and
// the next, and names.age is changed directly, never merged. A change that leaves names.age as it is
// — in a journal of readable names a save, a rename, a delete, a new entry; in an opaque one a save of
// an entry names.age already names, unchanged since the window read it — takes it only where the
// host's create is exact (the desktop's Node fs), around its last check and its rename
// (decryptingJournalFs.ts fileChange), so two windows' changes of one entry cannot both land; through
// vscode.workspace.fs such a change takes no lock (its confirming pause, below, would cost every save
// ~100 ms for a race of milliseconds). Reading (a listing, opening an entry) takes no lock.
//
// The lock is lock.ts's, at its own path (NAMES_LOCK_PATH, not the runs' lock: that one is part of
// every save's key check, keyStamp.ts): created whole and only if absent, naming its holder. It is
// held for milliseconds, so its staleness is its own, the same on every host: a holder whose process
// the host sees gone (the desktop, the same machine) is dead at once; any other whose beat is older
// than NAMES_LOCK_STALE_MS (a minute) is dead too, whatever its process — a window that is alive but
// failed to remove its lock (a disk or a sync client refusing the removal) holds nobody for longer
// than that. A holder writes `beatAt` when it takes the lock and again every NAMES_LOCK_BEAT_MS while
// its operation runs (a long one: a slow remote disk), so a live holder is never taken for dead. A
// lock that does not parse (written by no version, or cut short) is judged by its age too: the time
// the disk gives it, else how long this process has seen those same bytes there.
//
// Waiting is short and bounded: NAMES_LOCK_TRIES tries NAMES_LOCK_PAUSE_MS apart (about three
// seconds), then NamesLockBusy, which the extension words as "another window is saving this journal;
// save again" (saveRefusal.ts): nothing was written. Where a host's exclusive create is a check and
// a write (vscode.workspace.fs: remote, virtual and web folders, workspaceJournalFs.ts) two windows
// taking the lock in the same instant could both be told they created it; there the lock is confirmed
// before use: read back after NAMES_LOCK_CONFIRM_MS, and taken only if it still holds this holder's
// bytes (the later write stands, so one of the two steps back). Two holders remain possible only
// where one window's check and write lie further apart than that pause (a slow remote disk), or the
// disk shows one window's write to the other later than that; then the guards under the lock (decryptingJournalFs.ts: names.age
// unchanged since read before it is written, a replaced file unchanged before it is removed) refuse
// the second change rather than lose the first.
import type { JournalFs } from './journalFs';
import { equalBytes } from '../crypto/bytes';
import { acquireLock } from './lock';
import { heartbeatLiveness, type Liveness, type LockHolder } from './lockLiveness';
import { NAMES_LOCK_PATH } from './layout';
import { every, pause } from '../runtime/eventLoopTurn';

/** How long a window pauses between two tries of a held names lock. */
export const NAMES_LOCK_PAUSE_MS = 25;

/** How many times a window tries a held names lock before it refuses (NAMES_LOCK_TRIES × NAMES_LOCK_PAUSE_MS: three seconds). */
export const NAMES_LOCK_TRIES = 120;

/** How long after its last beat a names lock is a dead holder's, on every host (header). */
export const NAMES_LOCK_STALE_MS = 60_000;

/** How often a holder rewrites its names lock's beat while its operation runs: four beats to a stale lock. */
export const NAMES_LOCK_BEAT_MS = 15_000;

/** How long a holder waits before it reads its lock back, where the create is a check and a write (header). */
export const NAMES_LOCK_CONFIRM_MS = 100;

/** What a view takes the names lock as, and by which rules it judges a holder dead. */
export interface NamesLockHost {
  /** This process, written into the lock. */
  readonly me: { readonly pid: number; readonly host: string };
  readonly liveness: Liveness;
  readonly now: () => Date;
  /** Waits `ms` between two tries; a timer unless given (tests count tries rather than wait). */
  readonly pause?: (ms: number) => Promise<void>;
  /** Calls `beat` every `ms` until the returned function is called; the host's timer unless given (tests call the beat themselves). */
  readonly every?: (ms: number, beat: () => void) => () => void;
}

/** A host with no process to ask (the core's default, the CLI's reading views): holders judged by their beat. */
export function beatingNamesLockHost(): NamesLockHost {
  const now = (): Date => new Date();
  return { me: { pid: 0, host: 'a window' }, liveness: heartbeatLiveness(now), now };
}

/**
 * How a names lock's holder is judged (header): dead when `host` sees its process gone, or when its
 * last beat (else when it was taken) is over NAMES_LOCK_STALE_MS old or not a time at all; else alive.
 */
export function namesLockLiveness(host: Pick<NamesLockHost, 'liveness' | 'now'>): Liveness {
  return (holder) => {
    if (host.liveness(holder) === 'dead') {
      return 'dead';
    }
    const last = Date.parse(holder.beatAt ?? holder.startedAt);
    return Number.isNaN(last) || host.now().getTime() - last > NAMES_LOCK_STALE_MS ? 'dead' : 'alive';
  };
}

/** The unreadable names lock each file system showed, and since when (this process's clock): its age where the disk tells none. */
const unreadableSeen = new WeakMap<JournalFs, { readonly bytes: Uint8Array; readonly since: number }>();

/** Whether the unreadable names lock `found` is NAMES_LOCK_STALE_MS old: by the disk's time of it, else by how long these bytes were seen here. */
async function unreadableStale(fs: JournalFs, host: NamesLockHost, found: Uint8Array): Promise<boolean> {
  const now = host.now().getTime();
  const seen = unreadableSeen.get(fs);
  const since = seen !== undefined && equalBytes(seen.bytes, found) ? seen.since : now;
  unreadableSeen.set(fs, { bytes: found, since });
  const written = await fs.stat?.(NAMES_LOCK_PATH).then((times) => times?.mtime, () => undefined);
  return now - Math.min(since, written ?? since) > NAMES_LOCK_STALE_MS;
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
  const liveness = namesLockLiveness(host);
  let holder: LockHolder | undefined;
  for (let tries = 1; ; tries++) {
    const startedAt = host.now().toISOString();
    const lock = await acquireLock(fs, { ...host.me, startedAt, operation: 'save', beatAt: startedAt, writer }, liveness, NAMES_LOCK_PATH, (found) => unreadableStale(fs, host, found), true);
    if (lock.ok && await confirmed(fs, host, lock.held)) {
      let beating: Promise<unknown> = Promise.resolve();
      const stop = (host.every ?? every)(NAMES_LOCK_BEAT_MS, () => {
        beating = beating.then(() => lock.beat(host.now())).catch(() => undefined); // A beat the disk refuses is tried again at the next.
      });
      try {
        return await run();
      } finally {
        stop();
        await beating;
        await lock.release().catch(() => undefined); // A lock that cannot be removed is taken over once stale (a minute).
      }
    }
    if (!lock.ok) {
      holder = lock.holder ?? holder;
    }
    if (tries >= NAMES_LOCK_TRIES) {
      throw new NamesLockBusy(path, holder);
    }
    await (host.pause ?? pause)(NAMES_LOCK_PAUSE_MS);
  }
}

/**
 * Whether a change of one entry's file that leaves the list of names as it is — a save's last check
 * and rename in a journal of readable names, an opaque one's save that names.age does not change, an
 * unlock's putting back of a cut-off save there — holds this lock: where the host's exclusive create
 * is exact (Node's fs: the desktop). Where it is a check and a write (vscode.workspace.fs) the lock
 * would cost each such change a NAMES_LOCK_CONFIRM_MS read-back and still not be exact, so none takes
 * it (decryptingJournalFs.ts and orphanedPartials.ts headers).
 */
export function entryChangesLocked(fs: Pick<JournalFs, 'createChecksThenWrites'>): boolean {
  return fs.createChecksThenWrites !== true;
}

/**
 * Where the create is a check and a write (header): whether the lock just taken still holds this
 * holder's bytes after NAMES_LOCK_CONFIRM_MS — another window's write in the same instant stands
 * otherwise, and this one steps back, leaving it. Elsewhere the create alone decides.
 */
async function confirmed(fs: JournalFs, host: NamesLockHost, held: () => Promise<boolean>): Promise<boolean> {
  if (fs.createChecksThenWrites !== true) {
    return true;
  }
  await (host.pause ?? pause)(NAMES_LOCK_CONFIRM_MS);
  return held();
}
