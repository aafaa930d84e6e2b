// A window lists an opaque journal (VS Code's Explorer, the index) while another window deletes an
// entry, or renames another over it (eighth review, finding 4): the listing reads the files, then
// names.age, and the delete lands between the two. The deleted entry's file is gone with its id, so
// the listing shows no `recovered/ID.md` for it and tells of no lost name.
import * as assert from 'node:assert/strict';
import type { JournalFs } from '../../../../src/core/encryption/journalFs';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';
import { ONE_ON_ONE, opaqueJournal, TODAY, windowOn } from '../../../support/opaqueWindows';

/** `disk`, running `between` once, after its first listing and before that listing is returned. */
function afterList(disk: MemoryJournalFs, between: () => Promise<void>): JournalFs {
  let once = true;
  return {
    list: async () => {
      const listed = await disk.list();
      if (once) {
        once = false;
        await between();
      }
      return listed;
    },
    listFolder: (folder) => disk.listFolder(folder), read: (path) => disk.read(path), write: (path, bytes) => disk.write(path, bytes),
    createExclusive: (path, bytes) => disk.createExclusive(path, bytes), rename: (from, to) => disk.rename(from, to),
    remove: (path) => disk.remove(path), removeEmptyFolders: (path) => disk.removeEmptyFolders(path),
  };
}

describe('an opaque journal listed while another window deletes an entry', function () {
  this.timeout(60_000);
  for (const what of ['deletes TODAY', 'renames ONE_ON_ONE over TODAY'] as const) {
    it(`lists no recovered entry and tells of no lost name when the other window ${what} meanwhile`, async () => {
      const fs = await opaqueJournal();
      const other = await windowOn(fs);
      await other.list();
      const told: string[] = [];
      const view = await windowOn(fs, afterList(fs, () => (what === 'deletes TODAY' ? other.remove(TODAY) : other.rename(ONE_ON_ONE, TODAY))), undefined, (lost) => told.push(...lost));
      const listed = (await view.list()).map((file) => file.path);
      assert.deepEqual(listed.filter((path) => path.startsWith('recovered/')), []);
      assert.deepEqual(told, []);
      assert.equal(listed.includes(TODAY), what !== 'deletes TODAY');
    });
  }
});
