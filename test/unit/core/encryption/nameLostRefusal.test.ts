// names.age removed by a sync; a window that opens next (knowing no names) makes today's entry with
// New Entry — today's entry exists, but that window lists it as recovered/. A window open from before
// saves today's entry: its name is taken now, so the save is refused. Up to the tenth review it was
// told "another window deleted …", falsely, and not where the text saved before is (finding 2): now it
// is told the list of names lost the name, and that text is listed as recovered/<id>.md. English and German.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { NAMES_PATH } from '../../../../src/core/encryption/layout';
import { saveRefusal } from '../../../../src/extension/encryption/saveRefusal';
import { bundleTranslator } from '../../../support/bundleTranslator';
import { entriesNow, opaqueJournal, TODAY, windowOn } from '../../../support/opaqueWindows';

type Translator = Parameters<typeof saveRefusal>[0];
const text = (words: string): Uint8Array => utf8(`---\ndate: 2026-11-23\nkind: daily\n---\n\n${words}\n`);

describe('a save refused after names.age lost the entry\'s name, its file still there', function () {
  this.timeout(60_000);

  it('says the name was lost, not deleted, and where the text saved before is listed', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    await a.list();
    const recovered = `recovered/${/([a-z0-9]+)\.md\.age$/.exec(a.sealedPathOf(TODAY))?.[1] ?? ''}.md`;
    fs.files.delete(NAMES_PATH); // A sync removed it.
    const c = await windowOn(fs);
    await c.list();
    await c.createExclusive(TODAY, text('C started today.'));
    const refusal = await a.write(TODAY, text('A typed this into TODAY.')).then(() => undefined, (error: unknown) => error);
    assert.ok(refusal !== undefined, 'the save is refused: another entry has the name now');
    const en = saveRefusal(bundleTranslator('en') as Translator, refusal)?.message ?? '';
    assert.doesNotMatch(en, /deleted 2026/);
    assert.ok(en.includes(`the journal's list of entry names no longer has ${TODAY} for this entry`), en);
    assert.ok(en.includes(`this entry was not deleted: its text as saved before is listed as ${recovered}`), en);
    const de = saveRefusal(bundleTranslator('de') as Translator, refusal)?.message ?? '';
    assert.ok(de.includes(`dieser Eintrag wurde nicht gelöscht: Sein zuvor gespeicherter Text ist als ${recovered} aufgeführt`), de);
    const entries = await entriesNow(fs);
    assert.match(entries[recovered] ?? '', /I explained why the change matters/);
    assert.match(entries[TODAY] ?? '', /C started today\./);
  });
});
