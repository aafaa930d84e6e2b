// Writing without ever exposing a half-written file: bytes go to `<path>.lj-partial`, are read back
// from the disk and checked, and only then renamed over `<path>` (a rename is atomic). A crash at any
// point leaves either the old file or the new one whole, plus perhaps a partial that the next run
// settles (entrySteps.ts).
import { partialPath } from './layout';
import type { JournalFs } from './journalFs';
import { MigrationStop } from './migrationRun';

/** Write beside, then rename: for small state files whose content needs no check. */
export async function writeAtomic(fs: JournalFs, path: string, bytes: Uint8Array): Promise<void> {
  const partial = partialPath(path);
  await fs.write(partial, bytes);
  await fs.rename(partial, path);
}

/**
 * Write beside, read back, `check` what the disk returned, then rename over `path` — unless
 * `stillWanted` (asked just before the rename) says the write is no longer wanted, when the partial is
 * removed and false returned. A check that fails stops the operation: the disk gave back other bytes
 * than were written, and nothing may be removed on the strength of that write.
 */
export async function writeVerified(
  fs: JournalFs,
  path: string,
  bytes: Uint8Array,
  check: (written: Uint8Array) => Promise<boolean>,
  stillWanted?: () => Promise<boolean>,
): Promise<boolean> {
  const partial = partialPath(path);
  await fs.write(partial, bytes);
  const written = await fs.read(partial);
  if (written === undefined || !(await check(written))) {
    await fs.remove(partial);
    throw new MigrationStop(`${partial} did not read back as written (the disk returned other bytes), so nothing was replaced or removed; check the disk and run again`, 'verification');
  }
  if (stillWanted !== undefined && !(await stillWanted())) {
    await fs.remove(partial);
    return false;
  }
  await fs.rename(partial, path);
  return true;
}
