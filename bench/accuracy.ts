// Accuracy figures for the tagger on the labelled corpus (corpus/README.md), per language, with a
// keyword baseline measured on the same items:
//
//   dev          leave-one-writer-out cross-validation on the training sentences: each writer's
//                sentences predicted by a model trained (scripts/trainTagger.ts) on the other writers'
//   dev entries  the shipped tagger on the training part's entries (written by other writers than
//                the sentences; used while developing the entry rules and traps, so not unbiased)
//   test         the independent test part: written by writers who never saw the lexicon, the model
//                or the training data, in settings the training part does not have; scored once,
//                after the method was frozen (corpus/README.md says when)
//   definitions  sentences paraphrasing published definitions and contrasts of management and
//                leadership, written in our own words
//
// Sentence figures: `accuracy` over every gold sentence, three classes (why, how, none: a `none`
// sentence predicted unclear is right); `why/how` the accuracy over the why and how sentences only
// (an unclear prediction counts as wrong), the figure the targets name, with each side's
// recall. Entry figures: the label (why, how, balanced, unclear); traps found (recall) and false
// alarms per 24 ordinary entries. Items the two labellers did not agree on, and the third reader
// left unsure, are not scored.
//
// Baseline: a fixed keyword list (why: vision, purpose, inspire, trust, motivate, why, change,
// empathy; how: plan, schedule, budget, deadline, process, metric, resource, task) on the same lemma
// families; more why hits than how hits is why, the reverse how, none or a tie unclear (entries:
// the same share thresholds). The baseline finds no traps.
import { classifySentence } from '../src/core/tagger/classify';
import { entryLabel } from '../src/core/tagger/entryLabel';
import type { TaggerLanguage } from '../src/core/tagger/lemmaTable';
import { extractUserText } from '../src/core/tagger/markdownText';
import { splitSentences } from '../src/core/tagger/sentences';
import { createTagger } from '../src/core/tagger/tagger';
import { tokenize } from '../src/core/tagger/tokens';
import type { EntryLabel, TrapId } from '../src/core/tagger/types';
import { readCorpus, type EntryGold, type Labelled, type Part, type SentenceGold } from '../scripts/tagger/corpus';
import { crossValidate, examplesOf, fullTable, TRAINING, trainingSentences } from '../scripts/trainTagger';
import { useLemmaTable } from '../src/core/tagger/tokens';
import { lemmaTable } from '../src/core/tagger/lemmaTables';
import { repoRoot } from '../scripts/vscodePaths';

type Prediction = 'why' | 'how' | 'none';

export interface SentenceFigures {
  readonly total: number;
  readonly accuracy: number;
  /** Over the why and how sentences only. */
  readonly sideTotal: number;
  readonly sideAccuracy: number;
  readonly recall: Readonly<Record<Prediction, number>>;
  /** confusion[gold][predicted]. */
  readonly confusion: Readonly<Record<Prediction, Readonly<Record<Prediction, number>>>>;
}

export interface EntryFigures {
  readonly total: number;
  readonly accuracy: number;
  readonly byLabel: Readonly<Record<EntryLabel, { readonly right: number; readonly total: number }>>;
  /** Trap instances in the gold labels, and how many the tagger found. */
  readonly traps: number;
  readonly trapsFound: number;
  /** Entries with no trap in the gold labels, and traps flagged on them. */
  readonly ordinary: number;
  readonly falseAlarms: number;
}

export interface LanguageFigures {
  readonly language: TaggerLanguage;
  readonly dev: SentenceFigures | undefined;
  readonly devBaseline: SentenceFigures | undefined;
  readonly devEntries: EntryFigures | undefined;
  readonly test: SentenceFigures | undefined;
  readonly testBaseline: SentenceFigures | undefined;
  readonly testEntries: EntryFigures | undefined;
  readonly testEntriesBaseline: EntryFigures | undefined;
  readonly definitions: SentenceFigures | undefined;
  readonly definitionsBaseline: SentenceFigures | undefined;
}

function sentenceFigures(rows: readonly { gold: SentenceGold; predicted: Prediction }[]): SentenceFigures | undefined {
  if (rows.length === 0) {
    return undefined;
  }
  const confusion = { why: { why: 0, how: 0, none: 0 }, how: { why: 0, how: 0, none: 0 }, none: { why: 0, how: 0, none: 0 } };
  for (const row of rows) {
    confusion[row.gold][row.predicted]++;
  }
  const total = rows.length;
  const right = confusion.why.why + confusion.how.how + confusion.none.none;
  const sides = rows.filter((row) => row.gold !== 'none');
  const recall = (label: Prediction): number => {
    const gold = confusion[label].why + confusion[label].how + confusion[label].none;
    return gold === 0 ? NaN : confusion[label][label] / gold;
  };
  return {
    total,
    accuracy: right / total,
    sideTotal: sides.length,
    sideAccuracy: sides.length === 0 ? NaN : (confusion.why.why + confusion.how.how) / sides.length,
    recall: { why: recall('why'), how: recall('how'), none: recall('none') },
    confusion,
  };
}

