// The one-minute rule for a window (layout.ts): another writer's partial, or an old-style one, is
// taken by a writer without the journal's lock only once it was last written SAFE_AGE_MS ago or more
// (no save takes a minute, so a younger one may be a save under way). A partial whose time the disk
// does not tell is young. The clock and the files' times come from the host, so a test can move them.
import type { JournalFs } from './journalFs';
import { SAFE_AGE_MS } from './entrySteps';

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

/** Whether the file at `path` was last written SAFE_AGE_MS ago or more (header). */
export async function oldEnough(times: WriteTimes, path: string): Promise<boolean> {
  const written = await times.modifiedAt(path);
  return written !== undefined && written > 0 && times.now() - written >= SAFE_AGE_MS;
}
