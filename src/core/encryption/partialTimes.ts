// The one-minute rule for a window (layout.ts): another writer's partial, or an old-style one, is
// taken by a writer without the journal's lock only once it was last written SAFE_AGE_MS ago or more
// (no save takes a minute, so a younger one may be a save under way). A partial whose time the disk
// does not tell is young. The clock and the files' times come from the host, so a test can move them.
// The one reading of that rule, and of which of two writers' partials is the newer, for the unlock
// (orphanedPartials.ts, mapCopies.ts), the runs (entrySteps.ts), a window's saves
// (decryptingJournalFs.ts) and the plain files' restore (plainPartials.ts, and the extension's).
import type { JournalFs } from './journalFs';

/**
 * How long ago a partial must have been written before it is taken (put in place, or kept beside its
 * entry): no save takes a minute, so a younger one may be a save under way in another window.
 */
export const SAFE_AGE_MS = 60_000;

/** When files were last written, and what time it is now (both ms since 1970). */
export interface WriteTimes {
  readonly now: () => number;
  /** When the file at `path` was last written; undefined when nothing is there or the disk does not tell. */
  readonly modifiedAt: (path: string) => Promise<number | undefined>;
}

/** The system's clock and the disk's own `stat` (Node's fs); a disk without one tells no time, so nothing is old enough. */
export function diskTimes(fs: JournalFs): WriteTimes {
  return { now: () => Date.now(), modifiedAt: async (path) => (await fs.stat?.(path))?.mtime };
}

/** Whether a file last written at `written` (undefined or 0: the disk does not tell) is SAFE_AGE_MS old or more at `now` (header). */
export function writtenLongAgo(written: number | undefined, now: number): boolean {
  return written !== undefined && written > 0 && now - written >= SAFE_AGE_MS;
}

/** Whether the file at `path` was last written SAFE_AGE_MS ago or more (header). */
export async function oldEnough(times: WriteTimes, path: string): Promise<boolean> {
  return writtenLongAgo(await times.modifiedAt(path), times.now());
}

/**
 * `paths` the last written first: of two writers' partials of one file, the newer is the one put in
 * place, and the older then settled beside it. A time the disk does not tell sorts last; equal times keep their order.
 */
export async function newestFirst(paths: readonly string[], modifiedAt: WriteTimes['modifiedAt']): Promise<string[]> {
  const written = new Map<string, number>();
  for (const path of paths) {
    written.set(path, (await modifiedAt(path)) ?? 0);
  }
  return [...paths].sort((a, b) => (written.get(b) ?? 0) - (written.get(a) ?? 0));
}
