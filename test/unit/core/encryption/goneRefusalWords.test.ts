// A save or rename refused because the entry's id is listed as gone in names.age (the eleventh review,
// finding 2): another window renamed an entry over this one, and this one's file was left — that
// rename cut off before it removed it, or the disk refused the removal (knownNames.ts). Up to now the
// refusal said the list of names had been "written again without it, perhaps after a sync removed
// it": true only when the id is not listed as gone. Now it says what happened, and where the text is.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { saveRefusal } from '../../../../src/extension/encryption/saveRefusal';
import { bundleTranslator } from '../../../support/bundleTranslator';
import type { MemoryJournalFs } from '../../../support/memoryJournalFs';
import { entriesNow, LATER, NEW_DAY, ONE_ON_ONE, opaqueJournal, refusingRemoval, TODAY, windowOn } from '../../../support/opaqueWindows';

type Translator = Parameters<typeof saveRefusal>[0];
const text = (words: string): Uint8Array => utf8(`---\ndate: 2026-11-23\nkind: one-on-one\n---\n\n${words}\n`);

/** What two windows open from before and idle are told when one saves, and the other renames, ONE_ON_ONE after another window renamed `over` onto it, its file left; `after` runs between. */
async function refusalsAfterRenameOver(over: 'today' | 'a new entry', after: (fs: MemoryJournalFs) => Promise<void>): Promise<{ fs: MemoryJournalFs; recovered: string; save: unknown; rename: unknown }> {
  const fs = await opaqueJournal();
  const saver = await windowOn(fs);
  await saver.list();
  const renamer = await windowOn(fs);
  await renamer.list();
  const replacedFile = saver.sealedPathOf(ONE_ON_ONE);
  const recovered = `recovered/${replacedFile.replace(/\.md\.age$/, '')}.md`;
  const a = await windowOn(fs, refusingRemoval(fs, new Set([replacedFile])));
  await a.list();
  if (over === 'a new entry') {
    await a.write(NEW_DAY, text('A started this.'));
  }
  await assert.rejects(a.rename(over === 'today' ? TODAY : NEW_DAY, ONE_ON_ONE), /the disk refused the removal/);
  await after(fs);
  const save = await saver.write(ONE_ON_ONE, text('B typed this.')).then(() => undefined, (error: unknown) => error);
  const rename = await renamer.rename(ONE_ON_ONE, '2026/11/2026-11-28.md').then(() => undefined, (error: unknown) => error);
  return { fs, recovered, save, rename };
}

const CAUSE = 'this one\'s file was left (that rename was cut off before it removed it, or the disk refused the removal): its text as saved before is listed as';

describe('a save or rename refused because another window renamed an entry over this one, its file left', function () {
  this.timeout(60_000);

  it('says so, not that a sync put back an older list, when the entry renamed over it has since moved on', async () => {
    const { fs, recovered, save, rename } = await refusalsAfterRenameOver('today', async (disk) => {
      const c = await windowOn(disk);
      await c.list();
      await c.rename(ONE_ON_ONE, LATER); // The name is free again.
    });
    const en = saveRefusal(bundleTranslator('en') as Translator, save)?.message ?? '';
    assert.doesNotMatch(en, /sync/);
    assert.ok(en.startsWith(`Not saved: another window renamed another entry to ${ONE_ON_ONE}, in place of this one, and that entry has since been renamed or deleted; ${CAUSE} ${recovered}, so nothing was written.`), en);
    assert.ok(en.includes(`Saving again writes it under this name as a new entry; the text saved before stays at ${recovered}.`), en);
    const renameEn = saveRefusal(bundleTranslator('en') as Translator, rename)?.message ?? '';
    assert.ok(renameEn.startsWith(`Not renamed: another window renamed another entry to ${ONE_ON_ONE}, in place of this one, and that entry has since been renamed or deleted; ${CAUSE} ${recovered}, so nothing was changed.`), renameEn);
    const de = saveRefusal(bundleTranslator('de') as Translator, save)?.message ?? '';
    assert.doesNotMatch(de, /Synchronisierung/);
    assert.ok(de.includes(`ein anderes Fenster hat an Stelle dieses Eintrags einen anderen in ${ONE_ON_ONE} umbenannt, und jener wurde seither umbenannt oder gelöscht; die Datei dieses Eintrags blieb`), de);
    assert.ok(de.includes(`Sein zuvor gespeicherter Text ist als ${recovered} aufgeführt`), de);
    const entries = await entriesNow(fs);
    assert.match(entries[recovered] ?? '', /Zoë is worried about the reorg/);
    assert.equal(entries[ONE_ON_ONE], undefined);
  });

  it('says so, not that a sync put back an older list, when a new entry this window never knew was renamed over it', async () => {
    const { fs, recovered, save, rename } = await refusalsAfterRenameOver('a new entry', async () => undefined);
    const en = saveRefusal(bundleTranslator('en') as Translator, save)?.message ?? '';
    assert.doesNotMatch(en, /sync/);
    assert.ok(en.startsWith(`Not saved: another window renamed another entry to ${ONE_ON_ONE}, in place of this one; ${CAUSE} ${recovered}, so nothing was written.`), en);
    assert.ok(en.includes('Saving again puts it over the entry now under this name.'), en);
    const renameEn = saveRefusal(bundleTranslator('en') as Translator, rename)?.message ?? '';
    assert.ok(renameEn.startsWith(`Not renamed: another window renamed another entry to ${ONE_ON_ONE}, in place of this one; ${CAUSE} ${recovered}, so nothing was changed.`), renameEn);
    const de = saveRefusal(bundleTranslator('de') as Translator, save)?.message ?? '';
    assert.doesNotMatch(de, /Synchronisierung/);
    assert.ok(de.includes(`ein anderes Fenster hat an Stelle dieses Eintrags einen anderen in ${ONE_ON_ONE} umbenannt; die Datei dieses Eintrags blieb`), de);
    const entries = await entriesNow(fs);
    assert.match(entries[recovered] ?? '', /Zoë is worried about the reorg/);
    assert.match(entries[ONE_ON_ONE] ?? '', /A started this\./);
  });
});
