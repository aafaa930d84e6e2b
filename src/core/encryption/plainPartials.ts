// What to do with a `.lj-partial` of a file kept plain in the journal — a template, a calendar file,
// anything in a dot-folder, `people.yml` — left by a save cut off between its write and its rename
// (safeWrites.ts writeAtomic). Through VS Code's file API (the web, virtual and remote folders) a rename
// over a file deletes it first, so a window closed in that moment leaves only the partial, whole: put it
// in place (`restore`). Not while it may be a save under way in another window (written less than
// SAFE_AGE_MS ago: `young`), and never over a file that is there (`beside`: the partial may hold newer
// text than the file, or be a write cut short; both are kept for the user). Plain files carry no check
// of their own, so unlike an entry's partial (orphanedPartials.ts) nothing proves the partial whole:
// it is the text the save wrote, and the only copy of it. Pure.
import { writtenLongAgo } from './partialTimes';

export type PlainPartialStanding = 'restore' | 'young' | 'beside';

/** `writtenAt`: when the partial was last written (ms), undefined when the disk does not say. */
export function plainPartialStanding(finalExists: boolean, writtenAt: number | undefined, now: number): PlainPartialStanding {
  if (finalExists) {
    return 'beside';
  }
  return writtenLongAgo(writtenAt, now) ? 'restore' : 'young';
}
