// Saves that were cut off between the write and the rename, put back when the journal is unlocked. A
// save writes the sealed entry to its writer's partial, `NAME.md.age.<writer>.lj-partial` (layout.ts;
// `NAME.md.age.lj-partial` up to bf32f66, still put back), proves it, and renames it over
// `NAME.md.age`; through `vscode.workspace.fs` (the web, remote hosts) that rename deletes the target
// first, so a window closed in that moment leaves the partial, whole, and no `NAME.md.age`: the entry
// would be missing from the journal until a migration settled it.
//
// Contracts:
// - Only orphans are touched (entrySteps.ts partialStanding: neither the file the partial was to
//   become nor that file's source is there). A partial beside its final form or its source is left
//   to the migrations' rules (settlePartials), which this step does not apply.
// - An orphan is put in place (renamed, never copied or rewritten) only when it is an encrypted
//   entry's, was last written at least SAFE_AGE_MS ago — so a save under way in another window is
//   never raced: whoever wrote it, a partial younger than that is a live writer's as far as this
//   step knows (layout.ts), and is neither renamed nor removed — and opens whole with the journal's keys (age checks every chunk, so a cut or
//   damaged file fails). Any other orphan is left as it is; one that does not open is reported with
//   why. Nothing is ever deleted. Two writers' whole orphans of one entry (two windows' saves of a new
//   entry, both cut off): the one written last is put in place, and the other is then beside it, left
//   to the migrations (which keep it as `NAME (interrupted save).md` when it holds other text).
// - The survey only reads. Renames happen only when there is something to put back, under the lock
//   the migrations take (lock.ts), after each orphan is examined again: a second window unlocking at
//   the same moment, or a migration, either waits its turn or finds the work done.
import type { Sealing } from './entrySteps';
import { partialStanding, SAFE_AGE_MS } from './entrySteps';
import type { EntryNames } from './entryNames';
import { listJournal } from './journalListing';
import { sealingOf } from './journalUnlock';
import { finalPathOf, isEncryptedEntryPath } from './layout';
import { acquireLock } from './lock';
import { FsFailure, guarded, lockHolder, type Attention, type MigrationHost } from './migrationRun';
import { ageReason, englishReason, reason, type Reason } from './reasons';
import { errorMessage } from '../text/errorMessage';
import type { JournalFs } from './journalFs';
import type { UnlockedJournal } from './unlockJournal';

export { SAFE_AGE_MS } from './entrySteps';

/** What the survey reads: the journal's disk, the clock, and files' modification times. */
export interface OrphanReading {
  readonly fs: JournalFs;
  readonly now: () => Date;
  /** When the file at `path` was last written (ms since 1970); undefined when nothing is there. */
  readonly modifiedAt: (path: string) => Promise<number | undefined>;
}

/** What putting orphans back needs besides: who this is, for the journal's lock (as a migration's host). */
export type OrphanRepairHost = OrphanReading & Pick<MigrationHost, 'me' | 'liveness' | 'heartbeat'>;

/** The unlocked journal's keys and names. */
type OrphanKeys = Pick<UnlockedJournal, 'keys' | 'names'>;

export interface OrphanSurvey {
  /** Orphans (partial paths) old enough that open whole with the journal's keys: saves to put back, the last written first. */
  readonly whole: readonly string[];
  /** Orphans written less than SAFE_AGE_MS ago, or at a time the file system does not tell: a save may be under way. */
  readonly recent: readonly string[];
  /** Orphans that do not open (another key, cut short, damaged) or hold a plain entry: left as they are, with why (in English, and as data). */
  readonly kept: readonly Attention[];
}

export interface OrphanRepair extends OrphanSurvey {
  /** The entries' files put back in place (final paths, `NAME.md.age`). */
  readonly restored: readonly string[];
  /** Why the whole orphans were not (all) put back now: another run holds the journal's lock, or the disk failed; in English. */
  readonly notNow?: string;
  /** `notNow` as data for a translation (reasons.ts), or the system's own words where it has no reason of the product's. */
  readonly notNowWhy?: Reason | string;
}

type Examined = { readonly kind: 'none' | 'recent' } | { readonly kind: 'whole'; readonly written: number } | { readonly kind: 'kept'; readonly reason: string; readonly why: Reason };

const NONE: Examined = { kind: 'none' };

