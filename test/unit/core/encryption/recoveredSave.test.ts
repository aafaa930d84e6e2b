// Saving an edit of an opaque journal's `recovered/<id>.md` entry (its name lost: a sync put back an
// older names.age) (eighth review, finding 5): the edit goes into that entry's own file, so the
// journal still lists one recovered entry, with the edit, and renaming it afterwards (the warning's
// advice) carries the edit, where the save made a second id named "recovered/<id>.md" that hid the
// first, and the old text came back after the rename.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { NAMES_PATH, opaqueIdOf } from '../../../../src/core/encryption/layout';
import { entriesNow, NEW_DAY, opaqueJournal, windowOn } from '../../../support/opaqueWindows';

const WRITTEN = '---\ndate: 2026-11-25\nkind: daily\n---\n\nWritten in another window.\n';
const EDITED = `${WRITTEN}A line added to the recovered entry.\n`;

describe('saving an edited recovered entry of an opaque journal', function () {
  this.timeout(60_000);

  it('writes into the entry\'s own file, and renaming it afterwards keeps the edit and leaves nothing recovered', async () => {
    const fs = await opaqueJournal();
    const older = fs.files.get(NAMES_PATH);
    assert.ok(older !== undefined);
    await (await windowOn(fs)).write(NEW_DAY, utf8(WRITTEN));
    const files = (): number => [...fs.files.keys()].filter((path) => opaqueIdOf(path) !== undefined).length;
    fs.put(NAMES_PATH, older); // A sync puts back the map from before NEW_DAY was named.
    const view = await windowOn(fs);
    const recovered = (await view.list()).map((file) => file.path).filter((path) => path.startsWith('recovered/'));
    assert.equal(recovered.length, 1);
    const path = recovered[0] ?? '';
    const before = files();
    await view.write(path, utf8(EDITED));
    assert.equal(files(), before, 'no second file');
    assert.deepEqual(Object.entries(await entriesNow(fs)).filter(([name]) => name.startsWith('recovered/')), [[path, EDITED]]);
    await view.rename(path, NEW_DAY);
    const entries = await entriesNow(fs);
    assert.equal(entries[NEW_DAY], EDITED);
    assert.deepEqual(Object.keys(entries).filter((name) => name.startsWith('recovered/')), []);
  });
});
