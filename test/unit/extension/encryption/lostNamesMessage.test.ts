// What the user is told when entries of an opaque-name journal are listed as `recovered/<id>.md`
// (lostNamesMessage.ts): the entries named (the first three, the rest counted) and what to do, in
// English and German from the shipped bundles.
import * as assert from 'node:assert/strict';
import { lostNamesMessage } from '../../../../src/extension/encryption/lostNamesMessage';
import { bundleTranslator } from '../../../support/bundleTranslator';

type Translator = Parameters<typeof lostNamesMessage>[0];
const en = bundleTranslator('en') as Translator;
const de = bundleTranslator('de') as Translator;
const LOST = ['recovered/aaaaaaaaaaaaaaaaaaaaaaaaaa.md', 'recovered/bbbbbbbbbbbbbbbbbbbbbbbbbb.md', 'recovered/cccccccccccccccccccccccccc.md', 'recovered/dddddddddddddddddddddddddd.md', 'recovered/eeeeeeeeeeeeeeeeeeeeeeeeee.md'];

describe('encryption: entries that lost their names, in the user\'s language', () => {
  it('names one entry and says what to do', () => {
    assert.equal(lostNamesMessage(en, LOST.slice(0, 1)), `${LOST[0]} has lost its name: the journal's encrypted list of names does not hold it (a sync or a restored backup put back an older one). Its text is safe. Rename it to the name it should have (its date is in its front matter), or open it and copy its text into the entry it belongs to.`);
    assert.match(lostNamesMessage(de, LOST.slice(0, 1)), new RegExp(`^${LOST[0]} hat seinen Namen verloren: .* Sein Text ist sicher\\. Benennen Sie ihn in den Namen um, den er haben soll`));
  });

  it('names up to three entries, and counts the rest', () => {
    assert.match(lostNamesMessage(en, LOST.slice(0, 2)), new RegExp(`^2 entries have lost their names: .* Their text is safe, listed as ${LOST[0]}, ${LOST[1]}\\. Rename each to the name it should have`));
    assert.match(lostNamesMessage(en, LOST), new RegExp(`Their text is safe, listed as ${LOST[0]}, ${LOST[1]}, ${LOST[2]} and 2 more\\. `));
    assert.match(lostNamesMessage(de, LOST), new RegExp(`^5 Einträge haben ihre Namen verloren: .* Ihr Text ist sicher, aufgeführt als ${LOST[0]}, ${LOST[1]}, ${LOST[2]} und 2 weitere\\. `));
  });
});