const BASELINE_WHY = ['vision', 'purpose', 'inspire', 'trust', 'motivate', 'why', 'change', 'empathy'];
const BASELINE_HOW = ['plan', 'schedule', 'budget', 'deadline', 'process', 'metric', 'resource', 'task'];

function baselineSets(language: TaggerLanguage): { why: Set<string>; how: Set<string> } {
  const stems = (words: readonly string[]): Set<string> => new Set(words.map((word) => tokenize(word, language)[0]?.stem ?? word));
  return { why: stems(BASELINE_WHY), how: stems(BASELINE_HOW) };
}

/** The keyword baseline's reading of a sentence. */
export function baselineSentence(text: string, language: TaggerLanguage): Prediction {
  const sets = baselineSets(language);
  let why = 0;
  let how = 0;
  for (const token of tokenize(text, language)) {
    why += sets.why.has(token.stem) ? 1 : 0;
    how += sets.how.has(token.stem) ? 1 : 0;
  }
  return why > how ? 'why' : how > why ? 'how' : 'none';
}

function baselineEntry(markdown: string, language: TaggerLanguage): EntryLabel {
  let why = 0;
  let how = 0;
  for (const sentence of splitSentences(extractUserText(markdown))) {
    const label = baselineSentence(sentence.text, language);
    why += label === 'why' ? 1 : 0;
    how += label === 'how' ? 1 : 0;
  }
  return why + how === 0 ? 'unclear' : entryLabel(why / (why + how), how / (why + how));
}

function entryFigures(items: readonly Labelled<EntryGold>[], predict: (text: string) => { label: EntryLabel; traps: readonly TrapId[] }): EntryFigures | undefined {
  const scored = items.filter((item) => item.gold !== undefined);
  if (scored.length === 0) {
    return undefined;
  }
  const byLabel = { why: { right: 0, total: 0 }, how: { right: 0, total: 0 }, balanced: { right: 0, total: 0 }, unclear: { right: 0, total: 0 } };
  let right = 0;
  let traps = 0;
  let trapsFound = 0;
  let ordinary = 0;
  let falseAlarms = 0;
  for (const item of scored) {
    const result = predict(item.text);
    const gold = item.gold as EntryGold;
    byLabel[gold].total++;
    if (result.label === gold) {
      right++;
      byLabel[gold].right++;
    }
    traps += item.traps.length;
    trapsFound += item.traps.filter((trap) => result.traps.includes(trap as TrapId)).length;
    if (item.traps.length === 0) {
      ordinary++;
      falseAlarms += result.traps.length;
    }
  }
  return { total: scored.length, accuracy: right / scored.length, byLabel, traps, trapsFound, ordinary, falseAlarms };
}

function goldSentences(language: TaggerLanguage, part: Part): Labelled<SentenceGold>[] {
  return readCorpus<SentenceGold>(repoRoot, language, part, 'sentences').flatMap((file) => file.items.filter((item) => item.gold !== undefined));
}

function goldEntries(language: TaggerLanguage, part: Part): Labelled<EntryGold>[] {
  return readCorpus<EntryGold>(repoRoot, language, part, 'entries').flatMap((file) => [...file.items]);
}

function shipped(rows: readonly Labelled<SentenceGold>[], language: TaggerLanguage): { gold: SentenceGold; predicted: Prediction }[] {
  return rows.map((row) => {
    const label = classifySentence(row.text, language).label;
    return { gold: row.gold as SentenceGold, predicted: label === 'unclear' ? 'none' : label };
  });
}

function baseline(rows: readonly Labelled<SentenceGold>[], language: TaggerLanguage): { gold: SentenceGold; predicted: Prediction }[] {
  return rows.map((row) => ({ gold: row.gold as SentenceGold, predicted: baselineSentence(row.text, language) }));
}

/** Leave-one-writer-out predictions on the training sentences, with the trainer's settings. */
function crossValidated(language: TaggerLanguage): { gold: SentenceGold; predicted: Prediction }[] {
  const rows = trainingSentences(language);
  if (rows.length === 0) {
    return [];
  }
  const builtIn = lemmaTable(language);
  const examples = examplesOf(fullTable(language, rows.map((row) => row.text)), rows);
  const { predictions } = crossValidate(rows, examples, TRAINING[language]);
  useLemmaTable(builtIn); // Back to the shipped table for everything after.
  return rows.map((row, at) => ({ gold: row.gold as SentenceGold, predicted: predictions[at] as Prediction }));
}

