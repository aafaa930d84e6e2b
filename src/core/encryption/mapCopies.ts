// The copies of the map of opaque names a closed window leaves beside names.age, in the product's
// folder: its own partial `names.age.<writer>.lj-partial` (cut off between its write and its rename
// to the staged name), the staged map `names.age.lj-staged` (cut off before its rename over
// names.age), or an earlier version's `names.age.lj-partial`. While names.age is there and opens, none
// of them holds a name any file uses: a window writes the map before any file uses an id it gives
// (decryptingJournalFs.ts ensureId), so a map write cut off left its entry's file unwritten, and a
// rename made only in the map did not happen. So the unlock removes them, under its lock
// (orphanedPartials.ts), once they were last written SAFE_AGE_MS ago — a younger one may be a live
// window's map write under way (layout.ts) — as a run removes them under its own (journalUnlock.ts
// settleNameMap). With names.age missing they are the map's only copies: read by the unlock and put in
// place by the next run, never removed here. A disk that cannot list the folder finds only the copies
// whose names are known without a listing (mapCopies).
import type { Sealing } from './entrySteps';
import type { JournalFs } from './journalFs';
import { NAMES_PATH, stagedPath } from './layout';
import { partialsOf } from './partialsOf';
import { oldEnough, type WriteTimes } from './partialTimes';

/**
 * Every copy of the map beside names.age, whoever left it: the staged map, when it is there, then the
 * map's partials of any writer (partialsOf: the product's folder listed; a disk that cannot list finds
 * the old-style one and those of `writers`). The one lister, for the unlock (deadMapCopies) and the
 * runs and readers of a missing names.age (journalUnlock.ts).
 */
export async function mapCopies(fs: JournalFs, writers: readonly string[] = []): Promise<string[]> {
  const staged = stagedPath(NAMES_PATH);
  const partials = await partialsOf(fs, NAMES_PATH, writers);
  return await fs.read(staged) === undefined ? partials : [staged, ...partials];
}

/** The dead copies of the map beside a whole names.age (header), by path; reads only. */
export async function deadMapCopies(fs: JournalFs, sealing: Sealing, times: WriteTimes): Promise<string[]> {
  const copies = await mapCopies(fs);
  if (copies.length === 0) {
    return []; // The usual case: one listing of a folder of a few files, and one read of a staged map not there.
  }
  const map = await fs.read(NAMES_PATH);
  if (map === undefined || !(await sealing.open(NAMES_PATH, map)).ok) {
    return [];
  }
  const dead: string[] = [];
  for (const copy of copies) {
    if (await oldEnough(times, copy)) {
      dead.push(copy);
    }
  }
  return dead;
}
