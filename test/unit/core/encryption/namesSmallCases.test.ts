// Two small cases of an opaque journal's names (seventh review, findings 5 and 6): a stale window
// renaming an entry another window deleted is told so in the refusal's words, not a raw "no such
// file"; and a names.age a sync removed (no copy beside it) is not taken as an empty list by the next
// listing, so the window's next save writes its names back rather than drop every other one.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { NAMES_PATH } from '../../../../src/core/encryption/layout';
import { ENGLISH } from '../../../../src/core/text/format';
import { saveRefusal } from '../../../../src/extension/encryption/saveRefusal';
import { ENTRIES } from '../../../support/encryptedJournal';
import { entriesNow, opaqueJournal, RENAMED, TODAY, windowOn } from '../../../support/opaqueWindows';

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
});
