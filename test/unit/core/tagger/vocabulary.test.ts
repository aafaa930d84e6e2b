// One vocabulary: every trap, function, style, entry label and side the product names has one row in
// src/core/tagger/vocabulary.ts — its English name and meaning, its side and its German — and every
// surface reads that row: in English, through a translator (the views), or in German (a German
// review). The bundles hold the same words: @vscode/l10n-dev extracts each English message into
// l10n/bundle.l10n.json, and the German bundle translates it as the row's German says.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { heatmapSvg } from '../../../../src/core/report/svgCharts';
import { explainWords } from '../../../../src/core/tagger/explainWords';
import { MANAGING_TRAPS } from '../../../../src/core/tagger/entryLabel';
import { ENTRY_LABELS, FUNCTION_IDS, LEADING_FUNCTIONS, STYLE_IDS, TRAP_IDS, type FunctionId, type StyleId, type TrapId } from '../../../../src/core/tagger/types';
import {
  ENTRY_LABEL_TERMS, FUNCTIONS, functionName, nameOf, SIDES, STYLES, styleName, trapName, translatedVocabulary, TRAPS, type Term, type Vocabulary,
} from '../../../../src/core/tagger/vocabulary';
import { ENGLISH, type Translator } from '../../../../src/core/text/format';
import { explainStrings } from '../../../../src/webview/explain/strings';
import { webviewStrings } from '../../../../src/webview/trends/strings';

const identity: Translator = { t: (message) => message };
/** Marks each message it is handed, so a test sees which words went through the translator. */
const marking: Translator = { t: (message) => `[${message}]` };

const root = join(__dirname, '..', '..', '..', '..');

/** Every TypeScript file under `folder`, as a path from the repository's root. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => relative(root, join(root, folder, path)));
}

const bundle = (name: string): Record<string, string> =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'l10n', name), 'utf8')) as Record<string, string>;

/** Every row of a vocabulary, with its group. */
function rows(vocabulary: Vocabulary): Term[] {
  return [
    ...TRAP_IDS.map((id) => vocabulary.traps[id]), ...FUNCTION_IDS.map((id) => vocabulary.functions[id]),
    ...STYLE_IDS.map((id) => vocabulary.styles[id]), ...ENTRY_LABELS.map((id) => vocabulary.labels[id]),
  ];
}

/** Every English message of the table with the German the row gives it. */
function messages(): [english: string, german: string][] {
  const english = translatedVocabulary(identity);
  return [
    ...rows(english).flatMap((term): [string, string][] => [[term.name, term.de.name], [term.meaning, term.de.meaning]]),
    ...Object.values(english.sides).map((side): [string, string] => [side.name, side.de.name]),
    ...[english.labels.why, english.labels.how].flatMap((term): [string, string][] => [[term.word, term.de.word], [term.heading, term.de.heading]]),
  ];
}

