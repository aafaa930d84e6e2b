// What Encrypt, Decrypt and Change Passphrase say when they finish, in English and German, formatted
// with the shipped bundles as VS Code would: one entry is "1 entry" ("1 Eintrag"), never "1 entries", and
// one already done is "1 was", never "1 were"; with none already done, nothing is said of them.
import * as assert from 'node:assert/strict';
import type { MigrationOutcome } from '../../../../src/core/encryption/migrationRun';
import { doneMessage } from '../../../../src/extension/encryption/doneMessage';
import type { Translator } from '../../../../src/core/text/format';
import { bundleTranslator } from '../../../support/bundleTranslator';

const translator = (language: 'en' | 'de'): Translator => bundleTranslator(language) as Translator;

const outcome = (operation: MigrationOutcome['operation'], converted: number, already: number): MigrationOutcome =>
  ({ operation, status: 'done', converted, already, attention: [], notes: [] }) as unknown as MigrationOutcome;

describe('encryption: what a finished run says', () => {
  it('counts one entry as one entry, and more as entries, in English', () => {
    const en = translator('en');
    assert.equal(doneMessage(en, outcome('encrypt', 1, 0)), 'Encrypted 1 entry.');
    assert.equal(doneMessage(en, outcome('encrypt', 2, 1)), 'Encrypted 2 entries (1 was already done).');
    assert.equal(doneMessage(en, outcome('decrypt', 1, 3)), 'Decrypted 1 entry (3 were already done): the journal is plain Markdown again.');
    assert.equal(doneMessage(en, outcome('change-passphrase', 1, 0)), 'Re-encrypted 1 entry to the new passphrase.');
    assert.equal(doneMessage(en, outcome('change-passphrase', 0, 4)), 'Re-encrypted 0 entries to the new passphrase (4 were already done).');
  });

  it('says the same in German', () => {
    const de = translator('de');
    assert.equal(doneMessage(de, outcome('encrypt', 1, 0)), '1 Eintrag verschlüsselt.');
    assert.equal(doneMessage(de, outcome('encrypt', 5, 1)), '5 Einträge verschlüsselt (1 war es schon).');
    assert.equal(doneMessage(de, outcome('decrypt', 1, 2)), '1 Eintrag entschlüsselt (2 waren es schon): Das Journal ist wieder reines Markdown.');
  });
});
