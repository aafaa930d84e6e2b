// What every journal operation (encrypt, decrypt, change passphrase) shares: the host it runs on, the
// lock around it, file-system failures turned into a stop that names the operation and the path, and
// the outcome it reports. The operations themselves are in encryptJournal.ts, decryptJournal.ts and
// changePassphrase.ts; the per-entry steps in entrySteps.ts.
import type { AgeFailure } from '../crypto/ageFailure';
import { errorMessage } from '../text/errorMessage';
import { fsProblem, type JournalFs } from './journalFs';
import type { Operation } from './journalState';
import { DESCRIPTOR_PATH, KEY_PATH, LOCK_PATH, MARKER_PATH, NAMES_LOCK_PATH, NAMES_PATH, NEXT_KEY_PATH, PRODUCT_FOLDER, PROCESS_WRITER, stagedPath } from './layout';
import { partialsOf } from './partialsOf';
import { acquireLock } from './lock';
import { NamesLockBusy, withNamesLock } from './namesLock';
import { orphanedMarker } from './markerPartial';
import type { LockHolder, Liveness } from './lockLiveness';
import { because, englishReason, reason, type Reason } from './reasons';

export interface MigrationHost {
  readonly fs: JournalFs;
  /** This process, for the lock. */
  readonly me: { readonly pid: number; readonly host: string };
  readonly liveness: Liveness;
  readonly now: () => Date;
  /** scrypt work factor for a new key file; the recommended one (ageFile.ts) when absent. Tests lower it. */
  readonly workFactor?: number;
  readonly onProgress?: (progress: MigrationProgress) => void;
  /**
   * When the file at `path` was last written (ms since 1970), undefined when nothing is there. When
   * absent, the file system's `stat` tells; where neither does, a partial is taken as possibly being
   * written now, and left (entrySteps.ts settlePartials).
   */
  readonly modifiedAt?: (path: string) => Promise<number | undefined>;
  /**
   * The words of the name a cut-off save is kept under beside its entry, in the user's language
   * (keptSaves.ts: `NAME (unterbrochene Speicherung).md` in German); English when absent (the CLI).
   */
  readonly keptWords?: string;
  /**
   * For a host that cannot ask whether a lock's holder runs (the web): schedules `beat` every
   * LOCK_BEAT_MS while the run holds the lock and returns what stops it; the lock is then written
   * with a `beatAt` that such a host's liveness judges by age (lock.ts heartbeatLiveness). Absent: no beat.
   */
  readonly heartbeat?: (beat: () => Promise<void>) => () => void;
}

/** The holder a run writes into the lock: with a first beat when its host beats. */
export function lockHolder(host: Pick<MigrationHost, 'me' | 'now' | 'heartbeat'>, operation: string): LockHolder {
  const startedAt = host.now().toISOString();
  return { ...host.me, startedAt, operation, ...(host.heartbeat === undefined ? {} : { beatAt: startedAt }) };
}

/** When a file was last written, as the host tells (MigrationHost `modifiedAt`, else its file system's stat), else undefined. */
export function modifiedAtOf(host: Pick<MigrationHost, 'fs' | 'modifiedAt'>): (path: string) => Promise<number | undefined> {
  if (host.modifiedAt !== undefined) {
    return host.modifiedAt;
  }
  const stat = host.fs.stat?.bind(host.fs);
  return stat === undefined ? async () => undefined : async (path) => (await stat(path))?.mtime;
}

export interface MigrationProgress {
  readonly operation: Operation;
  /** Entries handled so far in this run, of `total`. */
  readonly done: number;
  readonly total: number;
  /** The entry just handled (journal-relative). */
  readonly path: string;
}

/**
 * An entry (or file) the run could not finish, with why: a conflict, a file that does not open. While
 * any is left the journal is not in the state asked for, and its marker stays.
 */
export interface Attention {
  readonly path: string;
  /** In English, as the CLI says it. */
  readonly reason: string;
  /** The same, as data for a translation (reasons.ts); absent where the reason is the system's own words. */
  readonly why?: Reason;
}

export type MigrationStatus =
  /** The whole journal is in the state asked for; the marker is gone. */
  | 'done'
  /** Everything that could be done is; the entries under `attention` need the user. The marker stays. */
  | 'incomplete'
  /** Stopped early (another run, a wrong key, the disk); nothing was lost, running again goes on. */
  | 'stopped';

/** How far a run got: what an outcome reports, and what a run's {@link Tally} counts as it goes. */
export interface MigrationCounts {
  /** Entries this run converted. */
  readonly converted: number;
  /** Entries that were already in the state asked for. */
  readonly already: number;
  readonly attention: readonly Attention[];
  /** Things done or left that do not stop the journal being finished: links left alone, a name recovered. */
  readonly notes: readonly Attention[];
}

export interface MigrationOutcome extends MigrationCounts {
  readonly operation: Operation;
  readonly status: MigrationStatus;
  /** For `stopped`: why, in a sentence, and what kind of reason it is. */
  readonly reason?: string;
  /** `reason` as data for a translation (reasons.ts), when it is one of the product's. */
  readonly why?: Reason;
  readonly stoppedBy?: StopKind;
  /** The lock of a run that had died was taken over (an interrupted run is being resumed). */
  readonly resumedFromDeadRun?: boolean;
}

