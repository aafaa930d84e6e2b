// Why a change to an opaque journal was refused under the names lock (namesLock.ts): the pairing of
// name and id the window acted on is no longer what names.age holds. The window read names.age when
// it last listed or changed the journal; another window's save, rename or delete since then changed
// it. Each refusal names the real cause, read from names.age as it is now, and says that nothing was
// written: the extension words it for a save, a rename or a delete (saveRefusal.ts).
import { RECOVERED_FOLDER } from './entryNames';
import type { NameMap } from './nameMap';
import { reason, type Reason, type ReasonId } from './reasons';
import { PartialTaken } from './safeWrites';

/** How names.age came to lack a name the window knew, its file still there (NamesState lossSinceBefore). */
export type NameLoss = 'replaced-unread' | 'replaced' | 'older' | 'unknown';

const LOSS_REASON = {
  'replaced-unread': 'lost-replaced-unread',
  replaced: 'lost-replaced',
  older: 'lost-older-list',
  unknown: 'lost-unknown',
} as const satisfies Record<NameLoss, ReasonId>;

/** What the window knew of the entry's id when names.age had changed under it (changedElsewhere). */
export interface SeenBefore {
  /** The window's names before its last read of names.age. */
  readonly before?: NameMap;
  /** Whether the id's file is still there. */
  readonly fileThere?: boolean;
  /** Whether names.age lists the id as gone. */
  readonly gone?: boolean;
  /** How names.age lost the name, when it did (NamesState lossSinceBefore). */
  readonly loss?: NameLoss;
}

/** What the window was doing when names.age had changed under it. */
export type NamesOperation = 'save' | 'rename' | 'delete';

/** A save, rename or delete refused because another window changed the entry's name or id (header); nothing was written. */
export class NamesChanged extends PartialTaken {
  constructor(path: string, readonly operation: NamesOperation, cause: Reason) {
    super(path, cause);
    this.name = 'NamesChanged';
  }
}

/**
 * The id `map` gives the entry `path`, if any; of two (a map read with one name twice is cut to one,
 * journalUnlock.ts oneIdPerName), the last, as EntryNames `idOf` gives it, so the two always agree.
 */
export function idIn(map: NameMap, path: string): string | undefined {
  let found: string | undefined;
  for (const [id, named] of map) {
    if (named === path) {
      found = id;
    }
  }
  return found;
}

/**
 * Why the entry `path`, which this window knew as the file `id`, is not that any more in `now`:
 * renamed (names.age gives `id` another name, which the refusal names) — and, when another id now
 * holds `path`, that another entry has its name; replaced (an entry this window knew, in `before`,
 * under another name was renamed to `path`, its file removed); deleted, and a new entry (an id this
 * window did not know under another name) now has the name; or deleted (neither name nor id is
 * there) — unless its file is still there (`fileThere`): then, when names.age lists `id` as gone
 * (`gone`), another window renamed an entry over it and its file was left (that rename cut off before
 * the removal, or the disk refused it: knownNames.ts); else names.age lost its name, and the refusal
 * says how, as far as the window can tell (`loss`): written anew over a damaged or missing list newer
 * than the window's last read (another window may have renamed the entry there), or over the one it
 * read by a window that did not know the entry, or an older list put back. Either way the refusal says
 * where its text is listed, recovered/<id>.md. Saving again writes over the entry now under the name in the cases where one is there.
 */
export function changedElsewhere(path: string, operation: NamesOperation, id: string | undefined, now: NameMap, seen: SeenBefore = {}): NamesChanged {
  const { before = new Map<string, string>(), fileThere = false, gone = false, loss = 'unknown' } = seen;
  const renamed = id === undefined ? undefined : now.get(id);
  const holder = idIn(now, path);
  if (renamed !== undefined) {
    return new NamesChanged(path, operation, holder === undefined ? reason('renamed-elsewhere', path, renamed) : reason('renamed-reused-elsewhere', path, renamed));
  }
  const recovered = id === undefined ? undefined : `${RECOVERED_FOLDER}/${id}.md`;
  if (recovered !== undefined && fileThere && gone) {
    // Renamed over in another window, its file left: it is listed as recovered/<id>.md, with its text.
    return new NamesChanged(path, operation, holder === undefined ? reason('replaced-kept-freed-elsewhere', path, recovered) : reason('replaced-kept-elsewhere', path, recovered));
  }
  const was = holder === undefined ? undefined : before.get(holder);
  if (holder !== undefined && was !== undefined && was !== path) {
    return new NamesChanged(path, operation, reason('replaced-elsewhere', path));
  }
  if (recovered !== undefined && fileThere) {
    // Not deleted: its file, named by its id, is still there, so names.age lost its name (how: `loss`)
    // and it is listed as recovered/<id>.md.
    const how = reason(LOSS_REASON[loss]);
    return new NamesChanged(path, operation, holder === undefined ? reason('name-lost-elsewhere', path, recovered, how) : reason('name-lost-reused-elsewhere', path, recovered, how));
  }
  return new NamesChanged(path, operation, holder === undefined ? reason('deleted-elsewhere', path) : reason('deleted-reused-elsewhere', path));
}
