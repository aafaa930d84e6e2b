// The migration marker's partial as its only copy. A rename that deletes its target first
// (vscode.workspace.fs in the web, virtual and remote hosts) killed between the delete and the rename
// leaves `migration.json` only in the partial of the run that wrote it (`migration.json.<writer>.lj-partial`,
// or up to bf32f66 `migration.json.lj-partial`); whole, it is the marker. Only a run holding the
// journal's lock writes the marker, and each puts one found so in place before it writes its own
// (migrationRun.ts runLocked), so at most one partial holds a whole marker while migration.json is
// missing; others are writes cut short. Its own file so that both readJournalState (journalUnlock.ts)
// and runLocked (migrationRun.ts), which the other imports, can use it.
import type { JournalFs } from './journalFs';
import { readMarker } from './journalState';
import { MARKER_PATH, PROCESS_WRITER } from './layout';
import { partialsOf } from './partialsOf';
import { isReason } from './reasons';

/** A partial of the marker that is whole (it parses and validates), when migration.json is missing; else undefined. */
export async function orphanedMarker(fs: JournalFs): Promise<{ readonly path: string; readonly bytes: Uint8Array } | undefined> {
  if (await fs.read(MARKER_PATH) !== undefined) {
    return undefined;
  }
  for (const path of await partialsOf(fs, MARKER_PATH, [PROCESS_WRITER])) {
    const bytes = await fs.read(path);
    if (bytes !== undefined && !isReason(readMarker(bytes))) {
      return { path, bytes };
    }
  }
  return undefined;
}
