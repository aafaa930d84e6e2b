// Saves that were cut off between the write and the rename, put back when the journal is unlocked. A
// save writes the sealed entry to its writer's partial, `NAME.md.age.<writer>.lj-partial` (layout.ts;
// `NAME.md.age.lj-partial` up to bf32f66, still put back), proves it, and renames it over
// `NAME.md.age`; through `vscode.workspace.fs` (the web, remote hosts) that rename deletes the target
// first, so a window closed in that moment leaves the partial, whole, and no `NAME.md.age`: the entry
// would be missing from the journal until a migration settled it.
//
// Contracts:
// - Orphans (entrySteps.ts partialStanding: neither the file the partial was to become nor that
//   file's source is there) are put in place (renamed, never copied or rewritten) only when they are
//   an encrypted entry's, were last written at least SAFE_AGE_MS ago — so a save under way in another
//   window is never raced: whoever wrote it, a partial younger than that is a live writer's as far as
//   this step knows (layout.ts), and is neither renamed nor removed — and open whole with the
//   journal's keys (age checks every chunk, so a cut or damaged file fails). Any other orphan is left
//   as it is; one that does not open is reported with why. Two writers' whole orphans of one entry
//   (two windows' saves of a new entry, both cut off): the one written last is put in place, and the
//   other is then beside it, settled as below.
// - An encrypted entry's partial beside its entry's file (or its source), written at least
//   SAFE_AGE_MS ago, is a dead writer's save cut off between its write and its rename (a window
//   writes only its own partial, so no save of this version ever meets another's): it is settled by
//   the migrations' rules (settlePartials) under the lock — kept as the new entry `NAME (interrupted
//   save).md` beside its own (in the host's words; in an opaque journal a new opaque file that
//   names.age gives that name, written under the names lock before the file exists — read as
//   `recovered/ID.md` only where names.age does not name the entry) when it holds text the entry
//   does not, and each kept one is told
//   (`keptAside`); removed when it holds the entry's text, or age finds it cut short or damaged (a
//   write that never finished). One whole but sealed to another key — a save cut off before a
//   passphrase change in another window resealed its entry — may be the only copy of that text: it
//   is left as it is and listed with age's reason (`kept`), as such an orphan is. Up to
//   bf32f66 the next save of the entry did this; now the unlock does, so it is not hidden in VS Code,
//   whose *Encrypt Journal…* refuses an encrypted journal.
// - Copies of the map of opaque names that closed windows left beside a whole names.age, last written
//   at least SAFE_AGE_MS ago, are removed under the same lock (mapCopies.ts): they hold no name any
//   file uses.
// - The survey only reads. Renames happen only when there is something to put back, under the lock
//   the migrations take (lock.ts), after each orphan is examined again: a second window unlocking at
//   the same moment, or a migration, either waits its turn or finds the work done. An unlock's hold of
//   that lock is judged by lockLiveness.ts unlockHoldLiveness (its process gone, or taken over ten
//   minutes ago: an unlock takes seconds), and an unlock that finds such a dead unlock's lock takes it
//   over and removes it even when it has nothing to put back: a window killed while it held it leaves
//   no lock for good (the open windows' saves are not refused by it either: keyStamp.ts).
// - Wherever a window's save holds the names lock through its last check and its rename (namesLock.ts,
//   decryptingJournalFs.ts fileChange) — every opaque journal, and one of readable names where the
//   host's exclusive create is exact (Node's fs: the desktop) — the examining again, the renames and
//   the settling hold it too, taken after the journal's lock as the runs take it (migrationRun.ts
//   withRunNamesLock): a save told "saved" has then landed before an orphan is examined, and the
//   orphan is beside that save (settled, its text kept aside), never renamed over it. A names lock
//   held through every try leaves the orphans for the next unlock (`notNow`: names-lock-busy).
//   Where the create is a check and a write (vscode.workspace.fs: web, virtual and remote folders) a
//   readable journal's saves take no names lock, so the unlock takes none there either: nothing it
//   could wait for holds it, and it would cost a 100 ms read-back (NAMES_LOCK_CONFIRM_MS) for nothing.
//   There the moment readable saves leave between a last check and a rename remains: a window's save
//   of an entry whose file a cut-off save left missing, landing in the milliseconds between the
//   unlock's examining again and its rename, is lost under the dead save, as a second window's save
//   landing in that moment is (decryptingJournalFs.ts header).
import type { Sealing } from './entrySteps';
import { partialStanding, settlePartials } from './entrySteps';
import { RECOVERED_FOLDER, type EntryNames } from './entryNames';
import { listJournal } from './journalListing';
import { sealingOf } from './journalUnlock';
import { nameKeptCopy } from './keptCopyName';
import { finalPathOf, isEncryptedEntryPath, LOCK_PATH, opaqueIdOf } from './layout';
import { acquireLock } from './lock';
import { parseHolder, unlockHoldLiveness, type Liveness } from './lockLiveness';
import { deadMapCopies } from './mapCopies';
import { entryChangesLocked } from './namesLock';
import { FsFailure, guarded, lockHolder, MigrationStop, withRunNamesLock, type Attention, type MigrationHost } from './migrationRun';
import { newestFirst, oldEnough, writtenLongAgo, type WriteTimes } from './partialTimes';
import { ageReason, englishReason, reason, type Reason } from './reasons';
import { errorMessage } from '../text/errorMessage';
import type { JournalFs } from './journalFs';
import type { UnlockedJournal } from './unlockJournal';

