// The HTML report in the display language: with the German bundle (as `vscode.l10n.t` gives it) every
// word the report writes is German, with `Intl`'s German decimals and months; with no bundle it is
// byte for byte the English report the CLI writes, so the messages in the report's files are the
// English text itself.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHtmlReport } from '../../../../src/core/report/htmlReport';
import { ENGLISH_REPORT, reportLanguage } from '../../../../src/core/report/reportLanguage';
import { buildReport } from '../../../../src/core/report/reportModel';
import { day, largeJournal } from '../trends/fixtures';

const bundle = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
/** As `vscode.l10n.t` does: the translation (or the message itself), `{n}` filled. */
const translator = (messages: Readonly<Record<string, string>>) => ({
  t: (message: string, ...args: (string | number | boolean)[]): string =>
    (messages[message] ?? message).replace(/\{(\d+)\}/g, (whole, index: string) => String(args[Number(index)] ?? whole)),
});

describe('report: its language', () => {
  const report = buildReport(largeJournal(400), [{ path: 'bad.md', reason: 'invalid YAML' }], day('2026-11-23'));
  const options = { journal: 'journal', generator: 'Leadership Journal 9.9.9' };

  it('is the English report with no bundle', () => {
    assert.equal(renderHtmlReport(report, { ...options, language: reportLanguage(translator({}), 'en') }), renderHtmlReport(report, options));
    assert.equal(renderHtmlReport(report, { ...options, language: ENGLISH_REPORT }), renderHtmlReport(report, options));
  });

  it('is German with the German bundle: headings, tables, charts, names, decimals and months', () => {
    const html = renderHtmlReport(report, { ...options, language: reportLanguage(translator(bundle), 'de') });
    assert.match(html, /^<!doctype html>\n<html lang="de">/);
    for (const german of ['<h1>Leadership-Journal-Bericht</h1>', 'Warum und Wie, Woche für Woche', 'Aktuelle Serie', 'Dieser Monat bisher',
      'Kotters Funktionen', 'Offline erstellt von Leadership Journal 9.9.9', 'Nicht als Einträge gelesene Dateien', '>Mo<', 'Einträge pro Woche']) {
      assert.ok(html.includes(german), german);
    }
    assert.match(html, /<td class="num">\d+,\d<\/td>/, 'German decimals');
    assert.match(html, /<td>(Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)\.? 20\d\d<\/td>/, 'German month names');
    const text = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
    for (const english of ['Why and how', 'Current streak', 'entries', 'This month so far', 'Traps flagged', 'Nobody', 'Made offline', 'week']) {
      assert.ok(!text.includes(english), `"${english}" left in the German report`);
    }
  });

  it('falls back to English formats for a locale Intl refuses, still translating', () => {
    const language = reportLanguage(translator(bundle), 'not a locale!');
    assert.equal(language.decimal(2.45), '2.5');
    assert.equal(language.t('Side'), 'Seite');
  });
});
