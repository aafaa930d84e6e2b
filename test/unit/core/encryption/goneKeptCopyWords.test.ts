// A dead window's save cut off beside the file of an entry whose id names.age lists as gone (another
// window renamed an entry over it, and its file was left: knownNames.ts). The unlock keeps the save
// aside as a new opaque file, unnamed, as the entry is (keptCopyName.ts: a gone id has no name to
// give it). Up to now the unlock's output named the entry by its opaque file, "A save of
// 3mzg….md.age …", a name the user sees nowhere; now it names both as the Explorer lists them,
// recovered/ID.md, and says plainly that the list has no name for either. English and German.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { sealingOf } from '../../../../src/core/encryption/journalUnlock';
import { partialPath } from '../../../../src/core/encryption/layout';
import { restoreOrphans } from '../../../../src/core/encryption/orphanedPartials';
import { interruptedSaveLines } from '../../../../src/extension/encryption/interruptedSaveLines';
import { bundleTranslator } from '../../../support/bundleTranslator';
import { entriesNow, ONE_ON_ONE, opaqueJournal, refusingRemoval, TODAY, windowOn } from '../../../support/opaqueWindows';
import { unlockedNow, unlockHost } from './cutOffSave';

type Translator = Parameters<typeof interruptedSaveLines>[0];

describe('the unlock\'s output for a kept cut-off save of an entry listed as gone', function () {
  this.timeout(60_000);

  it('names the entry and its kept copy as the Explorer lists them, recovered/ID.md, and says their names are unknown, never by an opaque file', async () => {
    const fs = await opaqueJournal();
    const dead = await windowOn(fs);
    await dead.list();
    const replacedFile = dead.sealedPathOf(ONE_ON_ONE);
    const replacedId = replacedFile.replace(/\.md\.age$/, '');
    // The dead window's save of ONE_ON_ONE, cut off before its rename: its partial beside the file, holding other text.
    const orphan = partialPath(replacedFile, dead.writer);
    fs.files.set(orphan, await sealingOf((await unlockedNow(fs)).keys).seal(utf8('---\ndate: 2026-11-23\nkind: one-on-one\n---\n\nThe dead window typed this.\n')));
    const a = await windowOn(fs, refusingRemoval(fs, new Set([replacedFile])));
    await a.list();
    await assert.rejects(a.rename(TODAY, ONE_ON_ONE), /the disk refused the removal/); // ONE_ON_ONE's id listed as gone, its file left.
    const repair = await restoreOrphans(unlockHost(fs, orphan, Date.now()), await unlockedNow(fs));
    assert.equal(repair.keptAside.length, 1, JSON.stringify(repair));
    const kept = `recovered/${(repair.keptAside[0]?.kept ?? '').replace(/\.md\.age$/, '')}.md`;
    const en = interruptedSaveLines(bundleTranslator('en') as Translator, repair).map((line) => line.text).join('\n');
    assert.doesNotMatch(en, /\.md\.age/, 'no opaque file named');
    assert.equal(en, `A save of recovered/${replacedId}.md that a closed window cut off before its rename, with other text than the entry, is kept aside as ${kept}. The journal's list of names has no name for either (another window renamed another entry over this one and its file was left, or the list lost its name), so both are listed under recovered/ with their text. Compare the two, then delete the one you do not need, and rename the other to the name it should have (its date is in its text).`);
    const de = interruptedSaveLines(bundleTranslator('de') as Translator, repair).map((line) => line.text).join('\n');
    assert.doesNotMatch(de, /\.md\.age/);
    assert.ok(de.includes(`recovered/${replacedId}.md`) && de.includes(kept), de);
    assert.match(de, /Die Namensliste des Journals hat für keinen der beiden einen Namen/);
    const entries = await entriesNow(fs);
    assert.match(entries[`recovered/${replacedId}.md`] ?? '', /Zoë is worried about the reorg/);
    assert.match(entries[kept] ?? '', /The dead window typed this\./);
  });
});