describe('the vocabulary', () => {
  it('names and explains every id, once, in English and in German', () => {
    const terms = rows(translatedVocabulary(identity));
    assert.equal(terms.length, 18);
    for (const term of terms) {
      assert.match(term.name, /^[A-Z]/, term.name);
      assert.match(term.meaning, /^[a-z]/, term.meaning);
      // German capitalises nouns wherever they stand, so only its names are held to a capital.
      assert.match(term.de.name, /^\p{Lu}/u, term.de.name);
      assert.ok(term.de.meaning.trim() !== '' && term.de.meaning !== term.meaning, term.de.meaning);
    }
    assert.equal(new Set(terms.map((term) => term.name)).size, terms.length, 'no two ids share a name');
    assert.equal(new Set(terms.map((term) => term.de.name)).size, terms.length, 'no two ids share a German name');
  });

  it('puts the leading functions on the leading side and the manager\'s traps on the managing side', () => {
    assert.deepEqual(FUNCTION_IDS.filter((id) => FUNCTIONS[id].side === 'leading'), LEADING_FUNCTIONS);
    assert.deepEqual([...MANAGING_TRAPS].sort(), ['taskmaster-manager', 'visionless-manager']);
    assert.equal(ENTRY_LABEL_TERMS.why.side, 'leading');
    assert.equal(ENTRY_LABEL_TERMS.how.side, 'managing');
    assert.deepEqual([SIDES.leading.name, SIDES.managing.de.name], ['leading', 'Managen']);
  });

  it('gives an id from a newer tagger a readable name', () => {
    assert.equal(trapName('taskmaster-manager'), 'Taskmaster manager');
    assert.equal(trapName('meeting-hoarder' as TrapId), 'Meeting hoarder');
    assert.equal(functionName('organising'), 'Organising');
    assert.equal(functionName('forecasting' as FunctionId), 'Forecasting');
    assert.equal(styleName('coaching'), 'Coaching');
    assert.equal(styleName('mentoring' as StyleId), 'Mentoring');
    assert.equal(nameOf(translatedVocabulary(marking).styles, 'mentoring' as StyleId), 'Mentoring');
  });

  it('passes every English name and meaning through the translator, and keeps its side and German', () => {
    const marked = translatedVocabulary(marking);
    const english = rows(translatedVocabulary(identity));
    rows(marked).forEach((term, at) => {
      const plain = english[at] as Term;
      const sideWords = 'word' in plain && 'heading' in plain ? { word: `[${String(plain.word)}]`, heading: `[${String(plain.heading)}]` } : {};
      assert.deepEqual(term, { ...plain, name: `[${plain.name}]`, meaning: `[${plain.meaning}]`, ...sideWords });
    });
    assert.deepEqual([marked.labels.why.word, marked.labels.how.heading], ['[why]', '[How (managing)]']);
    assert.equal(marked.sides.leading.name, '[leading]');
    assert.equal(TRAPS['taskmaster-manager'].name, 'Taskmaster manager', 'the English table is the identity translation');
    assert.equal(STYLES.coaching.de.name, 'Coachen');
  });

  it('has every English message in the bundle @vscode/l10n-dev extracts, and the German bundle translates each as the row says', () => {
    const english = bundle('bundle.l10n.json');
    const german = bundle('bundle.l10n.de.json');
    const all = messages();
    assert.equal(all.length, 42);
    assert.deepEqual(all.filter(([message]) => english[message] !== message).map(([message]) => message), [], 'not extracted: write them as l10n.t(\'…\') in the table');
    assert.deepEqual(
      all.filter(([message, de]) => german[message] !== de).map(([message, de]) => `"${message}": "${de}" (bundle: ${german[message] ?? 'none'})`),
      [],
      'l10n/bundle.l10n.de.json should translate these as the table does',
    );
  });

  it('is the one place the why and how labels are named: the explanation, the report\'s charts and both webviews read its rows', () => {
    // A message written again elsewhere would agree today only because it shares the bundle's key.
    const names = ['Why', 'How', 'why', 'how', 'Why (leading)', 'How (managing)'];
    const written = new RegExp(`\\bt\\(\\s*'(${names.map((name) => name.replace(/[()]/g, '\\$&')).join('|')})'\\s*\\)`, 'g');
    const elsewhere = [...sourceFiles('src/core'), ...sourceFiles('src/extension'), ...sourceFiles('src/webview')]
      .filter((path) => path !== join('src', 'core', 'tagger', 'vocabulary.ts'))
      .flatMap((path) => [...readFileSync(join(root, path), 'utf8').matchAll(written)].map((match) => `${path}: ${match[0]}`));
    assert.deepEqual(elsewhere, [], 'read translatedVocabulary(l10n).labels.why/how (name, word, heading) instead');

    /** Marks each message as `marking` does, and fills it in as `vscode.l10n.t` would. */
    const filling: Translator = { t: (message, ...args) => `[${ENGLISH.t(message, ...args)}]` };
    const labels = translatedVocabulary(filling).labels;
    const words = explainWords(filling);
    assert.ok(words.sideHeading('why', 2).startsWith(`**${labels.why.heading}** — `), words.sideHeading('why', 2));
    assert.ok(words.sideHeading('how', 1).startsWith(`**${labels.how.heading}** — `), words.sideHeading('how', 1));
    assert.ok(words.cue('"plan" +how').includes(labels.how.word), words.cue('"plan" +how'));
    const svg = heatmapSvg([{ date: '2026-11-02', count: 2, whyShare: 0.5 }], '2026-12-01', { ...filling, locale: 'en', decimal: String, monthName: (iso) => iso });
    assert.ok(svg.includes(`>${labels.why.name}</text>`) && svg.includes(`>${labels.how.name}</text>`), 'the heat-map legend names the sides');

    const english = ENTRY_LABEL_TERMS;
    const trends = webviewStrings();
    assert.deepEqual(
      [trends.legendWhy, trends.legendHow, trends.datasetWhy, trends.datasetHow, trends.sideWhy, trends.sideHow],
      [english.why.heading, english.how.heading, english.why.name, english.how.name, english.why.word, english.how.word],
    );
    const explain = explainStrings();
    assert.deepEqual(
      [explain.legendWhy, explain.legendHow, explain.sideWhy, explain.sideHow, explain.cueWhy, explain.cueHow],
      [english.why.heading, english.how.heading, english.why.name, english.how.name, english.why.word, english.how.word],
    );
  });
});
