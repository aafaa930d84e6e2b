// A window's save or rename of an entry that names.age, as another window wrote it since, no longer
// names, its file still there and not listed as gone. Up to now the refusal always said the list had
// been "written again without it, perhaps after a sync removed it" — also where no sync did anything:
// names.age was damaged, another window renamed the entry in it first, and a window unlocked after
// the damage wrote a list without the name over it. Now the refusal says what the window's
// generations of names.age tell (namesState.ts lossSinceBefore): a list written anew over a damaged
// or missing one that held changes this window had not read (and who gives the names back), one
// written over the list it had read by a window that did not know the entry, or an older list put
// back (a sync or a restored backup, where a sync is the cause). English and German; nothing lost.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { NAMES_GENERATION_PATH, NAMES_PATH } from '../../../../src/core/encryption/layout';
import { NamesChanged } from '../../../../src/core/encryption/namesChanged';
import { saveRefusal } from '../../../../src/extension/encryption/saveRefusal';
import { bundleTranslator } from '../../../support/bundleTranslator';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';
import { entriesNow, LATER, NEW_DAY, ONE_ON_ONE, opaqueJournal, RENAMED, TODAY, windowOn } from '../../../support/opaqueWindows';

type Translator = Parameters<typeof saveRefusal>[0];
const text = (date: string, words: string): Uint8Array => utf8(`---\ndate: ${date}\nkind: daily\n---\n\n${words}\n`);
const refusalOf = (attempt: Promise<unknown>): Promise<unknown> => attempt.then(() => undefined, (error: unknown) => error);
const words = (language: 'en' | 'de', error: unknown): string => saveRefusal(bundleTranslator(language) as Translator, error)?.message ?? `not a refusal: ${String(error)}`;

/** names.age cut to its first half, as a sync delivering half of it leaves it. */
function damage(fs: MemoryJournalFs): void {
  const whole = fs.files.get(NAMES_PATH);
  assert.ok(whole !== undefined);
  fs.files.set(NAMES_PATH, whole.slice(0, Math.floor(whole.length / 2)));
}

