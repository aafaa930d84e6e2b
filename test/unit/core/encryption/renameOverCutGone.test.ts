// A rename over an entry writes names.age (the replaced id out) before it removes the replaced file;
// cut between the two (a kill, a disk refusing the removal), the file stays with no name. Once its
// old name is free again (the entry now under it renamed away), a window with an older list of names
// must not put the replaced entry back under its old name (tenth review, finding 1): names.age lists
// the id as gone while its file is there, so knownNames.ts keeps no name for it, and its text stays
// listed as recovered/<id>.md.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import type { JournalFs } from '../../../../src/core/encryption/journalFs';
import { restoreOrphans } from '../../../../src/core/encryption/orphanedPartials';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';
import { entriesNow, LATER, NEW_DAY, ONE_ON_ONE, opaqueJournal, TODAY, windowOn } from '../../../support/opaqueWindows';
import { cutOffSave, unlockedNow, unlockHost } from './cutOffSave';

const text = (words: string): Uint8Array => utf8(`---\ndate: 2026-11-25\nkind: daily\n---\n\n${words}\n`);

/** `disk`, whose removal of a path in `refused` fails as a killed window's would never have made it. */
function refusingRemoval(disk: MemoryJournalFs, refused: ReadonlySet<string>): JournalFs {
  return {
    list: () => disk.list(),
    listFolder: (folder) => disk.listFolder(folder),
    read: (path) => disk.read(path),
    write: (path, bytes) => disk.write(path, bytes),
    createExclusive: (path, bytes) => disk.createExclusive(path, bytes),
    rename: (from, to) => disk.rename(from, to),
    remove: async (path) => {
      if (refused.has(path)) {
        throw new Error('killed before the removal');
      }
      return disk.remove(path);
    },
    removeEmptyFolders: (path) => disk.removeEmptyFolders(path),
  };
}

describe('a rename over an entry cut off before the replaced file went, then its name freed', function () {
  this.timeout(60_000);

  for (const listsFirst of [true, false]) {
    it(`does not bring the replaced entry back under its old name in an older window${listsFirst ? ' that lists first' : ''}`, async () => {
      const fs = await opaqueJournal();
      const b = await windowOn(fs); // Open from before, knowing every name, then idle.
      await b.list();
      const replacedFile = b.sealedPathOf(ONE_ON_ONE);
      const refused = new Set<string>();
      const a = await windowOn(fs, refusingRemoval(fs, refused));
      await a.list();
      refused.add(replacedFile);
      await assert.rejects(a.rename(TODAY, ONE_ON_ONE), /killed before the removal/);
      const a2 = await windowOn(fs); // A reloaded.
      await a2.list();
      await a2.rename(ONE_ON_ONE, LATER); // The name is free again.
      if (listsFirst) {
        const listed = (await b.list()).map((file) => file.path);
        assert.ok(!listed.includes(ONE_ON_ONE), 'B does not list the replaced entry under its old name');
      }
      await b.write(NEW_DAY, text('B new.'));
      const entries = await entriesNow(fs);
      assert.equal(entries[ONE_ON_ONE], undefined, 'the replaced entry is not back under its old name');
      const recovered = Object.keys(entries).filter((path) => path.startsWith('recovered/'));
      assert.equal(recovered.length, 1, 'its text stays, listed under recovered/');
      assert.match(entries[recovered[0] ?? ''] ?? '', /Zoë is worried about the reorg/);
      assert.match(entries[LATER] ?? '', /I explained why the change matters/);
      assert.match(entries[NEW_DAY] ?? '', /B new\./);
    });
  }

  it('keeps the replaced entry under recovered/ when an unlock names a kept cut-off save in between (the eleventh review, finding 4)', async () => {
    // A killed window's first save of NEW_DAY, cut off before its rename; the unlock below keeps it aside.
    const { fs, orphan } = await cutOffSave('---\ndate: 2026-11-25\nkind: daily\n---\n\nThe killed window wrote this.\n');
    const b = await windowOn(fs); // Open from before, knowing every name, then idle.
    await b.list();
    const refused = new Set<string>();
    const a = await windowOn(fs, refusingRemoval(fs, refused));
    await a.list();
    refused.add(b.sealedPathOf(ONE_ON_ONE));
    await assert.rejects(a.rename(TODAY, ONE_ON_ONE), /killed before the removal/);
    const e = await windowOn(fs);
    await e.list();
    await e.write(NEW_DAY, text('E saved this.')); // The dead save is now beside E's.
    const repair = await restoreOrphans(unlockHost(fs, orphan, Date.now()), await unlockedNow(fs));
    assert.equal(repair.keptAside[0]?.name, '2026/11/2026-11-25 (interrupted save).md', 'the unlock names the kept copy in names.age');
    const a2 = await windowOn(fs);
    await a2.list();
    await a2.rename(ONE_ON_ONE, LATER); // The name is free again.
    await b.write('2026/11/2026-11-27.md', text('B new.'));
    const entries = await entriesNow(fs);
    assert.equal(entries[ONE_ON_ONE], undefined, 'the replaced entry is not back under its old name');
    const recovered = Object.keys(entries).filter((path) => path.startsWith('recovered/'));
    assert.equal(recovered.length, 1, 'its text stays, listed under recovered/');
    assert.match(entries[recovered[0] ?? ''] ?? '', /Zoë is worried about the reorg/);
    assert.match(entries['2026/11/2026-11-25 (interrupted save).md'] ?? '', /The killed window wrote this\./);
    assert.match(entries[NEW_DAY] ?? '', /E saved this\./);
  });
});
