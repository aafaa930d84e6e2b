// names.age cut short after the unlock (a sync delivering half of it, a disk error), the journal's key
// unchanged (the eighth review's finding 7, the tenth's finding 5). Up to now a fresh window could not
// unlock the journal at all, and an open window's new entries and renames were refused for good with
// the raw "the map of opaque names … is damaged". Now the unlock opens it with the entries under
// recovered/ and says why, and a window's next change writes the names it knows over the damaged map,
// which is kept beside it.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import type { JournalFs } from '../../../../src/core/encryption/journalFs';
import { NAMES_PATH } from '../../../../src/core/encryption/layout';
import { sealingOf } from '../../../../src/core/encryption/journalUnlock';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { reasonText } from '../../../../src/core/encryption/reasons';
import { ENGLISH } from '../../../../src/core/text/format';
import { unlockWarningMessage } from '../../../../src/extension/encryption/unlockMessages';
import { bundleTranslator } from '../../../support/bundleTranslator';
import { entriesNow, NEW_DAY, ONE_ON_ONE, opaqueJournal, PASSPHRASE, RENAMED, TODAY, windowOn } from '../../../support/opaqueWindows';

const text = (date: string, words: string): Uint8Array => utf8(`---\ndate: ${date}\nkind: daily\n---\n\n${words}\n`);

/** `disk` as a window reaches it, whose next read of names.age, once `tear` is called, gives its first half (a sync client writing it in place, caught half-way). */
function tornOnce(disk: Awaited<ReturnType<typeof opaqueJournal>>): { through: JournalFs; tear: () => void } {
  let torn = false;
  return {
    tear: () => { torn = true; },
    through: {
      list: () => disk.list(), listFolder: (folder) => disk.listFolder(folder), write: (path, bytes) => disk.write(path, bytes),
      createExclusive: (path, bytes) => disk.createExclusive(path, bytes), rename: (from, to) => disk.rename(from, to),
      remove: (path) => disk.remove(path), removeEmptyFolders: (path) => disk.removeEmptyFolders(path),
      read: async (path) => {
        const bytes = await disk.read(path);
        if (torn && path === NAMES_PATH && bytes !== undefined) {
          torn = false;
          return bytes.slice(0, Math.floor(bytes.length / 2));
        }
        return bytes;
      },
    },
  };
}

/** names.age rewritten, sealed to the journal's key, as `change` makes its map (a newer version's, or one naming what this version cannot place). */
async function rewriteNames(fs: Awaited<ReturnType<typeof opaqueJournal>>, change: (map: Record<string, unknown>) => Record<string, unknown>): Promise<Uint8Array> {
  const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
  assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
  const sealing = sealingOf(unlock.journal.keys);
  const opened = await sealing.open(NAMES_PATH, fs.files.get(NAMES_PATH) ?? new Uint8Array());
  assert.ok(opened.ok);
  const bytes = await sealing.seal(utf8(`${JSON.stringify(change(JSON.parse(new TextDecoder().decode(opened.bytes)) as Record<string, unknown>))}\n`));
  fs.files.set(NAMES_PATH, bytes);
  return bytes;
}