/** A file-system operation that failed, with what was being done to which file. */
export class FsFailure extends Error {
  readonly why: Reason;

  constructor(readonly operation: FsOperation, readonly path: string, readonly error: unknown, to?: string) {
    const why = reason(`while-${operation}`, fsProblem(error), ...(operation === 'listing' ? [] : [path]), ...(to === undefined ? [] : [to]));
    super(englishReason(why));
    this.why = why;
    this.name = 'FsFailure';
  }
}

/** What was being done to a file when the disk failed. */
export type FsOperation = 'listing' | 'reading' | 'writing' | 'creating' | 'renaming' | 'removing' | 'removing-folder';

/**
 * What stopped a run early: another run holds the journal (`lock`), the passphrase or key given does
 * not fit (`key`: ask again), the journal's own state forbids it (`journal`), the disk failed an
 * operation (`file-system`) or gave back other bytes than were written (`verification`).
 */
export type StopKind = 'lock' | 'key' | 'journal' | 'file-system' | 'verification';

/** A reason to stop before the end that is not the file system's: a wrong key, a mismatch, bad state. */
export class MigrationStop extends Error {
  /** The message as data for a translation (reasons.ts); absent for a message made elsewhere. */
  readonly why?: Reason;

  constructor(message: string | Reason, readonly kind: Exclude<StopKind, 'lock' | 'file-system'> = 'journal', readonly failure?: AgeFailure) {
    super(typeof message === 'string' ? message : englishReason(message));
    if (typeof message !== 'string') {
      this.why = message;
    }
    this.name = 'MigrationStop';
  }
}

/** Why a run stopped, as data, when the error is one of the product's. */
function whyOf(error: unknown): Reason | undefined {
  return error instanceof MigrationStop || error instanceof FsFailure ? error.why : undefined;
}

/** `fs` with every failure rethrown as an FsFailure naming the operation and the path. */
export function guarded(fs: JournalFs): JournalFs {
  const wrap = async <T>(operation: FsOperation, path: string, run: () => Promise<T>, to?: string): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw new FsFailure(operation, path, error, to);
    }
  };
  return {
    list: () => wrap('listing', '', () => fs.list()),
    read: (path) => wrap('reading', path, () => fs.read(path)),
    write: (path, bytes) => wrap('writing', path, () => fs.write(path, bytes)),
    createExclusive: (path, bytes) => wrap('creating', path, () => fs.createExclusive(path, bytes)),
    rename: (from, to) => wrap('renaming', from, () => fs.rename(from, to), to),
    remove: (path) => wrap('removing', path, () => fs.remove(path)),
    removeEmptyFolders: (path) => wrap('removing-folder', path, () => fs.removeEmptyFolders(path)),
    ...(fs.createChecksThenWrites === true ? { createChecksThenWrites: true } : {}),
    ...(fs.listFolder === undefined ? {} : { listFolder: (folder: string) => wrap('listing', folder, () => fs.listFolder?.(folder) ?? Promise.resolve([])) }),
    ...(fs.stat === undefined ? {} : { stat: (path: string) => wrap('reading', path, () => fs.stat?.(path) ?? Promise.resolve(undefined)) }),
  };
}

/** What a locked operation reports back to the runner (its counts are in the tally). */
export interface OperationResult {
  /** Whether the journal reached the state asked for (then the operation removed the marker). */
  readonly complete: boolean;
}

/** Counters an operation keeps as it goes, so a stop can still say how far it got. */
export interface Tally extends MigrationCounts {
  converted: number;
  already: number;
  readonly attention: Attention[];
  readonly notes: Attention[];
}

/** The tally as it stands, for an outcome (the lists are the tally's own: the run has ended). */
function countsOf(tally: Tally): MigrationCounts {
  return { converted: tally.converted, already: tally.already, attention: tally.attention, notes: tally.notes };
}

/** Counts one entry's step. */
export function count(tally: Tally, result: { readonly kind: 'converted' | 'already' | 'vanished' } | { readonly kind: 'attention'; readonly attention: Attention }): void {
  if (result.kind === 'converted') {
    tally.converted++;
  } else if (result.kind === 'already') {
    tally.already++;
  } else if (result.kind === 'attention') {
    tally.attention.push(result.attention);
  }
}

/**
 * Runs `run` holding the names lock too (namesLock.ts), as a window's change of an opaque journal
 * does: a run's reads and writes of names.age, so no window's change of it lands between them. Taken
 * only while the run holds the journal's lock, never the other way round (a window holds the names
 * lock alone, never the journal's), so neither waits on the other for more than one window's change;
 * a window taking the names lock after the run took the journal's finds its key stamp changed
 * (keyStamp.ts) and writes nothing. A names lock held through every try stops the run
 * ('names-lock-busy'); running again goes on.
 */