/** What the survey reads: the journal's disk, the clock, and files' modification times. */
export interface OrphanReading {
  readonly fs: JournalFs;
  readonly now: () => Date;
  /** When the file at `path` was last written (ms since 1970); undefined when nothing is there. */
  readonly modifiedAt: (path: string) => Promise<number | undefined>;
}

/**
 * What putting orphans back needs besides: who this is, for the journal's lock (as a migration's
 * host), and the words of a kept copy's name in the user's language (keptSaves.ts; English when absent).
 */
export type OrphanRepairHost = OrphanReading & Pick<MigrationHost, 'me' | 'liveness' | 'heartbeat' | 'keptWords'>;

/** The unlocked journal's keys and names, and how it is encrypted (whether the names lock is taken: header). */
type OrphanKeys = Pick<UnlockedJournal, 'keys' | 'names' | 'descriptor'>;

export interface OrphanSurvey {
  /** Orphans (partial paths) old enough that open whole with the journal's keys: saves to put back, the last written first. */
  readonly whole: readonly string[];
  /** Orphans written less than SAFE_AGE_MS ago, or at a time the file system does not tell: a save may be under way. */
  readonly recent: readonly string[];
  /** Orphans that do not open (another key, cut short, damaged) or hold a plain entry: left as they are, with why (in English, and as data). */
  readonly kept: readonly Attention[];
  /**
   * Partials of encrypted entries beside their entry's file (or its source), written at least
   * SAFE_AGE_MS ago: a dead writer's save cut off between its write and its rename, to set aside
   * (header). Whole or not: settlePartials tells.
   */
  readonly beside: readonly string[];
}

/** A save set aside by the unlock as a new entry beside its own (header). */
export interface KeptAside {
  /**
   * The entry the save was of: its encrypted path (readable names) or its name (opaque names); where
   * names.age gives its file no name (an id listed as gone — another window renamed an entry over
   * it, its file left — or a name lost), what the user sees it as, `recovered/ID.md`, and `unnamed`.
   */
  readonly entry: string;
  /** Opaque names: names.age gives the entry no name, so `entry` is its `recovered/ID.md` (absent: it has one). */
  readonly unnamed?: true;
  /** The new entry's file, `NAME (interrupted save).md.age` (readable names) or a new opaque file. */
  readonly kept: string;
  /** Opaque names: the name names.age gives the new file, `NAME (interrupted save).md`; absent when it gives none (read as `recovered/ID.md`). */
  readonly name?: string;
}

export interface OrphanRepair extends OrphanSurvey {
  /** The entries' files put back in place (final paths, `NAME.md.age`). */
  readonly restored: readonly string[];
  /** Copies of the map of opaque names closed windows left beside a whole names.age, removed (mapCopies.ts). */
  readonly mapCopiesRemoved: readonly string[];
  /** Saves set aside as new entries: another writer's beside its entry. */
  readonly keptAside: readonly KeptAside[];
  /** Why the whole orphans were not (all) put back now: another run holds the journal's lock, or the disk failed; in English. */
  readonly notNow?: string;
  /** `notNow` as data for a translation (reasons.ts), or the system's own words where it has no reason of the product's. */
  readonly notNowWhy?: Reason | string;
}

type Examined = { readonly kind: 'none' | 'recent' | 'beside' | 'whole' } | { readonly kind: 'kept'; readonly reason: string; readonly why: Reason };

const NONE: Examined = { kind: 'none' };