export interface AccuracyOptions {
  /** Score the test and definitions parts (the bench does; development runs leave them closed). */
  readonly test?: boolean;
  /** Leave out the leave-one-writer-out sentences (retrains once per writer: most of the run's time).
   *  `--no-dev` scores a new test part in seconds; its figures are the same as in the full run. */
  readonly skipDev?: boolean;
}

export function runAccuracyBench(options: AccuracyOptions = {}): LanguageFigures[] {
  const figures: LanguageFigures[] = [];
  for (const language of ['en', 'de'] as const) {
    const dev = options.skipDev ? [] : crossValidated(language);
    const devRows = trainingSentences(language);
    const tagger = createTagger();
    const tag = (text: string): { label: EntryLabel; traps: readonly TrapId[] } => {
      const result = tagger.tag(text);
      return { label: result.label, traps: result.traps.map((trap) => trap.id) };
    };
    const test = options.test ? goldSentences(language, 'test') : [];
    const definitions = options.test && language === 'en' ? goldSentences(language, 'definitions') : [];
    const testEntries = options.test ? goldEntries(language, 'test') : [];
    figures.push({
      language,
      dev: sentenceFigures(dev),
      devBaseline: sentenceFigures(baseline(devRows, language)),
      devEntries: entryFigures(goldEntries(language, 'train'), tag),
      test: sentenceFigures(shipped(test, language)),
      testBaseline: sentenceFigures(baseline(test, language)),
      testEntries: entryFigures(testEntries, tag),
      testEntriesBaseline: entryFigures(testEntries, (text) => ({ label: baselineEntry(text, language), traps: [] })),
      definitions: sentenceFigures(shipped(definitions, language)),
      definitionsBaseline: sentenceFigures(baseline(definitions, language)),
    });
  }
  return figures;
}

function percent(value: number): string {
  return Number.isNaN(value) ? '  —  ' : `${(value * 100).toFixed(1)} %`;
}

function sentenceLine(name: string, figures: SentenceFigures | undefined, base: SentenceFigures | undefined): string {
  if (figures === undefined) {
    return `${name}: no labelled items`;
  }
  return `${name}: ${figures.total} sentences — all three ${percent(figures.accuracy)}, why/how ${percent(figures.sideAccuracy)} `
    + `(why recall ${percent(figures.recall.why)}, how recall ${percent(figures.recall.how)}, none recall ${percent(figures.recall.none)})`
    + (base ? `   baseline: all three ${percent(base.accuracy)}, why/how ${percent(base.sideAccuracy)}` : '');
}

function entryLine(name: string, figures: EntryFigures | undefined, base?: EntryFigures): string {
  if (figures === undefined) {
    return `${name}: no labelled entries`;
  }
  const labels = (Object.entries(figures.byLabel) as [EntryLabel, { right: number; total: number }][])
    .map(([label, { right, total }]) => `${label} ${right}/${total}`).join(', ');
  const traps = figures.traps === 0 ? 'no traps labelled'
    : `traps found ${figures.trapsFound}/${figures.traps} (${percent(figures.trapsFound / figures.traps)}), `
      + `false alarms ${figures.falseAlarms} on ${figures.ordinary} ordinary entries (${(figures.falseAlarms / Math.max(1, figures.ordinary) * 24).toFixed(2)} per 24)`;
  return `${name}: ${figures.total} entries — label ${percent(figures.accuracy)} (${labels}); ${traps}`
    + (base ? `   baseline: label ${percent(base.accuracy)}` : '');
}

export function formatAccuracyFigures(figures: readonly LanguageFigures[]): string {
  const lines: string[] = [];
  for (const f of figures) {
    lines.push(`-- ${f.language === 'en' ? 'English' : 'German'} --`);
    lines.push(f.dev === undefined ? 'dev (leave one writer out): skipped (--no-dev)' : sentenceLine('dev (leave one writer out)', f.dev, f.devBaseline));
    lines.push(entryLine('dev entries (shipped tagger)', f.devEntries));
    lines.push(sentenceLine('test sentences', f.test, f.testBaseline));
    lines.push(entryLine('test entries', f.testEntries, f.testEntriesBaseline));
    if (f.language === 'en') {
      lines.push(sentenceLine('definitions', f.definitions, f.definitionsBaseline));
    }
  }
  return lines.join('\n');
}

if (require.main === module) {
  console.log(formatAccuracyFigures(runAccuracyBench({ test: process.argv.includes('--test'), skipDev: process.argv.includes('--no-dev') })));
}