describe('a refusal of a change to an entry whose name names.age lost, its file still there', function () {
  this.timeout(60_000);

  it('says another window wrote the list anew over a damaged one holding changes this window had not read, not a sync; the window that read them gives the name back, nothing lost', async () => {
    const fs = await opaqueJournal();
    const saver = await windowOn(fs);
    await saver.list();
    const renamer = await windowOn(fs);
    await renamer.list();
    const recovered = `recovered/${saver.sealedPathOf(TODAY).replace(/\.md\.age$/, '')}.md`;
    const b = await windowOn(fs);
    await b.list();
    await b.rename(TODAY, RENAMED); // The older windows have not read this.
    damage(fs);
    const c = await windowOn(fs); // Unlocked after the damage: it knows no names.
    await c.write(NEW_DAY, text('2026-11-25', 'C wrote this.'));
    const save = await refusalOf(saver.write(TODAY, text('2026-11-23', 'A typed this.')));
    assert.ok(save instanceof NamesChanged, String(save));
    const en = words('en', save);
    assert.doesNotMatch(en, /sync/);
    assert.ok(en.startsWith(`Not saved: the journal's list of entry names no longer has ${TODAY} (another window wrote the list anew, without it, in place of a damaged or missing list that held changes this window had not read: another window may have renamed this entry there); the entry was not deleted: its text as saved before is listed as ${recovered}, so nothing was written. Your text stays in the editor.`), en);
    assert.ok(en.includes(`Saving again writes it under this name as a new entry; the text saved before stays at ${recovered}.`), en);
    assert.ok(en.includes('A window still open on this journal that had read those changes writes back the names it knows with its next save, new entry, rename or delete'), en);
    const de = words('de', save);
    assert.doesNotMatch(de, /Synchronisierung/);
    assert.ok(de.includes('ein anderes Fenster hat die Liste ohne ihn neu geschrieben, an Stelle einer beschädigten oder fehlenden Liste mit Änderungen, die dieses Fenster nicht gelesen hatte'), de);
    const rename = await refusalOf(renamer.rename(TODAY, LATER));
    const renameEn = words('en', rename);
    assert.doesNotMatch(renameEn, /sync|ENOENT/);
    assert.ok(renameEn.startsWith(`Not renamed: the journal's list of entry names no longer has ${TODAY} (another window wrote the list anew, without it, in place of a damaged or missing list that held changes this window had not read`), renameEn);
    // The window that renamed it writes its names back with its next change; the refused save then lands as a new entry.
    await b.write(RENAMED, text('2026-11-23', 'B edited this.'));
    await saver.write(TODAY, text('2026-11-23', 'A typed this.'));
    const entries = await entriesNow(fs);
    assert.match(entries[RENAMED] ?? '', /B edited this\./);
    assert.match(entries[TODAY] ?? '', /A typed this\./);
    assert.match(entries[NEW_DAY] ?? '', /C wrote this\./);
    assert.ok(entries[ONE_ON_ONE] !== undefined);
    assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), []);
  });

  it('says a window that did not know the entry wrote the list anew in place of the removed one, when this window had read that one', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    await a.list();
    const recovered = `recovered/${a.sealedPathOf(TODAY).replace(/\.md\.age$/, '')}.md`;
    fs.files.delete(NAMES_PATH); // Removed (a sync, say); the plain generation stamp stayed.
    const c = await windowOn(fs);
    await c.list();
    await c.createExclusive(TODAY, text('2026-11-23', 'C started today.'));
    const save = await refusalOf(a.write(TODAY, text('2026-11-23', 'A typed this.')));
    const en = words('en', save);
    assert.ok(en.startsWith(`Not saved: the journal's list of entry names no longer has ${TODAY} for this entry (another window that did not know this entry wrote the list anew, in place of a damaged or missing one), and a new entry now has that name; this entry was not deleted: its text as saved before is listed as ${recovered}`), en);
    assert.doesNotMatch(en, /A window still open on this journal/);
    const entries = await entriesNow(fs);
    assert.match(entries[recovered] ?? '', /I explained why the change matters/);
    assert.match(entries[TODAY] ?? '', /C started today\./);
  });

  it('says an older copy of the list was put back — a sync or a restored backup — where the list now there is older than the one this window read', async () => {
    const fs = await opaqueJournal();
    const older = fs.files.get(NAMES_PATH);
    const olderStamp = fs.files.get(NAMES_GENERATION_PATH);
    const b = await windowOn(fs);
    await b.list();
    await b.write(NEW_DAY, text('2026-11-25', 'B wrote this.'));
    await b.rename(ONE_ON_ONE, LATER);
    const a = await windowOn(fs);
    await a.list(); // A knows both changes.
    const recovered = `recovered/${a.sealedPathOf(NEW_DAY).replace(/\.md\.age$/, '')}.md`;
    assert.ok(older !== undefined && olderStamp !== undefined);
    // A restored backup of .leadership-journal/ puts back the list as it was before B's changes, with its generation stamp.
    fs.files.set(NAMES_PATH, older);
    fs.files.set(NAMES_GENERATION_PATH, olderStamp);
    const c = await windowOn(fs);
    await c.list();
    await c.createExclusive(NEW_DAY, text('2026-11-25', 'C started this day.'));
    const save = await refusalOf(a.write(NEW_DAY, text('2026-11-25', 'A typed this.')));
    const en = words('en', save);
    assert.ok(en.startsWith(`Not saved: the journal's list of entry names no longer has ${NEW_DAY} for this entry (an older copy of the list is in its place: a sync or a restored backup put it back, or an earlier version of this product wrote it), and a new entry now has that name; this entry was not deleted: its text as saved before is listed as ${recovered}`), en);
    assert.match(words('de', save), /eine ältere Kopie der Liste steht an ihrer Stelle/);
    const entries = await entriesNow(fs);
    assert.match(entries[recovered] ?? '', /B wrote this\./);
    assert.match(entries[NEW_DAY] ?? '', /C started this day\./);
  });
});
