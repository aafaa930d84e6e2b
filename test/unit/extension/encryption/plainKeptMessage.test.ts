// What the user is told when a save sealed a plain-only entry but kept its plain file
// (plainKeptMessage.ts): the words fit the case — changed since opened here, never opened here and
// other text than the save, or not removable — in English and German from the shipped bundles.
import * as assert from 'node:assert/strict';
import { plainKeptMessage } from '../../../../src/extension/encryption/plainKeptMessage';
import { bundleTranslator } from '../../../support/bundleTranslator';

type Translator = Parameters<typeof plainKeptMessage>[0];
const en = bundleTranslator('en') as Translator;
const de = bundleTranslator('de') as Translator;
const ENTRY = '2026/12/2026-12-02.md';
const TAIL = 'so that file is kept as it is, still plain. Open it from the journal folder, keep what you need, then delete it or run Encrypt Journal… again.';
const TAIL_DE = 'darum bleibt sie, wie sie ist, unverschlüsselt. Öffnen Sie sie aus dem Journalordner, übernehmen Sie, was Sie brauchen, und löschen Sie sie dann oder führen Sie „Journal verschlüsseln…“ erneut aus.';

describe('encryption: a plain file kept beside its sealed save, in the user\'s language', () => {
  it('says the file changed since it was opened only when it was opened here', () => {
    assert.equal(plainKeptMessage(en, ENTRY, 'changed'), `${ENTRY} is saved encrypted, but its plain file on disk changed since it was opened (a sync or another editor wrote it), ${TAIL}`);
    assert.equal(plainKeptMessage(de, ENTRY, 'changed'), `${ENTRY} ist verschlüsselt gespeichert, aber seine unverschlüsselte Datei auf der Festplatte hat sich seit dem Öffnen geändert (eine Synchronisierung oder ein anderer Editor hat sie geschrieben), ${TAIL_DE}`);
  });

  it('says a file this window never opened holds other text than the save, without "since it was opened"', () => {
    const english = plainKeptMessage(en, ENTRY, 'differs');
    assert.equal(english, `${ENTRY} is saved encrypted, but its plain file on disk, which this window never opened, holds other text than this save (a sync or another tool wrote it), ${TAIL}`);
    assert.doesNotMatch(english, /since it was opened/);
    const german = plainKeptMessage(de, ENTRY, 'differs');
    assert.equal(german, `${ENTRY} ist verschlüsselt gespeichert, aber seine unverschlüsselte Datei auf der Festplatte, die dieses Fenster nie geöffnet hat, enthält anderen Text als diese Speicherung (eine Synchronisierung oder ein anderes Werkzeug hat sie geschrieben), ${TAIL_DE}`);
    assert.doesNotMatch(german, /seit dem Öffnen/);
  });

  it('says a file that could not be checked or removed is kept, without claiming it changed', () => {
    assert.equal(plainKeptMessage(en, ENTRY, 'stuck'), `${ENTRY} is saved encrypted, but its plain file on disk could not be checked or removed, ${TAIL}`);
    assert.equal(plainKeptMessage(de, ENTRY, 'stuck'), `${ENTRY} ist verschlüsselt gespeichert, aber seine unverschlüsselte Datei auf der Festplatte ließ sich nicht prüfen oder entfernen, ${TAIL_DE}`);
  });
});