/** One partial, read and checked; `none` when it is not an orphan (or is gone). */
async function examine(reading: OrphanReading, sealing: Sealing, names: EntryNames, partial: string): Promise<Examined> {
  const { fs } = reading;
  const standing = await partialStanding(fs, partial, (path) => names.sourceOf(path));
  const finalPath = finalPathOf(partial);
  if (standing === 'redundant') {
    return isEncryptedEntryPath(finalPath) && await oldEnough(timesOf(reading), partial) ? { kind: 'beside' } : NONE;
  }
  if (standing !== 'orphan') {
    return NONE;
  }
  if (!isEncryptedEntryPath(finalPath)) {
    const why = reason('orphan-plain', partial);
    return { kind: 'kept', reason: englishReason(why), why };
  }
  const written = await reading.modifiedAt(partial);
  if (written === undefined) {
    return NONE;
  }
  if (!writtenLongAgo(written, reading.now().getTime())) {
    return { kind: 'recent' };
  }
  const bytes = await fs.read(partial);
  if (bytes === undefined) {
    return NONE;
  }
  const opened = await sealing.open(partial, bytes);
  if (!opened.ok) {
    return { kind: 'kept', reason: opened.failure.message, why: ageReason(opened.failure) };
  }
  return { kind: 'whole' };
}

/** The reading's clock and file times, as the one-minute rule reads them (partialTimes.ts). */
function timesOf(reading: OrphanReading): WriteTimes {
  return { now: () => reading.now().getTime(), modifiedAt: reading.modifiedAt };
}

/** The journal's orphaned partials and what each is; reads only. */
export async function surveyOrphans(reading: OrphanReading, journal: OrphanKeys, partials?: readonly string[]): Promise<OrphanSurvey> {
  const sealing = sealingOf(journal.keys);
  const whole: string[] = [];
  const recent: string[] = [];
  const kept: Attention[] = [];
  const beside: string[] = [];
  for (const partial of partials ?? (await listJournal(reading.fs)).partials) {
    const examined = await examine(reading, sealing, journal.names, partial);
    if (examined.kind === 'whole') {
      whole.push(partial);
    } else if (examined.kind === 'recent') {
      recent.push(partial);
    } else if (examined.kind === 'kept') {
      kept.push({ path: partial, reason: examined.reason, why: examined.why });
    } else if (examined.kind === 'beside') {
      beside.push(partial);
    }
  }
  // The last written first: of two writers' orphans of one entry, it is the one put in place.
  return { whole: await newestFirst(whole, reading.modifiedAt), recent, kept, beside };
}

/** Why the orphans were not put back now, in English and as data (the system's words where the product has none). */
function notNowOf(why: Reason | string): Pick<OrphanRepair, 'notNow' | 'notNowWhy'> {
  return { notNow: typeof why === 'string' ? why : englishReason(why), notNowWhy: why };
}

/** A failure as a reason of the product's (a disk failure, guarded: FsFailure), else the system's words. */
function failureWhy(error: unknown): Reason | string {
  if (error instanceof MigrationStop && error.why !== undefined) {
    return error.why; // The names lock held through every try (withRunNamesLock).
  }
  return error instanceof FsFailure ? error.why : errorMessage(error);
}

/**
 * Takes over and releases the journal's lock when it holds an unlock's holder `liveness` finds dead
 * (header): the window was killed, or could not remove it, while it put back cut-off saves. Nothing
 * else is touched; any other lock, or a live unlock's, is left. Undefined when done or nothing to do,
 * else why the lock stays (the disk's failure rejects).
 */
