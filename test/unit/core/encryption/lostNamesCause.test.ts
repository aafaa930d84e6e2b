// The warning a listing gives for entries it shows as recovered/ID.md, their names not in names.age
// (decryptingJournalFs.ts onNamesLost, lostNamesMessage.ts). Up to now it always said "a sync or a
// restored backup put back an older one", also where a window knows better: an id names.age lists as
// gone (another window renamed an entry over it, its file left), or a name this window held that a
// list written anew over a damaged one lost (another window's rename this window had not read). Now
// it says what the window can tell, and the sync only where it cannot. English and German.
import * as assert from 'node:assert/strict';
import { utf8 } from '../../../../src/core/crypto/bytes';
import type { LostCause } from '../../../../src/core/encryption/decryptingJournalFs';
import { NAMES_PATH } from '../../../../src/core/encryption/layout';
import { lostNamesMessage } from '../../../../src/extension/encryption/lostNamesMessage';
import { bundleTranslator } from '../../../support/bundleTranslator';
import { NEW_DAY, ONE_ON_ONE, opaqueJournal, refusingRemoval, RENAMED, TODAY, windowOn } from '../../../support/opaqueWindows';

type Translator = Parameters<typeof lostNamesMessage>[0];
const en = bundleTranslator('en') as Translator;
const de = bundleTranslator('de') as Translator;
const text = (words: string): Uint8Array => utf8(`---\ndate: 2026-11-25\nkind: daily\n---\n\n${words}\n`);

/** What a window's listings told: each call's entries and cause. */
function listener(): { told: { entries: readonly string[]; cause: LostCause | undefined }[]; onLost: (entries: readonly string[], cause?: LostCause) => void } {
  const told: { entries: readonly string[]; cause: LostCause | undefined }[] = [];
  return { told, onLost: (entries, cause) => told.push({ entries, cause }) };
}

describe('the warning for entries a listing shows as recovered/ID.md', function () {
  this.timeout(60_000);

  it('says another window wrote the list anew over a damaged one holding changes this window had not read, in a window open from before; not a sync', async () => {
    const fs = await opaqueJournal();
    const heard = listener();
    const a = await windowOn(fs, fs, undefined, heard.onLost);
    await a.list();
    const recovered = `recovered/${a.sealedPathOf(TODAY).replace(/\.md\.age$/, '')}.md`;
    const b = await windowOn(fs);
    await b.list();
    await b.rename(TODAY, RENAMED);
    const whole = fs.files.get(NAMES_PATH);
    assert.ok(whole !== undefined);
    fs.files.set(NAMES_PATH, whole.slice(0, Math.floor(whole.length / 2)));
    const c = await windowOn(fs); // Unlocked after the damage: it knows no names.
    await c.write(NEW_DAY, text('C wrote this.'));
    await a.list();
    const told = heard.told.find((call) => call.entries.includes(recovered));
    assert.equal(told?.cause, 'replaced-unread', JSON.stringify(heard.told));
    const words = lostNamesMessage(en, [recovered], told?.cause);
    assert.doesNotMatch(words, /sync/);
    assert.equal(words, `${recovered} has lost its name: the journal's encrypted list of names does not hold it (another window wrote the list anew in place of a damaged or missing one that held changes this window had not read, such as a rename in another window). Its text is safe. Rename it to the name it should have (its date is in its front matter), or open it and copy its text into the entry it belongs to.`);
    assert.doesNotMatch(lostNamesMessage(de, [recovered], told?.cause), /Synchronisierung/);
  });

  it('says another window renamed another entry over it, its file left, for an id listed as gone; not a sync', async () => {
    const fs = await opaqueJournal();
    const heard = listener();
    const b = await windowOn(fs, fs, undefined, heard.onLost);
    await b.list();
    const replacedFile = b.sealedPathOf(ONE_ON_ONE);
    const recovered = `recovered/${replacedFile.replace(/\.md\.age$/, '')}.md`;
    const a = await windowOn(fs, refusingRemoval(fs, new Set([replacedFile])));
    await a.list();
    await assert.rejects(a.rename(TODAY, ONE_ON_ONE), /the disk refused the removal/);
    await b.list();
    const told = heard.told.find((call) => call.entries.includes(recovered));
    assert.equal(told?.cause, 'gone', JSON.stringify(heard.told));
    const words = lostNamesMessage(en, [recovered], told?.cause);
    assert.equal(words, `${recovered} has lost its name: the journal's encrypted list of names does not hold it (another window renamed another entry over it, and its file was left: that rename was cut off before it removed the file, or the disk refused the removal). Its text is safe. Rename it to the name it should have (its date is in its front matter), or open it and copy its text into the entry it belongs to.`);
    assert.match(lostNamesMessage(de, [recovered, recovered], told?.cause), /ein anderes Fenster hat andere Einträge an ihre Stelle umbenannt/);
  });

  it('still names a sync or a restored backup where the window never knew the names (unlocked after an older list was put back)', async () => {
    const fs = await opaqueJournal();
    const older = fs.files.get(NAMES_PATH);
    const b = await windowOn(fs);
    await b.write(NEW_DAY, text('B wrote this.'));
    const recovered = `recovered/${b.sealedPathOf(NEW_DAY).replace(/\.md\.age$/, '')}.md`;
    assert.ok(older !== undefined);
    fs.files.set(NAMES_PATH, older);
    const heard = listener();
    const c = await windowOn(fs, fs, undefined, heard.onLost);
    await c.list();
    const told = heard.told.find((call) => call.entries.includes(recovered));
    assert.ok(told !== undefined && told.cause === undefined, JSON.stringify(heard.told));
    assert.match(lostNamesMessage(en, [recovered], told.cause), /\(a sync or a restored backup put back an older one\)/);
  });
});
