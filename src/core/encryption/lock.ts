// One run at a time per journal: a lock file created whole and only if absent (JournalFs's
// createExclusive), naming its holder. A second run is told who holds it and since when. A lock left
// by a run that died (same machine, process gone) is taken over, so resuming after a crash needs no
// manual step; a lock from another machine (a synced folder) is never assumed dead.
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
}

/** Whether the holder's process still runs: `unknown` for another machine's. */
export type Liveness = (holder: LockHolder) => 'alive' | 'dead' | 'unknown';

export type LockResult =
  | { readonly ok: true; readonly release: () => Promise<void>; readonly tookOver?: LockHolder }
  | { readonly ok: false; readonly message: string; readonly why: Reason; readonly holder?: LockHolder };

function holderBytes(holder: LockHolder): Uint8Array {
  return utf8(`${JSON.stringify(holder)}\n`);
}

function parseHolder(bytes: Uint8Array): LockHolder | undefined {
  try {
    const value = JSON.parse(fromUtf8(bytes) ?? '') as Partial<LockHolder> | null;
    if (value && typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.startedAt === 'string' && typeof value.operation === 'string') {
      return { pid: value.pid, host: value.host, startedAt: value.startedAt, operation: value.operation };
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
  const mine = holderBytes(me);
  const release = async (): Promise<void> => {
    const current = await fs.read(LOCK_PATH);
    if (current !== undefined && equalBytes(current, mine)) {
      await fs.remove(LOCK_PATH);
    }
  };
  if (await fs.createExclusive(LOCK_PATH, mine)) {
    return { ok: true, release };
  }
  const found = await fs.read(LOCK_PATH);
  if (found === undefined) {
    // Released between our attempt and this read: one more try, no loop.
    return await fs.createExclusive(LOCK_PATH, mine) ? { ok: true, release } : refused(TAKEN);
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
    ? { ok: true, release, tookOver: holder }
    : refused(TAKEN);
}
