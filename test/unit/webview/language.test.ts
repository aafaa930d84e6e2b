// A webview's language: the l10n message the host posts once is validated as untrusted input, and
// `@vscode/l10n` configured with its bundle translates the webviews' tables; a new message (English
// again) replaces the old language, numbers follow the locale, and placeholders are filled in order.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainStrings } from '../../../src/webview/explain/strings';
import { isL10nMessage, type L10nMessage } from '../../../src/webview/l10nProtocol';
import { currentLocale, fill, parts, translatedTable, useL10n } from '../../../src/webview/language';
import { t } from '../../../src/webview/trends/i18n';
import { webviewStrings, type WebviewStringKey } from '../../../src/webview/trends/strings';

const germanBundle = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
const GERMAN: L10nMessage = { type: 'l10n', locale: 'de', bundle: germanBundle };
const ENGLISH: L10nMessage = { type: 'l10n', locale: 'en', bundle: null };

describe('webview: the language posted once', () => {
  after(() => useL10n(ENGLISH));

  it('accepts the host\'s message and refuses a malformed one', () => {
    assert.ok(isL10nMessage(ENGLISH));
    assert.ok(isL10nMessage(GERMAN));
    for (const message of [
      null, 'l10n', { type: 'l10n', locale: 'de' }, { type: 'l10n', locale: 'en"><script>', bundle: null },
      { type: 'l10n', locale: 'de', bundle: [] }, { type: 'l10n', locale: 'de', bundle: { Hello: 3 } },
      { type: 'l10n', locale: 'de', bundle: { Hello: 'x'.repeat(5000) } }, { type: 'state', locale: 'de', bundle: null },
    ]) {
      assert.equal(isL10nMessage(message), false, JSON.stringify(message).slice(0, 80));
    }
  });

  it('translates both webviews\' tables with the German bundle, every key, and back to English with none', () => {
    useL10n(ENGLISH);
    const english = webviewStrings();
    useL10n(GERMAN);
    assert.equal(currentLocale(), 'de');
    const german = webviewStrings();
    assert.equal(german.trendsHeading, 'Ihre Führungstrends');
    assert.equal(explainStrings().heading, 'Warum diese Tags?');
    const untranslated = (Object.keys(english) as WebviewStringKey[]).filter((key) => german[key] !== germanBundle[english[key]]);
    assert.deepEqual(untranslated, [], 'every German string is the bundle\'s translation of the English one');
    useL10n(ENGLISH);
    assert.equal(webviewStrings().trendsHeading, 'Your leadership trends');
  });

  it('fills placeholders in order with numbers as the locale writes them, and rebuilds tables on a new language', () => {
    useL10n(GERMAN);
    assert.equal(t('entriesMany', 1234), '1.234 Einträge');
    assert.equal(fill('{1} / {0} / {2}', ['a', 2.5]), '2,5 / a / {2}');
    useL10n(ENGLISH);
    assert.equal(t('entriesMany', 1234), '1,234 entries');
    let builds = 0;
    const table = translatedTable(() => ({ key: `built ${++builds}` }));
    assert.equal(table().key, 'built 1');
    assert.equal(table().key, 'built 1', 'built once per language');
    useL10n(GERMAN);
    assert.equal(table().key, 'built 2');
  });

  it('splits a message around its placeholders so an element can stand in one', () => {
    assert.deepEqual(parts('{0} — the why — and {1}', ['<b>', '<i>']), ['<b>', ' — the why — and ', '<i>']);
    assert.deepEqual(parts('no {3} here', ['x']), ['no ', '{3}', ' here']);
  });

  it('falls back to English numbers for a locale Intl refuses', () => {
    useL10n({ locale: 'xx-invalid-tag-that-is-long', bundle: null });
    assert.ok(['en', 'xx-invalid-tag-that-is-long'].includes(currentLocale()));
    useL10n(ENGLISH);
  });
});