describe('names.age damaged after the unlock, the key unchanged', function () {
  this.timeout(60_000);

  it('lets an open window make new entries and renames, writing its names over it and keeping the damaged file beside', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    const before = (await a.list()).map((file) => file.path).filter((path) => path.startsWith('2026/11/'));
    const whole = fs.files.get(NAMES_PATH);
    assert.ok(whole !== undefined);
    const cut = whole.slice(0, Math.floor(whole.length / 2));
    fs.files.set(NAMES_PATH, cut);
    await a.write(NEW_DAY, text('2026-11-25', 'A new entry.'));
    await a.rename(TODAY, RENAMED);
    const kept = [...fs.files.keys()].filter((path) => path.startsWith(`${NAMES_PATH}.damaged-`));
    assert.equal(kept.length, 1, 'the damaged names.age kept beside');
    assert.deepEqual(fs.files.get(kept[0] ?? ''), cut);
    const entries = await entriesNow(fs);
    assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), []);
    assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('2026/11/')).sort(), [...before.filter((path) => path !== TODAY), RENAMED, NEW_DAY].sort());
    assert.match(entries[NEW_DAY] ?? '', /A new entry\./);
  });

  it('lets a fresh window unlock it, its entries under recovered/ with their text and a true warning, and its names come back from an open window', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    await a.list();
    const whole = fs.files.get(NAMES_PATH);
    assert.ok(whole !== undefined);
    fs.files.set(NAMES_PATH, whole.slice(0, Math.floor(whole.length / 2)));
    const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
    assert.match(unlock.journal.warnings.map((why) => reasonText(ENGLISH, why)).join('\n'), /names\.age, the list of the entries' names, is damaged .* recovered\/ID\.md/);
    const [warning] = unlock.journal.warnings;
    assert.ok(warning !== undefined);
    type Translator = Parameters<typeof unlockWarningMessage>[0];
    assert.match(unlockWarningMessage(bundleTranslator('en') as Translator, warning), /^The encrypted journal is open, but \.leadership-journal\/names\.age, the list of the entries' names, is damaged .* nothing is lost\. .* keeps the damaged file beside it as \.leadership-journal\/names\.age\.damaged-TIME\./);
    assert.match(unlockWarningMessage(bundleTranslator('de') as Translator, warning), /^Das verschlüsselte Journal ist geöffnet, aber \.leadership-journal\/names\.age, die Namensliste des Journals, ist beschädigt .* recovered\/ID\.md/);
    // A window puts back the names it knows, not every name (the eleventh review, finding 2), and one whose list is older than the damaged one writes none (namesGeneration.test.ts).
    assert.match(unlockWarningMessage(bundleTranslator('en') as Translator, warning), /the names that window knows: an entry it does not know stays under recovered\/ until a window that knows it writes it back, and a window whose list is older than the damaged one writes nothing and is told to reload/);
    assert.doesNotMatch(unlockWarningMessage(bundleTranslator('en') as Translator, warning), /knows them all/);
    assert.match(unlockWarningMessage(bundleTranslator('de') as Translator, warning), /ein Fenster, dessen Liste älter ist als die beschädigte, schreibt nichts und wird gebeten, neu zu laden/);
    const c = await windowOn(fs);
    const listed = (await c.list()).map((file) => file.path);
    assert.ok(listed.some((path) => path.startsWith('recovered/')), 'C lists the entries as recovered');
    assert.ok(!listed.some((path) => path.startsWith('2026/11/')));
    await c.write(NEW_DAY, text('2026-11-25', 'C wrote this.'));
    await a.write(TODAY, text('2026-11-23', 'A typed this into TODAY.'));
    const entries = await entriesNow(fs);
    assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), []);
    assert.match(entries[TODAY] ?? '', /A typed this into TODAY\./);
    assert.match(entries[NEW_DAY] ?? '', /C wrote this\./);
    assert.ok(entries[ONE_ON_ONE] !== undefined);
  });

  it('stops the unlock on a whole names.age a newer version wrote, and no open window writes over it (the eleventh review, finding 1)', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    await a.list();
    const newer = await rewriteNames(fs, (map) => ({ ...map, version: 2, folders: { note: 'a field a newer version adds' } }));
    const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(!unlock.ok, 'a newer names.age stops the unlock');
    assert.match(unlock.message, /names\.age is version 2, written by a newer version of this product/);
    await assert.rejects(a.write(NEW_DAY, text('2026-11-25', 'A new entry.')), /names\.age is version 2, written by a newer version/);
    await assert.rejects(a.rename(TODAY, RENAMED), /names\.age is version 2/);
    assert.deepEqual(fs.files.get(NAMES_PATH), newer, 'names.age not written over');
    assert.deepEqual([...fs.files.keys()].filter((path) => path.startsWith(`${NAMES_PATH}.damaged-`)), []);
  });

  it('stops the unlock on a whole names.age naming a file this version cannot place, and writes nothing over it', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    await a.list();
    const outside = await rewriteNames(fs, (map) => ({ ...map, names: { ...map.names as Record<string, string>, aaaaaaaaaaaaaaaaaaaaaaaaaa: '../outside.md' } }));
    const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(!unlock.ok, 'a map naming a file outside the entries stops the unlock');
    assert.match(unlock.message, /names a file outside the journal's entries/);
    await assert.rejects(a.write(NEW_DAY, text('2026-11-25', 'A new entry.')));
    assert.deepEqual(fs.files.get(NAMES_PATH), outside, 'names.age not written over');
    assert.deepEqual([...fs.files.keys()].filter((path) => path.startsWith(`${NAMES_PATH}.damaged-`)), []);
  });

  it('writes nothing over a names.age that was only read half-written and is whole again, keeping another window\'s rename (the eleventh review, finding 3)', async () => {
    const fs = await opaqueJournal();
    const torn = tornOnce(fs);
    const a = await windowOn(fs, torn.through);
    await a.list();
    const b = await windowOn(fs);
    await b.list();
    await b.rename(TODAY, RENAMED);
    const whole = fs.files.get(NAMES_PATH);
    torn.tear();
    await a.write(ONE_ON_ONE, text('2026-11-23', 'A edits this.'));
    assert.deepEqual([...fs.files.keys()].filter((path) => path.startsWith(`${NAMES_PATH}.damaged-`)), [], 'a whole map is not kept aside as damaged');
    assert.deepEqual(fs.files.get(NAMES_PATH), whole, 'names.age not written over');
    const entries = await entriesNow(fs);
    assert.ok(entries[RENAMED] !== undefined, 'B\'s rename kept');
    assert.equal(entries[TODAY], undefined);
    assert.match(entries[ONE_ON_ONE] ?? '', /A edits this\./);
    assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), []);
  });
});
