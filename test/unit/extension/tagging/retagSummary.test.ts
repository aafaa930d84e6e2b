// What Retag All Entries says when it finishes, in English and German, formatted with the shipped
// bundles as VS Code would: one entry is "1 entry" ("1 Eintrag"), never "1 entries"; pinned entries
// are named only when there are some.
import * as assert from 'node:assert/strict';
import { retagSummary } from '../../../../src/extension/tagging/retagSummary';
import type { Translator } from '../../../../src/core/text/format';
import { bundleTranslator } from '../../../support/bundleTranslator';

const translator = (language: 'en' | 'de'): Translator => bundleTranslator(language) as Translator;
const counts = (read: number, updated: number, unchanged: number, skipped: number, pinned: number) => ({ read, updated, unchanged, skipped, pinned });

describe('Retag All Entries: what a finished run says', () => {
  it('counts one entry as one entry, and more as entries, in English', () => {
    const en = translator('en');
    assert.equal(retagSummary(en, counts(1, 1, 0, 0, 0)), 'Retagged 1 entry: 1 updated, 0 unchanged, 0 skipped.');
    assert.equal(retagSummary(en, counts(1, 0, 0, 0, 1)), 'Retagged 1 entry: kept as you labelled it (pinned).');
    assert.equal(retagSummary(en, counts(12, 3, 8, 1, 0)), 'Retagged 12 entries: 3 updated, 8 unchanged, 1 skipped.');
    assert.equal(retagSummary(en, counts(4, 1, 1, 0, 2)), 'Retagged 4 entries: 1 updated, 1 unchanged, 0 skipped, 2 kept as you labelled them (pinned).');
    assert.equal(retagSummary(en, counts(0, 0, 0, 0, 0)), 'Retagged 0 entries: 0 updated, 0 unchanged, 0 skipped.');
  });

  it('says the same in German', () => {
    const de = translator('de');
    assert.equal(retagSummary(de, counts(1, 0, 1, 0, 0)), '1 Eintrag neu getaggt: 0 aktualisiert, 1 unverändert, 0 übersprungen.');
    assert.equal(retagSummary(de, counts(1, 0, 0, 0, 1)), '1 Eintrag neu getaggt: mit Ihrer eigenen Einordnung belassen (angeheftet).');
    assert.equal(retagSummary(de, counts(7, 2, 5, 0, 0)), '7 Einträge neu getaggt: 2 aktualisiert, 5 unverändert, 0 übersprungen.');
  });
});