export async function withRunNamesLock<T>(host: Pick<MigrationHost, 'me' | 'liveness' | 'now'>, fs: JournalFs, run: () => Promise<T>): Promise<T> {
  try {
    return await withNamesLock(fs, { me: host.me, liveness: host.liveness, now: host.now }, PROCESS_WRITER, NAMES_PATH, run);
  } catch (error) {
    if (error instanceof NamesLockBusy) {
      throw new MigrationStop(reason('names-lock-busy', NAMES_LOCK_PATH));
    }
    throw error;
  }
}

/**
 * Runs `body` holding the journal's lock, and turns whatever happens into an outcome: nothing
 * escapes as an exception, so a caller always learns which file and which operation stopped it.
 */
export async function runLocked(host: MigrationHost, operation: Operation, body: (fs: JournalFs, tally: Tally) => Promise<OperationResult>): Promise<MigrationOutcome> {
  const fs = guarded(host.fs);
  const tally: Tally = { converted: 0, already: 0, attention: [], notes: [] };
  const stopped = (error: unknown, resumed?: boolean): MigrationOutcome => ({
    operation, status: 'stopped', ...countsOf(tally),
    reason: errorMessage(error), ...(whyOf(error) === undefined ? {} : { why: whyOf(error) }), stoppedBy: stopKindOf(error), ...(resumed ? { resumedFromDeadRun: true } : {}),
  });
  let lock;
  try {
    lock = await acquireLock(fs, lockHolder(host, operation), host.liveness);
  } catch (error) {
    return stopped(error);
  }
  if (!lock.ok) {
    return { ...stopped(lock.message), why: lock.why, stoppedBy: 'lock' };
  }
  const resumed = lock.tookOver !== undefined;
  const beat = lock.beat;
  let beating: Promise<unknown> = Promise.resolve();
  // A beat that fails (the disk) is tried again at the next; the run itself goes on.
  const stopBeat = host.heartbeat?.(async () => {
    beating = beating.then(() => beat(host.now())).catch(() => undefined);
    await beating;
  });
  let outcome: MigrationOutcome;
  try {
    // A partial of one of the journal's own files is never the only copy of anything: each is
    // renamed into place before anything relies on it (no entry is sealed to a key, no opaque file
    // named, before its file is whole). A crash mid-write leaves it; it goes. Except the name map's
    // with no names.age: a rename that deletes its target first (vscode.workspace.fs in the web,
    // virtual and remote hosts) killed before it renamed leaves the map only there, checked whole; the
    // run puts it in place, or removes it when it is a first write cut short (journalUnlock.ts
    // settleNameMap). And the marker's, whole, with no migration.json, left so the same way: it says a
    // run is under way — for a passphrase change, that entries may be under either key, so neither
    // encrypt nor decrypt may run over them — and is put in place (readJournalState reads it there
    // meanwhile). The others hold no entry's text or name even then: the descriptor and key.age are
    // written once, to no file, and key.next.age replaces key.age by a rename with no partial
    // (changePassphrase.ts finishes one cut off inside it).
    // Every writer's partials are meant (layout.ts: under the lock any may be taken), found by listing
    // the product's folder (partialsOf.ts).
    // The map's copies under the names lock too: a window's write of it under way (its key check
    // passed before this run took the journal's lock) ends first, refused at its key check.
    for (const path of [DESCRIPTOR_PATH, KEY_PATH, NEXT_KEY_PATH, NAMES_PATH, MARKER_PATH]) {
      if (path === NAMES_PATH) {
        await withRunNamesLock(host, fs, async () => {
          if (await fs.read(NAMES_PATH) !== undefined) {
            for (const partial of await partialsOf(fs, path, [PROCESS_WRITER])) {
              await fs.remove(partial);
            }
            await fs.remove(stagedPath(NAMES_PATH));
          }
        });
        continue;
      }
      const marker = path === MARKER_PATH ? await orphanedMarker(fs) : undefined;
      if (marker !== undefined) {
        await fs.rename(marker.path, MARKER_PATH); // The marker's only copy (journalUnlock.ts readJournalState).
      }
      for (const partial of await partialsOf(fs, path, [PROCESS_WRITER])) {
        await fs.remove(partial);
      }
    }
    const result = await body(fs, tally);
    outcome = {
      operation, status: result.complete ? 'done' : 'incomplete', ...countsOf(tally), ...(resumed ? { resumedFromDeadRun: true } : {}),
    };
  } catch (error) {
    outcome = stopped(error, resumed);
  }
  stopBeat?.();
  await beating; // Never a beat after the release: it would find the lock gone and write nothing, but not race it.
  try {
    await lock.release();
    await fs.removeEmptyFolders(PRODUCT_FOLDER); // Gone once nothing of ours is in it (decrypted, or refused).
  } catch (error) {
    // The work is done or safely stopped; a lock left behind only needs deleting (or is taken over).
    return { ...outcome, notes: [...outcome.notes, because(LOCK_PATH, reason('lock-not-removed', whyOf(error) ?? errorMessage(error)))] };
  }
  return outcome;
}

function stopKindOf(error: unknown): StopKind {
  if (error instanceof MigrationStop) {
    return error.kind;
  }
  return error instanceof FsFailure ? 'file-system' : 'journal';
}
