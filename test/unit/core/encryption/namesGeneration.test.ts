// names.age damaged after another window's change that a window open from before has not read (the
// eleventh review's open finding, "not fixed" in its words): up to now that window's next change wrote
// the names it knew — older than the damaged list — over it, and the other window's rename was undone
// without a word; so was it when a window unlocked after the damage wrote first and the older window
// then wrote its names back. Now names.age holds a generation that every write increments (and the
// plain .leadership-journal/names.generation beside it, readable when names.age is not), each window
// remembers the one it last read, and a window behind it writes nothing over the damaged list — it
// is refused and told to reload — nor writes its names back into a list written over a damaged one
// newer than its own.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { sealingOf } from '../../../../src/core/encryption/journalUnlock';
import { KEY_PATH, NAMES_GENERATION_PATH, NAMES_PATH } from '../../../../src/core/encryption/layout';
import { NamesChanged } from '../../../../src/core/encryption/namesChanged';
import { unlockJournal } from '../../../../src/core/encryption/unlockJournal';
import { saveRefusal } from '../../../../src/extension/encryption/saveRefusal';
import { requireAge, runAgeInTerminal } from '../../../support/ageTool';
import { bundleTranslator } from '../../../support/bundleTranslator';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';
import { entriesNow, LATER, NEW_DAY, ONE_ON_ONE, opaqueJournal, PASSPHRASE, RENAMED, TODAY, windowOn } from '../../../support/opaqueWindows';

type Translator = Parameters<typeof saveRefusal>[0];
const text = (date: string, words: string): Uint8Array => utf8(`---\ndate: ${date}\nkind: daily\n---\n\n${words}\n`);

/** names.age cut to its first half, as a sync delivering half of it leaves it; the cut bytes. */
function damage(fs: MemoryJournalFs): Uint8Array {
  const whole = fs.files.get(NAMES_PATH);
  assert.ok(whole !== undefined);
  const cut = whole.slice(0, Math.floor(whole.length / 2));
  fs.files.set(NAMES_PATH, cut);
  return cut;
}

/** names.age's plaintext, as the journal's key opens it. */
async function namesJson(fs: MemoryJournalFs): Promise<Record<string, unknown>> {
  const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
  assert.ok(unlock.ok, unlock.ok ? '' : unlock.message);
  const opened = await sealingOf(unlock.journal.keys).open(NAMES_PATH, fs.files.get(NAMES_PATH) ?? new Uint8Array());
  assert.ok(opened.ok);
  return JSON.parse(new TextDecoder().decode(opened.bytes)) as Record<string, unknown>;
}

const damagedCopies = (fs: MemoryJournalFs): string[] => [...fs.files.keys()].filter((path) => path.startsWith(`${NAMES_PATH}.damaged-`));