async function removeDeadUnlockLock(fs: JournalFs, host: OrphanRepairHost, liveness: Liveness): Promise<Reason | string | undefined> {
  const found = await fs.read(LOCK_PATH);
  const holder = found === undefined ? undefined : parseHolder(found);
  if (holder?.operation !== 'unlock' || liveness(holder) !== 'dead') {
    return undefined;
  }
  const lock = await acquireLock(fs, lockHolder(host, 'unlock'), liveness);
  if (!lock.ok) {
    return lock.why; // Another run took it first: theirs, and alive.
  }
  await lock.release();
  return undefined;
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
    return { whole: [], recent: [], kept: [], beside: [], restored: [], mapCopiesRemoved: [], keptAside: [], ...notNowOf(failureWhy(error)) };
  }
  const sealing = sealingOf(journal.keys);
  const times = timesOf(host);
  let mapCopies: string[];
  try {
    mapCopies = await deadMapCopies(fs, sealing, times);
  } catch (error) {
    return { ...survey, restored: [], mapCopiesRemoved: [], keptAside: [], ...notNowOf(failureWhy(error)) };
  }
  // An unlock's lock is judged as a save judges it (lockLiveness.ts unlockHoldLiveness): a killed or stuck one is taken over.
  const liveness = unlockHoldLiveness(host.liveness, host.now);
  if (survey.whole.length === 0 && survey.beside.length === 0 && mapCopies.length === 0) {
    // The usual case: nothing written, not even the lock — but for a dead unlock's lock left behind (header).
    const notNow = await removeDeadUnlockLock(fs, host, liveness).catch((error: unknown) => failureWhy(error));
    return { ...survey, restored: [], mapCopiesRemoved: [], keptAside: [], ...(notNow === undefined ? {} : notNowOf(notNow)) };
  }
  let lock;
  try {
    lock = await acquireLock(fs, lockHolder(host, 'unlock'), liveness);
  } catch (error) {
    return { ...survey, restored: [], mapCopiesRemoved: [], keptAside: [], ...notNowOf(failureWhy(error)) };
  }
  if (!lock.ok) {
    return { ...survey, restored: [], mapCopiesRemoved: [], keptAside: [], ...notNowOf(lock.why) };
  }
  const restored: string[] = [];
  const mapCopiesRemoved: string[] = [];
  const keptAside: KeptAside[] = [];
  const attention: Attention[] = [];
  let notNow: Reason | string | undefined;
  // The examining again, the renames, the settling and the map's copies: under the names lock too wherever a save holds it (header).
  const putBack = async (): Promise<void> => {
    for (const partial of survey.whole) {
      // Again under the lock: another window may have put it back, or saved the entry, meanwhile.
      if ((await examine(reading, sealing, journal.names, partial)).kind === 'whole') {
        await fs.rename(partial, finalPathOf(partial));
        restored.push(finalPathOf(partial));
      }
    }
    // Another writer's partials beside their entry, and the other writers' orphans of an entry just put back.
    const besides: string[] = [];
    for (const partial of [...survey.beside, ...survey.whole]) {
      if ((await examine(reading, sealing, journal.names, partial)).kind === 'beside') {
        besides.push(partial);
      }
    }
    const keptNames = new Map<string, string>(); // Opaque file → the name names.age now gives it.
    const settled = await settlePartials(fs, besides, {
      sourceOf: (path) => journal.names.sourceOf(path),
      open: (path, bytes) => sealing.open(path, bytes),
      modifiedAt: host.modifiedAt,
      now: host.now,
      ...(host.keptWords === undefined ? {} : { keptWords: host.keptWords }),
      ...(journal.descriptor?.names === 'opaque' ? {
        nameKept: async (finalPath: string) => {
          const named = await nameKeptCopy(fs, sealing, finalPath, host.keptWords); // Under the names lock, taken above.
          if (named === undefined || named === 'full') {
            return named;
          }
          keptNames.set(named.file, named.name);
          return named.file;
        },
      } : {}),
    });
    keptAside.push(...settled.notes.map((note): KeptAside => {
      const name = keptNames.get(note.path);
      const entry = String(note.why?.args[0] ?? '');
      // An opaque entry names.age does not name is told by its own opaque file (settlePartials): named here as the user sees it.
      const unnamedId = journal.descriptor?.names === 'opaque' ? opaqueIdOf(entry) : undefined;
      return { entry: unnamedId === undefined ? entry : `${RECOVERED_FOLDER}/${unnamedId}.md`, kept: note.path, ...(name === undefined ? {} : { name }), ...(unnamedId === undefined ? {} : { unnamed: true as const }) };
    }));
    attention.push(...settled.attention);
    // Again under the lock: a window may have written the map since (its copy then younger, or names.age changed).
    for (const copy of await deadMapCopies(fs, sealing, times)) {
      if (mapCopies.includes(copy)) {
        await fs.remove(copy);
        mapCopiesRemoved.push(copy);
      }
    }
  };
  const namesLocked = journal.descriptor?.names === 'opaque' || entryChangesLocked(fs);
  try {
    await (namesLocked ? withRunNamesLock(host, fs, putBack) : putBack());
  } catch (error) {
    notNow = failureWhy(error);
  }
  try {
    await lock.release();
  } catch (error) {
    notNow ??= reason('lock-not-removed-unlock', failureWhy(error));
  }
  return { ...survey, kept: [...survey.kept, ...attention], restored, mapCopiesRemoved, keptAside, ...(notNow === undefined ? {} : notNowOf(notNow)) };
}
