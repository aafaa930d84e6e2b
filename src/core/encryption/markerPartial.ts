// The migration marker's partial as its only copy. A rename that deletes its target first
// (vscode.workspace.fs in the web, virtual and remote hosts) killed between the delete and the rename
// leaves `migration.json` only as `migration.json.lj-partial`; whole, it is the marker. Its own file
// so that both readJournalState (journalUnlock.ts) and runLocked (migrationRun.ts), which the other
// imports, can use it.
import type { JournalFs } from './journalFs';
import { readMarker } from './journalState';
import { MARKER_PATH, partialPath } from './layout';
import { isReason } from './reasons';

/** The marker's partial when migration.json is missing and the partial is a whole marker (it parses and validates); else undefined. */
export async function orphanedMarker(fs: JournalFs): Promise<Uint8Array | undefined> {
  const partial = await fs.read(partialPath(MARKER_PATH));
  return partial !== undefined && !isReason(readMarker(partial)) && await fs.read(MARKER_PATH) === undefined ? partial : undefined;
}