describe('names.age damaged after a change an open window has not read', function () {
  this.timeout(60_000);

  it('refuses that window\'s change, writing nothing over the damaged list; the window that made the change writes its names, and the refused save then lands', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    await a.list();
    const b = await windowOn(fs);
    await b.list();
    await b.rename(TODAY, RENAMED); // A has not read this.
    const cut = damage(fs);
    const refused = await a.write(ONE_ON_ONE, text('2026-11-23', 'A typed this.')).then(() => undefined, (error: unknown) => error);
    assert.ok(refused instanceof NamesChanged, `A's save is refused: ${String(refused)}`);
    const en = saveRefusal(bundleTranslator('en') as Translator, refused)?.message ?? '';
    assert.ok(en.startsWith('Not saved: the journal\'s list of entry names, .leadership-journal/names.age, is damaged, and another window changed it after this window last read it: this window\'s older list is not written over it, as that would undo the other window\'s change, so nothing was written. Your text stays in the editor. Reload this window (Developer: Reload Window), then try again'), en);
    const de = saveRefusal(bundleTranslator('de') as Translator, refused)?.message ?? '';
    assert.ok(de.includes('ist beschädigt, und ein anderes Fenster hat sie geändert, nachdem dieses Fenster sie zuletzt gelesen hat'), de);
    const renameRefused = await a.rename(ONE_ON_ONE, LATER).then(() => undefined, (error: unknown) => error);
    assert.match(saveRefusal(bundleTranslator('en') as Translator, renameRefused)?.message ?? '', /^Not renamed: the journal's list of entry names, .* is damaged, and another window changed it after this window last read it: .*, so nothing was changed\. Nothing was lost\. Reload this window/);
    assert.deepEqual(fs.files.get(NAMES_PATH), cut, 'names.age not written over');
    assert.deepEqual(damagedCopies(fs), []);
    await b.write(NEW_DAY, text('2026-11-25', 'B wrote this.')); // B read the last change: it writes its names over the damaged list.
    assert.equal(damagedCopies(fs).length, 1, 'the damaged list kept beside');
    await a.write(ONE_ON_ONE, text('2026-11-23', 'A typed this.')); // Saving again lands: names.age opens now.
    const entries = await entriesNow(fs);
    assert.equal(entries[TODAY], undefined, 'B\'s rename is not undone');
    assert.match(entries[RENAMED] ?? '', /I explained why the change matters/);
    assert.match(entries[ONE_ON_ONE] ?? '', /A typed this\./);
    assert.match(entries[NEW_DAY] ?? '', /B wrote this\./);
    assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), []);
  });

  it('keeps that window from writing its names back into a list a window unlocked after the damage wrote over it; the window that made the change writes them', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    await a.list();
    const b = await windowOn(fs);
    await b.list();
    await b.rename(TODAY, RENAMED);
    damage(fs);
    const c = await windowOn(fs); // Unlocked after the damage: it knows no names.
    await c.write(NEW_DAY, text('2026-11-25', 'C wrote this.'));
    await a.write(LATER, text('2026-11-26', 'A wrote this.')); // A's new entry lands, without A's older names written back.
    let entries = await entriesNow(fs);
    assert.equal(entries[TODAY], undefined, 'B\'s rename is not undone by A');
    assert.match(entries[LATER] ?? '', /A wrote this\./);
    await b.write(RENAMED, text('2026-11-23', 'B edited this.')); // B knows the last change: its names go back first.
    entries = await entriesNow(fs);
    assert.equal(entries[TODAY], undefined);
    assert.match(entries[RENAMED] ?? '', /B edited this\./);
    assert.ok(entries[ONE_ON_ONE] !== undefined);
    assert.match(entries[NEW_DAY] ?? '', /C wrote this\./);
    assert.match(entries[LATER] ?? '', /A wrote this\./);
    assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), []);
  });

  it('refuses it the same way when names.age was removed (a sync) after that change, and writes nothing in its place', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    await a.list();
    const b = await windowOn(fs);
    await b.list();
    await b.rename(TODAY, RENAMED);
    fs.files.delete(NAMES_PATH); // A sync removed it; the plain stamp beside it stayed.
    const refused = await a.write(ONE_ON_ONE, text('2026-11-23', 'A typed this.')).then(() => undefined, (error: unknown) => error);
    const en = saveRefusal(bundleTranslator('en') as Translator, refused)?.message ?? '';
    assert.ok(en.startsWith('Not saved: the journal\'s list of entry names, .leadership-journal/names.age, is missing (removed, perhaps by a sync), and another window changed it after this window last read it:'), en);
    assert.match(saveRefusal(bundleTranslator('de') as Translator, refused)?.message ?? '', /fehlt \(entfernt, vielleicht durch eine Synchronisierung\)/);
    assert.equal(fs.files.has(NAMES_PATH), false, 'nothing written in its place');
    await b.write(RENAMED, text('2026-11-23', 'B edited this.')); // B read the last change: its names go back.
    await a.write(ONE_ON_ONE, text('2026-11-23', 'A typed this.'));
    const entries = await entriesNow(fs);
    assert.equal(entries[TODAY], undefined, 'B\'s rename is not undone');
    assert.match(entries[RENAMED] ?? '', /B edited this\./);
    assert.match(entries[ONE_ON_ONE] ?? '', /A typed this\./);
    assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), []);
  });

  it('lets a window that read the last change write its names over the damaged list, as before', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    await a.list();
    await a.rename(TODAY, RENAMED);
    damage(fs);
    await a.write(NEW_DAY, text('2026-11-25', 'A wrote this.'));
    assert.equal(damagedCopies(fs).length, 1);
    const entries = await entriesNow(fs);
    assert.ok(entries[RENAMED] !== undefined && entries[TODAY] === undefined);
    assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), []);
  });
});

describe('the generation of names.age', function () {
  this.timeout(60_000);

  it('counts every write, reads a list without one (the current release\'s) as generation 0, and opens with the reference age tool', async () => {
    const fs = await opaqueJournal();
    const first = (await namesJson(fs)).generation;
    assert.equal(typeof first, 'number');
    assert.equal(new TextDecoder().decode(fs.files.get(NAMES_GENERATION_PATH)), `{"generation":${String(first)}}\n`, 'the plain stamp beside it says the same');
    // The list as the current release writes it: no generation.
    const unlock = await unlockJournal(fs, { kind: 'passphrase', passphrase: PASSPHRASE });
    assert.ok(unlock.ok);
    const sealing = sealingOf(unlock.journal.keys);
    const older = await namesJson(fs);
    delete older.generation;
    fs.files.set(NAMES_PATH, await sealing.seal(utf8(`${JSON.stringify(older)}\n`)));
    fs.files.delete(NAMES_GENERATION_PATH);
    const a = await windowOn(fs);
    assert.ok((await a.list()).some((file) => file.path === TODAY), 'read as before');
    await a.rename(TODAY, RENAMED);
    assert.equal((await namesJson(fs)).generation, 1, 'a list without a generation is generation 0; the write makes it 1');
    await a.write(NEW_DAY, text('2026-11-25', 'A wrote this.'));
    assert.equal((await namesJson(fs)).generation, 2);
    requireAge();
    const dir = mkdtempSync(join(tmpdir(), 'lj-names-'));
    try {
      writeFileSync(join(dir, 'key.age'), fs.files.get(KEY_PATH) ?? new Uint8Array());
      writeFileSync(join(dir, 'names.age'), fs.files.get(NAMES_PATH) ?? new Uint8Array());
      const run = runAgeInTerminal(['--decrypt', '--identity', 'key.age', '--output', 'names.json', 'names.age'], [PASSPHRASE], dir);
      assert.equal(run.status, 0, run.stderr + run.stdout);
      const map = JSON.parse(readFileSync(join(dir, 'names.json'), 'utf8')) as { generation?: unknown; names?: Record<string, string> };
      assert.equal(map.generation, 2);
      assert.ok(Object.values(map.names ?? {}).includes(NEW_DAY));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
