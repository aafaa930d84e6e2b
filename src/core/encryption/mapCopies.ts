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
// place by the next run, never removed here. A disk that cannot list the folder finds none.
import type { Sealing } from './entrySteps';
import type { JournalFs } from './journalFs';
import { isPartialOf, NAMES_PATH, PRODUCT_FOLDER, stagedPath } from './layout';
import { oldEnough, type WriteTimes } from './partialTimes';

/** The dead copies of the map beside a whole names.age (header), by path; reads only. */
export async function deadMapCopies(fs: JournalFs, sealing: Sealing, times: WriteTimes): Promise<string[]> {
  if (fs.listFolder === undefined) {
    return [];
  }
  const copies = (await fs.listFolder(PRODUCT_FOLDER)).map((name) => `${PRODUCT_FOLDER}/${name}`)
    .filter((path) => isPartialOf(path, NAMES_PATH) || path === stagedPath(NAMES_PATH));
  if (copies.length === 0) {
    return []; // The usual case: one listing of a folder of a few files.
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
