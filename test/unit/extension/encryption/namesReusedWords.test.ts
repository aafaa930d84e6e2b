// An opaque journal's save or delete refused because another window moved the entry's name away and
// an entry now holds that name again (eighth review, findings 2 and 3): the refusal names both
// causes, renamed or deleted, and that another (or a new) entry now has the name, and says that
// saving again puts the text over that entry — which it does — in English and German.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import type { Translator } from '../../../../src/core/text/format';
import { saveRefusal } from '../../../../src/extension/encryption/saveRefusal';
import { bundleTranslator } from '../../../support/bundleTranslator';
import { entriesNow, opaqueJournal, RENAMED, TODAY, windowOn } from '../../../support/opaqueWindows';

const translator = (language: 'en' | 'de'): Translator => bundleTranslator(language) as Translator;
const refusalOf = (done: Promise<unknown>): Promise<unknown> => done.then(() => undefined, (error: unknown) => error);

const A_TEXT = '---\ndate: 2026-11-23\nkind: daily\n---\n\nA typed this into the old entry.\n';
const B_TEXT = '---\ndate: 2026-11-23\nkind: daily\n---\n\nB wrote a new entry under the old name.\n';

describe('encryption: a refusal after another window gave the entry\'s name to another entry', function () {
  this.timeout(60_000);

  it('renamed, then a new entry under the old name: says both, and that saving again puts the text over that entry, which it does', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    const b = await windowOn(fs);
    await a.list();
    await b.list();
    await b.rename(TODAY, RENAMED);
    await b.write(TODAY, utf8(B_TEXT));
    const refused = await refusalOf(a.write(TODAY, utf8(A_TEXT)));
    assert.equal(saveRefusal(translator('en'), refused)?.message ?? String(refused), `Not saved: another window renamed ${TODAY} to ${RENAMED}, and another entry now has the name ${TODAY}, so nothing was written. Your text stays in the editor. Saving again puts it over the entry now under this name. To keep that entry instead, close this editor without saving.`);
    assert.match(saveRefusal(translator('de'), refused)?.message ?? '', /^Nicht gespeichert: ein anderes Fenster hat .* umbenannt, und ein anderer Eintrag trägt jetzt den Namen .*, darum wurde nichts geschrieben\. .* Erneutes Speichern schreibt ihn über den Eintrag, der jetzt diesen Namen trägt\./);
    await a.write(TODAY, utf8(A_TEXT)); // As the refusal said: over B's new entry.
    const entries = await entriesNow(fs);
    assert.equal(entries[TODAY], A_TEXT);
    assert.match(entries[RENAMED] ?? '', /I explained why the change matters/);
  });

  it('deleted, then a new entry under the old name: says deleted and a new entry, not a rename, for a save and a delete', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    const b = await windowOn(fs);
    await a.list();
    await b.list();
    await b.remove(TODAY);
    await b.write(TODAY, utf8(B_TEXT));
    const refused = await refusalOf(a.write(TODAY, utf8(A_TEXT)));
    assert.equal(saveRefusal(translator('en'), refused)?.message ?? String(refused), `Not saved: another window deleted ${TODAY}, and a new entry now has that name, so nothing was written. Your text stays in the editor. Saving again puts it over the entry now under this name. To keep that entry instead, close this editor without saving.`);
    assert.match(saveRefusal(translator('de'), refused)?.message ?? '', /^Nicht gespeichert: ein anderes Fenster hat .* gelöscht, und ein neuer Eintrag trägt jetzt diesen Namen, darum wurde nichts geschrieben\./);
    const c = await windowOn(fs);
    await c.list();
    const d = await windowOn(fs);
    await d.list();
    await d.remove(TODAY);
    await d.write(TODAY, utf8(B_TEXT));
    const notDeleted = await refusalOf(c.remove(TODAY));
    assert.equal(saveRefusal(translator('en'), notDeleted)?.message ?? String(notDeleted), `Not deleted: another window deleted ${TODAY}, and a new entry now has that name, so nothing was changed.`);
    assert.equal((await entriesNow(fs))[TODAY], B_TEXT);
  });
});
