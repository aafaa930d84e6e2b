// The partials of one file, whoever wrote them (layout.ts): `<path>.<writer>.lj-partial` of any
// writer, and the old-style `<path>.lj-partial`. Found by listing the file's folder where the host can
// (JournalFs `listFolder`: Node's fs, vscode.workspace.fs); a host that cannot list finds only the
// names known without a listing — the old-style one and those of the `writers` given. For the
// product's own files (`.leadership-journal/`), a folder of a few files: listing the top of an opaque
// journal, which holds every entry, would cost a save milliseconds, so no save lists.
import { byCodeUnits } from '../text/order';
import type { JournalFs } from './journalFs';
import { folderOf } from './journalListing';
import { isPartialOf, legacyPartialPath, partialPath } from './layout';

export async function partialsOf(fs: JournalFs, path: string, writers: readonly string[] = []): Promise<string[]> {
  const folder = folderOf(path);
  if (fs.listFolder !== undefined && folder !== '') {
    const names = await fs.listFolder(folder);
    return names.map((name) => `${folder}/${name}`).filter((partial) => isPartialOf(partial, path)).sort(byCodeUnits);
  }
  const found: string[] = [];
  for (const partial of [legacyPartialPath(path), ...writers.map((writer) => partialPath(path, writer))]) {
    if (await fs.read(partial) !== undefined) {
      found.push(partial);
    }
  }
  return found.sort(byCodeUnits);
}
