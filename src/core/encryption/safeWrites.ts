// Writing without ever exposing a half-written file: bytes go to `<path>.lj-partial`, are read back
// from the disk and checked, and only then renamed over `<path>` (a rename is atomic). A crash at any
// point leaves either the old file or the new one whole, plus perhaps a partial that the next run
// settles (entrySteps.ts). A write that fails (a full disk: ENOSPC) removes what it left of its
// partial before it rejects, so no half-written file stays behind (a crash, which cannot, leaves it).
import { equalBytes } from '../crypto/bytes';
import { partialPath } from './layout';
import type { JournalFs } from './journalFs';
import { MigrationStop } from './migrationRun';
import { reason } from './reasons';

/** Write beside, then rename: for small state files whose content needs no check. */
export async function writeAtomic(fs: JournalFs, path: string, bytes: Uint8Array): Promise<void> {
  const partial = partialPath(path);
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

/**
 * What a check makes of the bytes read back: they are the ones written (`true`), other bytes the disk
 * gave (`false`), or a whole file another writer put at the same partial name (`'another-writer'`:
 * two windows saving one entry at the same moment share `<path>.lj-partial`).
 */
export type WrittenCheck = (written: Uint8Array) => Promise<boolean | 'another-writer'>;

/** Whether `written` is of another length than `bytes` and begins as they do (up to the first line of a sealed file): another writer's file of the same kind, under way, or nothing yet. */
function otherWriterLike(written: Uint8Array, bytes: Uint8Array): boolean {
  const head = Math.min(written.length, FORMAT_LINE);
  return written.length !== bytes.length && equalBytes(written.subarray(0, head), bytes.subarray(0, head));
}

/** The length of age's first line (`age-encryption.org/v1` and its newline), which every sealed file starts with. */
const FORMAT_LINE = 22;

/** A write whose partial was taken by another writer at the same moment: nothing of this write was kept. */
export class PartialTaken extends MigrationStop {
  constructor(readonly path: string) {
    super(reason('partial-taken', path, partialPath(path)), 'verification');
    this.name = 'PartialTaken';
  }
}

/**
 * Write beside, read back, `check` what the disk returned, then rename over `path` — unless
 * `stillWanted` (asked just before the rename) says the write is no longer wanted, when the partial is
 * removed and false returned. A check that fails stops the operation: the disk gave back other bytes
 * than were written, and nothing may be removed on the strength of that write — unless a second read
 * finds the partial gone or changed again, or it is of another length than this write and begins as
 * it does: another writer's write of it was under way (PartialTaken). A partial gone, or
 * holding another writer's whole file, stops it with PartialTaken, and is left to that writer — also
 * when it is gone at the rename (the other writer's rename of it came first), or holds other bytes
 * than this write's when the rename fails (gone, then written again by the other writer): nothing of
 * this write landed.
 */
export async function writeVerified(
  fs: JournalFs,
  path: string,
  bytes: Uint8Array,
  check: WrittenCheck,
  stillWanted?: () => Promise<boolean>,
): Promise<boolean> {
  const partial = partialPath(path);
  await writeOrClear(fs, partial, bytes);
  const written = await fs.read(partial);
  const verdict = written === undefined ? 'another-writer' : await check(written);
  if (verdict === 'another-writer') {
    throw new PartialTaken(path);
  }
  if (!verdict) {
    // Another writer's write of the same partial under way (two windows; Node's fs truncates, then
    // writes) reads back as bytes that do not open — of another length than this write and
    // beginning as it does (the same format line), or empty — and then changes or goes (its
    // rename); a disk that garbles this write gives other bytes of its length, the same again.
    const again = await fs.read(partial);
    if (again === undefined || written === undefined || !equalBytes(again, written) || otherWriterLike(written, bytes)) {
      throw new PartialTaken(path);
    }
    await fs.remove(partial);
    throw new MigrationStop(reason('disk-read-back', partial), 'verification');
  }
  if (stillWanted !== undefined && !(await stillWanted())) {
    await fs.remove(partial);
    return false;
  }
  try {
    await fs.rename(partial, path);
  } catch (error) {
    const now = await fs.read(partial).then((found) => found ?? 'gone', () => 'unread' as const);
    if (now === 'gone' || (now !== 'unread' && !equalBytes(now, bytes))) {
      // Gone between the read-back and the rename (another writer wrote the same partial and renamed it
      // into place first), or gone and written again by another writer since: nothing of this write landed.
      throw new PartialTaken(path);
    }
    throw error;
  }
  return true;
}
