// Where an interrupted save is kept beside its entry, by the one rule the save
// (decryptingJournalFs.ts) and the migrations (entrySteps.ts settlePartials) share: the first free
// of KEPT_MAX slots, `NAME (interrupted save).md`, then `NAME (interrupted save 2).md`, … A bound, so
// a save cut off again and again can neither fill a folder unseen nor loop: when every slot is held,
// nothing is kept and the caller keeps what it has and says why — the save is refused with
// KeptSavesFull (its text stays in the editor), the migration leaves the partial as it is and lists
// it. Either way nothing is lost, and deleting copies the user does not need frees slots. Pure.
import { partialPath } from './layout';
import { englishReason, reason, type Reason } from './reasons';

/** How many interrupted saves of one entry may be kept beside it before a save or a migration stops to ask the user. */
export const KEPT_MAX = 100;

/** `2026/11/2026-11-23.md` → `2026/11/2026-11-23 (interrupted save).md`, then `… (interrupted save 2).md`, …; `.md.age` alike. */
export function interruptedSaveName(path: string, n: number): string {
  return path.replace(/(\.md(?:\.age)?)$/i, ` (interrupted save${n === 1 ? '' : ` ${n}`})$1`);
}

/**
 * Keeps a copy in the first free slot beside the entry `path`: `claim(name)` puts the copy at `name`
 * and resolves true, or resolves false when that slot is held (a file is there, or another writer
 * took it first), and the next slot is tried. Resolves to the name the copy took; undefined when all
 * KEPT_MAX slots are held, and nothing was kept.
 */
export async function keepInFreeSlot(path: string, claim: (name: string) => Promise<boolean>): Promise<string | undefined> {
  for (let n = 1; n <= KEPT_MAX; n++) {
    const name = interruptedSaveName(path, n);
    if (await claim(name)) {
      return name;
    }
  }
  return undefined;
}

/** A save refused because KEPT_MAX interrupted saves of its entry are kept already, and the unfinished one would be lost; nothing was written. */
export class KeptSavesFull extends Error {
  readonly why: Reason;

  /** `path` is the entry (plain), `sealedPath` the file its unfinished save's partial is beside. */
  constructor(readonly path: string, sealedPath: string) {
    const why = reason('kept-full-save', path, KEPT_MAX, partialPath(sealedPath));
    super(englishReason(why));
    this.why = why;
    this.name = 'KeptSavesFull';
  }
}
