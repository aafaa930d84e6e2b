// names.age removed (a sync), then a window opened that knows no names writes it afresh with only its
// new entry (ninth review, finding 3). A window open from before, which knows every name, must not take
// that map as the truth: its save of an entry is not refused as "another window deleted" it, and the
// names it knows whose files are there are written back into names.age (knownNames.ts), so every
// window lists the entries under their names again, none under recovered/.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import { NAMES_PATH } from '../../../../src/core/encryption/layout';
import { entriesNow, NEW_DAY, ONE_ON_ONE, opaqueJournal, TODAY, windowOn } from '../../../support/opaqueWindows';

const text = (date: string, words: string): Uint8Array => utf8(`---\ndate: ${date}\nkind: daily\n---\n\n${words}\n`);

describe('names.age removed, then written afresh by a window that knew no names', function () {
  this.timeout(60_000);

  it('leaves an older window\'s save of a known entry landing, and its names written back', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    const before = (await a.list()).map((file) => file.path).filter((path) => path.startsWith('2026/11/'));
    fs.files.delete(NAMES_PATH); // A sync removed it.
    const c = await windowOn(fs); // C opens now: it knows no names.
    assert.ok((await c.list()).some((file) => file.path.startsWith('recovered/')), 'C lists the entries as recovered');
    await c.write(NEW_DAY, text('2026-11-25', 'C wrote this.'));
    // A lists (names.age changed): it keeps the names it knows.
    const listed = (await a.list()).map((file) => file.path);
    assert.deepEqual(listed.filter((path) => path.startsWith('recovered/')), []);
    await a.write(TODAY, text('2026-11-23', 'A typed this into TODAY.'));
    const entries = await entriesNow(fs);
    assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), [], 'no entry left under recovered/');
    assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('2026/11/')).sort(), [...before, NEW_DAY].sort());
    assert.match(entries[TODAY] ?? '', /A typed this into TODAY\./);
    assert.match(entries[NEW_DAY] ?? '', /C wrote this\./);
    assert.ok(entries[ONE_ON_ONE] !== undefined);
  });

  it('writes the known names back at a change even without a listing first, and refuses no save as deleted', async () => {
    const fs = await opaqueJournal();
    const a = await windowOn(fs);
    await a.list();
    fs.files.delete(NAMES_PATH);
    const c = await windowOn(fs);
    await c.list();
    await c.write(NEW_DAY, text('2026-11-25', 'C wrote this.'));
    await a.write(TODAY, text('2026-11-23', 'A typed this into TODAY.'));
    const entries = await entriesNow(fs);
    assert.deepEqual(Object.keys(entries).filter((path) => path.startsWith('recovered/')), []);
    assert.match(entries[TODAY] ?? '', /A typed this into TODAY\./);
  });
});
