// An export from an encrypted journal says its file is plain text, in English and German, after the
// export's own sentence; from a plain journal the sentence is as it was (plainExportNotice.ts, used by
// every export in exportCommands.ts; Export Report… on an encrypted journal is driven in
// test/e2e/encryptedFeatures.e2e.ts).
import * as assert from 'node:assert/strict';
import { exportedMessage } from '../../../../src/extension/export/plainExportNotice';
import { bundleTranslator } from '../../../support/bundleTranslator';

type Translator = Parameters<typeof exportedMessage>[0];
const en = bundleTranslator('en') as Translator;
const de = bundleTranslator('de') as Translator;

describe('exports from an encrypted journal say the file is plain text', () => {
  it('adds the notice for an encrypted journal only, in the user\'s language', () => {
    const written = en.t('Wrote the journal report to {0}.', 'leadership-report-2026-12-05.html');
    assert.equal(exportedMessage(en, written, false), 'Wrote the journal report to leadership-report-2026-12-05.html.');
    assert.equal(exportedMessage(en, written, true), 'Wrote the journal report to leadership-report-2026-12-05.html. The journal is encrypted, but this file is written in plain text: keep it somewhere safe, or delete it when you are done.');
    const geschrieben = de.t('Wrote the journal report to {0}.', 'leadership-report-2026-12-05.html');
    assert.equal(exportedMessage(de, geschrieben, true), 'Der Journalbericht wurde nach leadership-report-2026-12-05.html geschrieben. Das Journal ist verschlüsselt, aber diese Datei wird unverschlüsselt geschrieben: Bewahren Sie sie sicher auf, oder löschen Sie sie, wenn Sie fertig sind.');
  });
});
