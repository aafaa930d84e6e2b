// A window has recovered/<id>.md open (its name was lost: a sync put back an older names.age), and
// another window gives it its name back, as the warning advises (ninth review, finding 5). The first
// window's save of its edit must not land as a second entry literally named "recovered/<id>.md", told
// saved: it is refused as a save of an entry renamed elsewhere is, naming the name it has now, in the
// user's words (English and German), and writes nothing — every time, so no such entry is ever made.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { NAMES_PATH } from '../../../../src/core/encryption/layout';
import { NamesChanged } from '../../../../src/core/encryption/namesChanged';
import { saveRefusal } from '../../../../src/extension/encryption/saveRefusal';
import { bundleTranslator } from '../../../support/bundleTranslator';
import { entriesNow, NEW_DAY, opaqueJournal, windowOn } from '../../../support/opaqueWindows';

const B_TEXT = '---\ndate: 2026-11-25\nkind: daily\n---\n\nWritten in window B.\n';
const A_EDIT = `${B_TEXT}A added a line to the recovered entry.\n`;

describe('saving recovered/<id>.md after another window gave it its name back', function () {
  this.timeout(60_000);

  it('is refused, naming the name it has now, and writes nothing', async () => {
    const fs = await opaqueJournal();
    const older = fs.files.get(NAMES_PATH);
    assert.ok(older !== undefined);
    const first = await windowOn(fs);
    await first.list();
    await first.write(NEW_DAY, utf8(B_TEXT));
    fs.files.set(NAMES_PATH, older); // A sync puts back the older names.age: NEW_DAY's name is lost.
    const a = await windowOn(fs);
    const b = await windowOn(fs);
    const recovered = (await a.list()).map((file) => file.path).find((path) => path.startsWith('recovered/'));
    assert.ok(recovered !== undefined);
    await b.list();
    await b.rename(recovered, NEW_DAY);
    for (let i = 1; i <= 2; i++) {
      const error: unknown = await a.write(recovered, utf8(A_EDIT)).then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof NamesChanged, `save ${i} refused`);
      assert.equal(saveRefusal(bundleTranslator('en'), error)?.message, `Not saved: another window gave ${recovered} its name back: it is ${NEW_DAY} now, so nothing was written. Your text stays in the editor. Open ${NEW_DAY}, copy your text from this editor into it and save it there; then close this editor without saving (saving it here again is refused the same way).`);
      assert.equal(saveRefusal(bundleTranslator('de'), error)?.message, `Nicht gespeichert: ein anderes Fenster hat ${recovered} seinen Namen zurückgegeben: Er heißt jetzt ${NEW_DAY}, darum wurde nichts geschrieben. Ihr Text bleibt im Editor. Öffnen Sie ${NEW_DAY}, kopieren Sie Ihren Text aus diesem Editor hinein und speichern Sie ihn dort; schließen Sie dann diesen Editor, ohne zu speichern (erneutes Speichern hier wird ebenso abgelehnt).`);
    }
    const entries = await entriesNow(fs);
    assert.equal(entries[NEW_DAY], B_TEXT, 'the named entry as B left it');
    assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), [], 'no entry named recovered/…');
  });
});
