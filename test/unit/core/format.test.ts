// How shares, counts and ids read in the product's text: the same on every surface, in English and
// through a translator (the hover, the HTML report and the webviews share translatedPercent and
// pluralMessage).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  capitalise, delta, ENGLISH, percent, percentNumber, plural, pluralForm, pluralMessage, pluralWord, sentenceCase, translatedDays, translatedPercent, type Translator,
} from '../../../src/core/text/format';

/** A translator with one German message, `{n}` filled, as `vscode.l10n.t` does with the German bundle. */
const GERMAN: Translator = {
  t: (message, ...args) => (message === '{0} %' ? '{0} %' : message === '{0} entries' ? '{0} Einträge' : message)
    .replace(/\{(\d+)\}/g, (whole, index: string) => String(args[Number(index)] ?? whole)),
};

describe('text formatting', () => {
  it('writes a share as whole percent, with the reports\' gap when asked, and a dash for nothing tagged', () => {
    assert.equal(percent(0.624), '62%');
    assert.equal(percent(0.625, ' '), '63 %');
    assert.equal(percent(0), '0%');
    assert.equal(percent(null), '—');
    assert.equal(percentNumber(1), '100');
    assert.equal(percentNumber(null), '');
  });

  it('counts in the singular only for one', () => {
    assert.equal(plural(1, 'entry', 'entries'), '1 entry');
    assert.equal(plural(0, 'entry', 'entries'), '0 entries');
    assert.equal(plural(3, 'week'), '3 weeks');
    assert.equal(pluralWord(2, 'person', 'people'), 'people');
    assert.equal(plural(1234, 'file', 'files', (count) => count.toLocaleString('en-US')), '1,234 files');
  });

  it('signs a difference with a real minus, in points for shares and one decimal for counts', () => {
    assert.equal(delta(0.034, 'share'), '+3 pt');
    assert.equal(delta(-1.54, 'count'), '\u22121.5');
    assert.equal(delta(0.001, 'share'), '±0');
    assert.equal(delta(null, 'count'), '—');
    assert.equal(delta(0.2, 'share', { points: (points) => `${points} Pkt.`, count: String }), '+20 Pkt.');
  });

  it('names an id no table names yet', () => {
    assert.equal(sentenceCase('micromanaging-leader'), 'Micromanaging leader');
    assert.equal(capitalise('this week'), 'This week');
  });

  it('fills a message as vscode.l10n does with no bundle', () => {
    assert.equal(ENGLISH.t('{0} of {1}', 3, 'four'), '3 of four');
    assert.equal(ENGLISH.t('{1} before {0}', 'a'), '{1} before a');
    assert.equal(ENGLISH.t('as {0} is', true), 'as true is');
  });

  it('writes a share through the translator as the language writes percent, a dash for nothing tagged', () => {
    assert.equal(translatedPercent(ENGLISH, 0.624), '62 %');
    assert.equal(translatedPercent(ENGLISH, 0.005), '1 %');
    assert.equal(translatedPercent(ENGLISH, null), '—');
    assert.deepEqual([translatedPercent({ t: (message, ...args) => `${message}|${args.join()}` }, 1)], ['{0} %|100']);
  });

  it('picks one of two translated messages by the count and fills it in', () => {
    assert.equal(pluralMessage(1, '{0} entry', '{0} entries'), '1 entry');
    assert.equal(pluralMessage(0, '{0} entry', '{0} entries'), '0 entries');
    assert.equal(pluralMessage(12, GERMAN.t('{0} entry'), GERMAN.t('{0} entries')), '12 Einträge');
  });

  it('writes the count as the caller\'s number says, in every {0}, and leaves other placeholders', () => {
    const german = (count: number): string => count.toLocaleString('de-DE');
    assert.equal(pluralMessage(1234, '{0} entry', '{0} entries', german), '1.234 entries');
    assert.equal(pluralMessage(1, 'Last week', 'Last {0} weeks', german), 'Last week');
    assert.equal(pluralMessage(5, 'Day 1 of {1}', 'Days 1–{0}, each of {0}, of {1}'), 'Days 1–5, each of 5, of {1}');
  });

  it('chooses between any two forms by the one count rule: a webview\'s string keys as well as words', () => {
    assert.equal(pluralForm(1, 'entriesOne', 'entriesMany'), 'entriesOne');
    assert.equal(pluralForm(0, 'entriesOne', 'entriesMany'), 'entriesMany');
    assert.equal(pluralForm(2, 1, 2), 2);
  });

  it('counts days in the translator\'s language, each language its own forms', () => {
    assert.equal(translatedDays(ENGLISH, 1), '1 day');
    assert.equal(translatedDays(ENGLISH, 12), '12 days');
    // As vscode.l10n.t with the German bundle: a placeholder with no argument is left as it is.
    const bundle = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
    const german: Translator = { t: (message, ...args) => ENGLISH.t(bundle[message] ?? message, ...args) };
    assert.equal(translatedDays(german, 1), '1 Tag');
    assert.equal(translatedDays(german, 0), '0 Tage');
  });

  it('is where a count\'s form is chosen: reviews, reminders, nudges, calendar lines, reasons, entry plans, the closing message of Encrypt Journal, the age failures and the CLI\'s skipped and not-encrypted lines write no count rule of their own', () => {
    // `n === 1 ? 'entry' : 'entries'` (or a message) written again is the rule in a second place;
    // `plural`, `pluralWord`, `pluralForm` and `pluralMessage` are the one place.
    const root = join(__dirname, '..', '..', '..');
    const folders = ['src/core/reflect', 'src/core/timeAudit', 'src/core/entries', 'src/core/decisions', 'src/core/people', 'src/core/crypto'];
    const files = [
      ...folders.flatMap((folder) => readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
        .filter((path) => path.endsWith('.ts')).map((path) => `${folder}/${path}`)),
      'src/core/report/calendarReport.ts', 'src/extension/encryption/doneMessage.ts',
      'src/cli/report.ts', 'src/cli/encryption/encryptedReport.ts', 'src/cli/encryption/encryptedJournal.ts',
    ];
    const choice = /[=!]== 1\s*\?\s*(?:l10n\.t\(|['`])/g;
    const written = files.flatMap((path) => (readFileSync(join(root, path), 'utf8').match(choice) ?? []).map((match) => `${path}: ${match}`));
    assert.deepEqual(written, [], 'choose with plural, pluralWord, pluralForm or pluralMessage (src/core/text/format.ts)');
  });

  it('declares the one Translator: every file that takes a translator imports this type', () => {
    const root = join(__dirname, '..', '..', '..');
    const declared = /^(?:export\s+)?(?:type|interface)\s+Translator\b/m;
    const elsewhere = ['src/core', 'src/extension', 'src/webview', 'src/cli']
      .flatMap((folder) => readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.ts')).map((path) => `${folder}/${path}`))
      .filter((path) => path !== 'src/core/text/format.ts')
      .filter((path) => declared.test(readFileSync(join(root, path), 'utf8')));
    assert.deepEqual(elsewhere, [], 'import type { Translator } from src/core/text/format.ts');
  });
});
