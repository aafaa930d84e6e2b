// Two small cases of an opaque journal's names (seventh review, findings 5 and 6): a stale window
// renaming an entry another window deleted is told so in the refusal's words, not a raw "no such
// file"; and a names.age a sync removed (no copy beside it) is not taken as an empty list by the next
// listing, so the window's next save writes its names back rather than drop every other one. And a
// delete or a rename over an entry lists the journal (for the entry's cut-off saves) before it takes
// the names lock, not while holding it: on a large remote journal that listing could outlast others' wait.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import type { JournalFs } from '../../../../src/core/encryption/journalFs';
import { NAMES_LOCK_PATH, NAMES_PATH } from '../../../../src/core/encryption/layout';
import { ENGLISH } from '../../../../src/core/text/format';
import { saveRefusal } from '../../../../src/extension/encryption/saveRefusal';
import { ENTRIES } from '../../../support/encryptedJournal';
import { entriesNow, ONE_ON_ONE, opaqueJournal, RENAMED, TODAY, windowOn } from '../../../support/opaqueWindows';

const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

describe('encryption: small cases of an opaque journal\'s names', function () {
  this.timeout(60_000);

  it('a stale window renaming an entry another window deleted is refused, naming the delete; nothing changes', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    const b = await windowOn(fs);
    await a.list();
    await b.list();
    await a.remove(TODAY);
    const refused = await b.rename(TODAY, RENAMED).then(() => undefined, (error: unknown) => error);
    assert.equal(saveRefusal(ENGLISH, refused)?.message, `Not renamed: another window deleted ${TODAY}, so nothing was changed. Nothing was lost.`);
    const entries = await entriesNow(fs);
    assert.equal(entries[TODAY], undefined);
    assert.equal(entries[RENAMED], undefined);
  });

  it('names.age removed by a sync: a listing keeps the window\'s names, and its next save writes them back with every entry named', async () => {
    const fs = await opaqueJournal();
    const lost: string[] = [];
    const view = await windowOn(fs, fs, undefined, (entries) => lost.push(...entries));
    const before = (await view.list()).map((file) => file.path).sort();
    fs.files.delete(NAMES_PATH);
    assert.deepEqual((await view.list()).map((file) => file.path).sort(), before, 'listed by name still');
    assert.deepEqual(lost, []);
    const saved = utf8('---\ndate: 2026-11-23\n---\n\nSaved after the sync.\n');
    await view.write(TODAY, saved);
    const entries = await entriesNow(fs);
    assert.equal(entries[TODAY], text(saved));
    assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), [], 'no name lost');
    assert.equal(Object.keys(entries).length, Object.keys(ENTRIES).filter((path) => path.startsWith('2026/11/')).length);
  });

  it('a delete and a rename over an entry list the journal before they take the names lock, never while holding it', async () => {
    const fs = await opaqueJournal();
    let underLock = 0;
    const counting: JournalFs = {
      list: async () => {
        underLock += fs.files.has(NAMES_LOCK_PATH) ? 1 : 0;
        return fs.list();
      },
      read: (path) => fs.read(path),
      write: (path, bytes) => fs.write(path, bytes),
      createExclusive: (path, bytes) => fs.createExclusive(path, bytes),
      rename: (from, to) => fs.rename(from, to),
      remove: (path) => fs.remove(path),
      removeEmptyFolders: (path) => fs.removeEmptyFolders(path),
    };
    const view = await windowOn(fs, counting);
    await view.list();
    await view.rename(ONE_ON_ONE, TODAY);
    await view.remove(TODAY);
    assert.equal(underLock, 0, 'no listing while the names lock was held');
    assert.deepEqual(Object.keys(await entriesNow(fs)).filter((path) => path === TODAY || path === ONE_ON_ONE), []);
  });
});
