// Writing without ever exposing a half-written file: bytes go to the writer's own partial,
// `<path>.<writer>.lj-partial` (layout.ts), are read back from the disk and checked, and only then
// renamed over `<path>` (a rename is atomic). No other writer writes that name, so what is read back
// and renamed is this write's, whole: neither of two writers of one file can move the other's write
// under way into place. Whether a write still replaces what it began from is the caller's to ask
// (`stillWanted`, fileUnchanged): an entry's save and a passphrase change's reseal do, so of two
// saves of one entry the later is refused rather than lost under the other. A crash at any point leaves either the old file or
// the new one whole, plus perhaps a partial that the next run settles (entrySteps.ts). A write that
// fails (a full disk: ENOSPC) removes what it left of its partial before it rejects, so no
// half-written file stays behind (a crash, which cannot, leaves it).
import { equalBytes } from '../crypto/bytes';
import { errorCode } from '../text/errorMessage';
import { partialPath } from './layout';
import type { JournalFs } from './journalFs';
import { MigrationStop } from './migrationRun';
import { reason, type Reason } from './reasons';

/** Write beside, then rename: for small state files whose content needs no check. */
export async function writeAtomic(fs: JournalFs, path: string, bytes: Uint8Array, writer: string): Promise<void> {
  const partial = partialPath(path, writer);
  await writeOrClear(fs, partial, bytes);
  await fs.rename(partial, path);
}

/**
 * Writes `partial`; when that fails, removes what the failed write left of it (a full disk leaves a
 * file cut short) and rejects with the write's own error. A removal that fails too (a read-only disk,
 * where nothing was written) is not reported: the write's error is the one that says what happened.
 */
async function writeOrClear(fs: JournalFs, partial: string, bytes: Uint8Array): Promise<void> {
  try {
    await fs.write(partial, bytes);
  } catch (error) {
    await fs.remove(partial).catch(() => undefined);
    throw error;
  }
}

/** Whether the bytes read back are the ones written (true), or other bytes the disk gave (false). */
export type WrittenCheck = (written: Uint8Array) => Promise<boolean>;

/**
 * A write that replaced nothing because another writer got there first: saving again lands. Its
 * partial was taken before its rename (`taken`: by a run holding the journal's lock, whose lock
 * refuses the save anyway; or, once it is a minute old, by the unlock or a delete's settleDeadSaves
 * in another window, layout.ts — a save that slow); or the file changed since the write began
 * (another window's save, rename or delete, DecryptingJournalFs `write`); or, in an opaque journal,
 * names.age no longer pairs the entry's name with the id the window acted on (NamesChanged,
 * namesChanged.ts).
 * `why` says which, naming the file.
 */
export class PartialTaken extends MigrationStop {
  constructor(readonly path: string, why: Reason) {
    super(why, 'verification');
    this.name = 'PartialTaken';
  }

  /** The writer's `partial` of `path` was gone at its read-back or its rename. */
  static taken(path: string, partial: string): PartialTaken {
    return new PartialTaken(path, reason('partial-taken', path, partial));
  }
}

/**
 * A save refused before it wrote anything because the entry's file holds none of the versions the
 * editor's text rests on (DecryptingJournalFs `writeEntry`'s `basis`): another window's save landed
 * after this window last read or wrote the entry. `found`: the version found there — the one the
 * user is now told of, which a save made again may replace (the file system provider's rule).
 */
export class SavedSinceRead extends PartialTaken {
  constructor(path: string, readonly found: Uint8Array) {
    super(path, reason('saved-since-read', path));
    this.name = 'SavedSinceRead';
  }
}

/**
 * Whether the file at `path` still holds `then` (undefined: still nothing there): a writeVerified
 * `stillWanted` for a write that must not replace a save made after it began.
 */
export async function fileUnchanged(fs: JournalFs, path: string, then: Uint8Array | undefined): Promise<boolean> {
  const now = await fs.read(path);
  return now === undefined || then === undefined ? now === then : equalBytes(now, then);
}

/**
 * Write the writer's own partial, read it back, `check` what the disk returned, then rename it over
 * `path` — unless `stillWanted` (asked just before the rename) says the write is no longer wanted,
 * when the partial is removed and false returned (or rejects: the partial is removed, and its error
 * passed on). A check that fails stops the operation, the partial
 * removed: the disk gave back other bytes than were written, and nothing may be removed on the
 * strength of that write. A partial gone at its read-back or its rename was taken by another party
 * (PartialTaken): nothing of this write landed.
 */
export async function writeVerified(
  fs: JournalFs,
  path: string,
  bytes: Uint8Array,
  check: WrittenCheck,
  writer: string,
  stillWanted?: () => Promise<boolean>,
): Promise<boolean> {
  const partial = await writeChecked(fs, path, bytes, check, writer);
  const wanted = stillWanted === undefined || await stillWanted().catch(async (error: unknown) => {
    await fs.remove(partial).catch(() => undefined); // A check that could not be made leaves no partial: it rejects as a refusal would.
    throw error;
  });
  if (!wanted) {
    await fs.remove(partial);
    return false;
  }
  await renameOwn(fs, partial, path);
  return true;
}

/** The first steps of writeVerified: the writer's partial of `path`, written, read back and checked; resolves to its path. */
export async function writeChecked(fs: JournalFs, path: string, bytes: Uint8Array, check: WrittenCheck, writer: string): Promise<string> {
  const partial = partialPath(path, writer);
  await writeOrClear(fs, partial, bytes);
  const written = await fs.read(partial);
  if (written === undefined) {
    throw PartialTaken.taken(path, partial);
  }
  if (!(await check(written))) {
    await fs.remove(partial);
    throw new MigrationStop(reason('disk-read-back', partial), 'verification');
  }
  return partial;
}

/** Renames this writer's checked `partial` to `to`; one gone meanwhile was taken (PartialTaken), any other failure is the disk's. */
export async function renameOwn(fs: JournalFs, partial: string, to: string): Promise<void> {
  try {
    await fs.rename(partial, to);
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || await fs.read(partial).then((found) => found === undefined, () => false)) {
      throw PartialTaken.taken(to, partial);
    }
    throw error;
  }
}