/** One partial, read and checked; `none` when it is not an orphan (or is gone). */
async function examine(reading: OrphanReading, sealing: Sealing, names: EntryNames, partial: string): Promise<Examined> {
  const { fs } = reading;
  if (await partialStanding(fs, partial, (path) => names.sourceOf(path)) !== 'orphan') {
    return NONE;
  }
  const finalPath = finalPathOf(partial);
  if (!isEncryptedEntryPath(finalPath)) {
    const why = reason('orphan-plain', partial);
    return { kind: 'kept', reason: englishReason(why), why };
  }
  const written = await reading.modifiedAt(partial);
  if (written === undefined) {
    return NONE;
  }
  if (!(written > 0) || reading.now().getTime() - written < SAFE_AGE_MS) {
    return { kind: 'recent' };
  }
  const bytes = await fs.read(partial);
  if (bytes === undefined) {
    return NONE;
  }
  const opened = await sealing.open(partial, bytes);
  return opened.ok ? { kind: 'whole', written } : { kind: 'kept', reason: opened.failure.message, why: ageReason(opened.failure) };
}

/** The journal's orphaned partials and what each is; reads only. */
export async function surveyOrphans(reading: OrphanReading, journal: OrphanKeys, partials?: readonly string[]): Promise<OrphanSurvey> {
  const sealing = sealingOf(journal.keys);
  const whole: { readonly partial: string; readonly written: number }[] = [];
  const recent: string[] = [];
  const kept: Attention[] = [];
  for (const partial of partials ?? (await listJournal(reading.fs)).partials) {
    const examined = await examine(reading, sealing, journal.names, partial);
    if (examined.kind === 'whole') {
      whole.push({ partial, written: examined.written });
    } else if (examined.kind === 'recent') {
      recent.push(partial);
    } else if (examined.kind === 'kept') {
      kept.push({ path: partial, reason: examined.reason, why: examined.why });
    }
  }
  // The last written first: of two writers' orphans of one entry, it is the one put in place.
  return { whole: whole.sort((a, b) => b.written - a.written).map((found) => found.partial), recent, kept };
}

/** Why the orphans were not put back now, in English and as data (the system's words where the product has none). */
function notNowOf(why: Reason | string): Pick<OrphanRepair, 'notNow' | 'notNowWhy'> {
  return { notNow: typeof why === 'string' ? why : englishReason(why), notNowWhy: why };
}

/** A failure as a reason of the product's (a disk failure, guarded: FsFailure), else the system's words. */
function failureWhy(error: unknown): Reason | string {
  return error instanceof FsFailure ? error.why : errorMessage(error);
}

/**
 * Puts the journal's whole orphans in place, as the header says. Never rejects: a failure of the
 * disk or a lock held by another run is told in `notNow` (and `notNowWhy`, for the host to word in
 * the user's language), and the orphans stay for the next unlock.
 */
export async function restoreOrphans(host: OrphanRepairHost, journal: OrphanKeys): Promise<OrphanRepair> {
  const fs = guarded(host.fs);
  const reading = { ...host, fs };
  let survey: OrphanSurvey;
  try {
    survey = await surveyOrphans(reading, journal);
  } catch (error) {
    return { whole: [], recent: [], kept: [], restored: [], ...notNowOf(failureWhy(error)) };
  }
  if (survey.whole.length === 0) {
    return { ...survey, restored: [] }; // The usual case: nothing written, not even the lock.
  }
  let lock;
  try {
    lock = await acquireLock(fs, lockHolder(host, 'unlock'), host.liveness);
  } catch (error) {
    return { ...survey, restored: [], ...notNowOf(failureWhy(error)) };
  }
  if (!lock.ok) {
    return { ...survey, restored: [], ...notNowOf(lock.why) };
  }
  const sealing = sealingOf(journal.keys);
  const restored: string[] = [];
  let notNow: Reason | string | undefined;
  try {
    for (const partial of survey.whole) {
      // Again under the lock: another window may have put it back, or saved the entry, meanwhile.
      if ((await examine(reading, sealing, journal.names, partial)).kind === 'whole') {
        await fs.rename(partial, finalPathOf(partial));
        restored.push(finalPathOf(partial));
      }
    }
  } catch (error) {
    notNow = failureWhy(error);
  }
  try {
    await lock.release();
  } catch (error) {
    notNow ??= reason('lock-not-removed-unlock', failureWhy(error));
  }
  return { ...survey, restored, ...(notNow === undefined ? {} : notNowOf(notNow)) };
}
