// The names a window keeps when names.age, read again, lacks ids it knows whose files are still there
// (ninth review, finding 3): a sync removed names.age and a window opened since, knowing no names,
// wrote it afresh with only its own new entry; or a sync put back an older names.age. Every change of
// this version takes an id out of names.age only after its file is gone (a delete), or gives its name
// to another id (a rename over an entry, whose file then goes), so an id this window knows, whose file
// is there, whose name no id in names.age has, was not taken out by any window: its name was lost, and
// this window still has it. DecryptingJournalFs keeps such names in its view at a listing and writes
// them back into names.age, under the names lock, at its next change — before that change's own
// checks, so a save of such an entry is not refused as "deleted in another window".
import type { NameMap } from './nameMap';

/**
 * The ids (and their names) of `known` that `read` lacks, whose name `read` gives no id, and whose
 * file `there` finds. Empty when `read` lacks none of `known`'s ids (the usual case: nothing is read).
 */
export async function knownNamesLacking(read: NameMap, known: NameMap, there: (id: string) => Promise<boolean>): Promise<Map<string, string>> {
  const taken = new Set(read.values());
  const lacking = new Map<string, string>();
  for (const [id, path] of known) {
    if (!read.has(id) && !taken.has(path) && await there(id)) {
      lacking.set(id, path);
      taken.add(path);
    }
  }
  return lacking;
}
