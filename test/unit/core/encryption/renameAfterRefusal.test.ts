// A rename of an entry after a save or rename of it was refused because another window changed the
// journal's list of names (namesChanged.ts): the refused window has taken names.age as it is, which
// no longer has the name, while its editor and Explorer still show it. Up to now renaming it again
// failed with a raw "ENOENT: no such file, rename '…'". Now, when the window had the name for a file
// that is still there and that names.age no longer names (listed as recovered/ID.md: renamed over
// with its file left, or the name lost with the list), that file is renamed, as renaming its
// recovered/ID.md entry does; else the rename is refused in plain words saying what to do.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { saveRefusal } from '../../../../src/extension/encryption/saveRefusal';
import { bundleTranslator } from '../../../support/bundleTranslator';
import { entriesNow, LATER, ONE_ON_ONE, opaqueJournal, refusingRemoval, TODAY, windowOn } from '../../../support/opaqueWindows';

type Translator = Parameters<typeof saveRefusal>[0];
const text = (words: string): Uint8Array => utf8(`---\ndate: 2026-11-23\nkind: one-on-one\n---\n\n${words}\n`);
const refusalOf = (attempt: Promise<unknown>): Promise<unknown> => attempt.then(() => undefined, (error: unknown) => error);
const words = (language: 'en' | 'de', error: unknown): string => saveRefusal(bundleTranslator(language) as Translator, error)?.message ?? `not a refusal: ${String(error)}`;
const FIRST = '2026/11/2026-11-28.md';
const SECOND = '2026/11/2026-11-29.md';

describe('a rename after a refusal, of a name the window no longer has', function () {
  this.timeout(60_000);

  it('renames the file the window had under that name once another window renamed over it and freed the name again, its file left; no raw ENOENT, nothing lost', async () => {
    const fs = await opaqueJournal();
    const saver = await windowOn(fs);
    await saver.list();
    const renamer = await windowOn(fs);
    await renamer.list();
    const replacedFile = saver.sealedPathOf(ONE_ON_ONE);
    const a = await windowOn(fs, refusingRemoval(fs, new Set([replacedFile])));
    await a.list();
    await assert.rejects(a.rename(TODAY, ONE_ON_ONE), /the disk refused the removal/); // ONE_ON_ONE's file left, its id listed as gone.
    const c = await windowOn(fs);
    await c.list();
    await c.rename(ONE_ON_ONE, LATER); // The name is free again.
    assert.ok(words('en', await refusalOf(saver.write(ONE_ON_ONE, text('The saver typed this.')))).startsWith('Not saved: another window renamed another entry to'));
    assert.ok(words('en', await refusalOf(renamer.rename(ONE_ON_ONE, SECOND))).startsWith('Not renamed: another window renamed another entry to'));
    // The saver renames the entry its editor shows: the text saved before goes to the new name, and the editor's save then lands there.
    await saver.rename(ONE_ON_ONE, FIRST);
    await saver.write(FIRST, text('The saver typed this.'));
    let entries = await entriesNow(fs);
    assert.match(entries[FIRST] ?? '', /The saver typed this\./);
    assert.match(entries[LATER] ?? '', /I explained why the change matters/, 'the entry renamed over it is untouched');
    assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), []);
    // The renamer, its rename refused before, renames again: that file has its name now, and it is told so.
    const again = await refusalOf(renamer.rename(ONE_ON_ONE, SECOND));
    const en = words('en', again);
    assert.doesNotMatch(en, /ENOENT|no such file/);
    assert.ok(en.startsWith(`Not renamed: another window renamed ${ONE_ON_ONE} to ${FIRST}, so nothing was changed. Nothing was lost.`), en);
    entries = await entriesNow(fs);
    assert.match(entries[FIRST] ?? '', /The saver typed this\./);
    assert.equal(entries[SECOND], undefined);
  });

  it('says in plain words what to do when the entry is not there any more (deleted in another window), not a raw ENOENT', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    await a.list();
    const b = await windowOn(fs);
    await b.list();
    await b.remove(ONE_ON_ONE);
    assert.ok(words('en', await refusalOf(a.write(ONE_ON_ONE, text('A typed this.')))).startsWith(`Not saved: another window deleted ${ONE_ON_ONE}`));
    const again = await refusalOf(a.rename(ONE_ON_ONE, FIRST));
    const en = words('en', again);
    assert.doesNotMatch(en, /ENOENT|no such file/);
    assert.equal(en, `Not renamed: ${ONE_ON_ONE} is not an entry of this journal any more: the journal's list of entry names, as this window last read it, has no such name (another window renamed or deleted the entry, or the list lost its name), so nothing was changed. Nothing was lost. Look for the entry in the Explorer under its new name, or under recovered/ with its text, and rename that one; to write the text of an editor still open under this name, save it: it is saved as a new entry.`);
    assert.match(words('de', again), /ist kein Eintrag dieses Journals mehr/);
    await a.write(ONE_ON_ONE, text('A typed this.')); // Saving the editor writes it as a new entry, as the words say.
    const entries = await entriesNow(fs);
    assert.match(entries[ONE_ON_ONE] ?? '', /A typed this\./);
    assert.equal(entries[FIRST], undefined);
  });

  it('a delete of such a name is refused in plain words saying where to look, where it did nothing and said nothing; nothing is lost', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    await a.list();
    const b = await windowOn(fs);
    await b.list();
    await b.rename(ONE_ON_ONE, FIRST);
    assert.ok(words('en', await refusalOf(a.write(ONE_ON_ONE, text('A typed this.')))).startsWith(`Not saved: another window renamed ${ONE_ON_ONE} to ${FIRST}`));
    const refused = await refusalOf(a.remove(ONE_ON_ONE));
    assert.equal(words('en', refused), `Not deleted: ${ONE_ON_ONE} is not an entry of this journal any more: the journal's list of entry names, as this window last read it, has no such name (another window renamed or deleted the entry, or the list lost its name), so nothing was changed. Look for the entry in the Explorer under its new name, or under recovered/ with its text, and delete that one.`);
    assert.match(words('de', refused), /ist kein Eintrag dieses Journals mehr.*im Explorer/);
    const entries = await entriesNow(fs);
    assert.match(entries[FIRST] ?? '', /Zoë is worried about the reorg/, 'the renamed entry is untouched');
  });
});
