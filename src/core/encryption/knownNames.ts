// The names a window keeps when names.age, read again, lacks ids it knows whose files are still there
// (ninth review, finding 3): a sync removed names.age and a window opened since, knowing no names,
// wrote it afresh with only its own new entry; or a sync put back an older names.age. Every change of
// this version takes an id out of names.age only after its file is gone (a delete), or, renaming
// another entry over it, writes names.age with the id listed as `gone` before its file is removed —
// a removal that may not happen (a kill, a disk refusing it, the web's double-hold guard), the id
// staying listed while its file is there (nameMap.ts, decryptingJournalFs.ts putNames). So an id this
// window knows, not listed as gone, whose file is there, whose name no id in names.age has, was not
// taken out by any window of this version: its name was lost, and this window still has it. Not
// covered: a gone id whose mark a names.age written since without it lost (one written afresh after a
// sync removed it, a passphrase change's or an earlier version's write, an older one put back): the
// name then comes back holding the replaced text, listed and never deleted. DecryptingJournalFs keeps such names in its view at a listing and writes
// them back into names.age, under the names lock, at its next change — before that change's own
// checks, so a save of such an entry is not refused as "deleted in another window". Not when names.age
// says it was written over a damaged or missing list newer than this window's last read (its
// lostGeneration, nameMap.ts): the names this window knows may then be older than that list's, and
// writing them back could undo another window's change (decryptingJournalFs.ts, namesState.ts).
import type { NameMap } from './nameMap';

/**
 * The ids (and their names) of `known` that `read` lacks, that `read` does not list as `gone`, whose
 * name `read` gives no id, and whose file `there` finds. Empty when `read` lacks none of `known`'s ids
 * (the usual case: nothing is read).
 */
export async function knownNamesLacking(read: NameMap, known: NameMap, there: (id: string) => Promise<boolean>, gone: ReadonlySet<string> = new Set()): Promise<Map<string, string>> {
  const taken = new Set(read.values());
  const lacking = new Map<string, string>();
  for (const [id, path] of known) {
    if (!read.has(id) && !gone.has(id) && !taken.has(path) && await there(id)) {
      lacking.set(id, path);
      taken.add(path);
    }
  }
  return lacking;
}
