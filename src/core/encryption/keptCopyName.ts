// The name a kept copy of a dead window's cut-off save gets in an opaque journal. A save cut off
// between its write and its rename, beside its entry's file and holding other text, is kept as a new
// entry (entrySteps.ts settlePartials); the unlock (orphanedPartials.ts) and the runs (Change
// Passphrase, Encrypt, Decrypt) give that new opaque file the name `NAME (interrupted save).md` in
// names.age, as a window's own save names the copy it keeps (decryptingJournalFs.ts keepAside), so no
// window lists it as recovered/ID.md or warns that its name was lost.
import type { Sealing } from './entrySteps';
import type { EntryNames } from './entryNames';
import type { JournalFs } from './journalFs';
import { readNameMapFile, writeNameMap } from './journalUnlock';
import { keepInFreeSlot } from './keptSaves';
import { newOpaqueId, opaqueIdOf, opaquePath, PROCESS_WRITER } from './layout';
import { withRunNamesLock, type MigrationHost } from './migrationRun';

/** A kept copy's new opaque file, and the name names.age now gives it. */
export interface KeptCopyName {
  readonly file: string;
  readonly name: string;
}

/**
 * Under the names lock: gives a kept copy of the entry whose opaque file is `finalPath` the first
 * free `NAME (interrupted save N).md` (in `words`, the user's language; keptSaves.ts) in names.age, as
 * read now — written before the copy's file exists, as every id is, with the ids names.age lists as
 * gone still listed (a window would otherwise give such an id its old name back: knownNames.ts) —
 * and resolves to the copy's new opaque file and its name; 'full' when all KEPT_MAX names are held;
 * undefined when names.age does not name the entry (a gone id has no name there: its copy stays
 * unnamed, read as recovered/ID.md, as the entry it was cut off from is).
 */
export async function nameKeptCopy(fs: JournalFs, sealing: Sealing, finalPath: string, words: string | undefined): Promise<KeptCopyName | 'full' | undefined> {
  const id = opaqueIdOf(finalPath);
  const read = await readNameMapFile(fs, sealing);
  const entry = id === undefined ? undefined : read.map.get(id);
  if (entry === undefined) {
    return undefined;
  }
  const taken = new Set(read.map.values());
  const keptId = newOpaqueId();
  const name = await keepInFreeSlot(entry, {
    ...(words === undefined ? {} : { words }),
    held: async (path) => taken.has(path) || await fs.read(path) !== undefined,
    claim: async (path) => {
      await writeNameMap(fs, { ...read, map: new Map([...read.map, [keptId, path]]) }, sealing, PROCESS_WRITER);
      return true;
    },
  });
  return name === undefined ? 'full' : { file: opaquePath(keptId), name };
}

/**
 * For a run, which holds the journal's lock but not the names lock: settlePartials' `nameKept`,
 * naming each kept copy (nameKeptCopy) under the names lock, taken for it as the runs take it around
 * their reads and writes of names.age (migrationRun.ts withRunNamesLock), and recording the name in
 * the run's `names` too: a decrypt writes the copy to that plain name, and an encrypt's later write of
 * names.age keeps it.
 */
export function runNamesKept(host: Pick<MigrationHost, 'me' | 'liveness' | 'now' | 'keptWords'>, fs: JournalFs, sealing: Sealing, names: EntryNames): (finalPath: string) => Promise<string | 'full' | undefined> {
  return async (finalPath) => {
    const named = await withRunNamesLock(host, fs, () => nameKeptCopy(fs, sealing, finalPath, host.keptWords));
    if (named === undefined || named === 'full') {
      return named;
    }
    names.name(opaqueIdOf(named.file) ?? '', named.name);
    return named.file;
  };
}
