// Trains the sentence models and writes the shipped tables (committed):
//   src/core/tagger/lemmaTable.generated.ts   the lemma families the tagger uses, every form of each
//   src/core/tagger/modelTable.generated.ts   the logistic regression per language
//   src/core/tagger/lexiconTable.generated.ts the cue lexicon, lemmatised with the same tables
// Run: npm run train:tagger. Deterministic: the same corpus gives the same files.
//
// Data: the training part of the corpus only (corpus/<lang>/train, gold labels from two independent
// labellers, corpus/README.md). The test and definitions parts are never read here: this script
// refuses them. Method (tagger README, "How the tagger was made"): full lemma tables from the NLP
// resources (scripts/tagger/lemmas/), the features of sentenceModel.ts, multinomial logistic
// regression (scripts/tagger/logistic.ts). `--cv` prints leave-one-writer-out accuracy for the
// regularisation values tried (`--folds=N`: N folds grouped by writer instead; `--language=de`: one
// language), with per-label recall, none's precision and the how sentences the cue rule held back,
// and trains nothing else. `--shown-only` rewrites only the quiet lists of lemmaTable.generated.ts (what
// may decide a side but not be shown, shownEvidence.ts) for the shipped families, training nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelInputs } from '../src/core/tagger/classify';
import { findContrast } from '../src/core/tagger/contrast';
import { createLexicon } from '../src/core/tagger/lexicon';
import { CUE_SOURCES, compiledSources, cueSources, GERMAN_CUE_SOURCES, writeGenerated, type NamedModel } from './generateLexicon';
import { CLASS_WORDS } from '../src/core/tagger/wordClassWords';
import { classStemPlaces, GERMAN_CLASS_WORDS } from '../src/core/tagger/wordClasses';
import { GERMAN_TRAP_CUES, TRAP_CUES } from '../src/core/tagger/trapCues';
import { patternStems } from '../src/core/tagger/lexicon';
import { decodeLemmaTable, encodeLemmaIndex, type LemmaTable, type TaggerLanguage } from '../src/core/tagger/lemmaTable';
import { isPairKey, pairFeatureKey, pairParts, scoreSentence, type SentenceModelTable } from '../src/core/tagger/sentenceModel';
import { BUILT_IN_STEMS } from '../src/core/tagger/stemTable';
import { CLOCK, MONEY, NUM, PERCENT, stemId, stemName, stemNames, tokenize, useLemmaTable } from '../src/core/tagger/tokens';
import { readCorpus, type Labelled, type SentenceGold } from './tagger/corpus';
import { fullEnglishTable, fullGermanTable, prunedQuiet, prunedTable, prunedVerbReadings, type FullTable } from './tagger/lemmas/fullTables';
import { train, type Example, type Trained, type TrainOptions } from './tagger/logistic';
import { repoRoot } from './vscodePaths';
import { DE_LEMMAS, DE_VERB_READINGS, EN_LEMMAS, EN_VERB_READINGS } from '../src/core/tagger/lemmaTable.generated';

export const LANGUAGES: readonly TaggerLanguage[] = ['en', 'de'];

/** The labelled training sentences of a language (gold only; unsure items are left out). */
export function trainingSentences(language: TaggerLanguage, root = repoRoot): Labelled<SentenceGold>[] {
  return readCorpus<SentenceGold>(root, language, 'train', 'sentences').flatMap((file) => file.items.filter((item) => item.gold !== undefined));
}

/** Every lower-case word of the texts, for the full tables. */
function wordsOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/[a-zäöüß]+/g) ?? []) {
      words.add(word);
    }
  }
  return words;
}

/** The full build-time table of a language, with the corpus's own words added. */
export function fullTable(language: TaggerLanguage, texts: Iterable<string>): FullTable {
  return language === 'en' ? fullEnglishTable(wordsOf(texts)) : fullGermanTable(wordsOf(texts));
}

/**
 * The order in which the trainer first met each stem, from 1. Features of equal strength at the
 * feature cap are kept in this order (trainCapped): it is the order stem ids were given in when they
 * were registered as met, before the shipped stems' ids were fixed by their place in a sorted list
 * (stemTable.ts), so the same corpus still trains the same models. It starts as registering did,
 * with the tokeniser's markers and the word classes' stems (wordClasses.ts, in CLASS_STEMS order),
 * then each language's corpus words and cue stems as examplesOf meets them.
 */
const stemOrder = new Map<string, number>();

function meet(stem: string): void {
  if (!stemOrder.has(stem)) {
    stemOrder.set(stem, stemOrder.size + 1);
  }
}

for (const stem of [NUM, CLOCK, MONEY, PERCENT]) {
  meet(stem);
}
for (const places of classStemPlaces()) {
  for (const place of places) {
    meet(BUILT_IN_STEMS.stemAt(place));
  }
}

/** A feature key with each stem id replaced by the order the stem was met in (cue and lexicon keys as they are). */
function orderKey(key: number): number {
  const order = (id: number): number => {
    const met = stemOrder.get(stemName(id) as string);
    if (met === undefined) {
      throw new Error(`trainer: a feature's stem "${stemName(id)}" was never met`);
    }
    return met;
  };
  if (key < 0) {
    return key;
  }
  if (isPairKey(key)) {
    const [first, second] = pairParts(key);
    return pairFeatureKey(order(first), order(second));
  }
  return order(key);
}

/**
 * Tokenises with `table` and registers the stems of every token, so features have ids; returns
 * the examples. The word cache is reset first and after, so ids are read after registration.
 */
export function examplesOf(table: LemmaTable, rows: readonly { text: string; gold: SentenceGold | undefined }[], useLexicon = true): Example[] {
  useLemmaTable(table);
  for (const row of rows) {
    for (const token of tokenize(row.text, table.language)) {
      stemId(token.stem);
      meet(token.stem);
    }
  }
  for (const [, specs] of cueSources(table.language)) {
    for (const [phrase] of specs) {
      for (const part of patternStems(phrase, table.language)) {
        if (part !== '*' && !/^~[1-9]$/.test(part)) {
          meet(part);
        }
      }
    }
  }
  useLemmaTable(table);
  const cues = compiledSources(cueSources(table.language), table.language).map(({ cue }) => cue);
  const lexicon = useLexicon ? createLexicon(cues, [], true) : null;
  const cueIndex = new Map(cues.map((cue, index) => [cue, index]));
  return rows.map((row) => {
    const tokens = tokenize(row.text, table.language);
    const { factors } = findContrast(tokens);
    const { features } = modelInputs(tokens, factors, lexicon, cueIndex, table.language);
    return { features, label: row.gold ?? 'none' };
  });
}

/** The label a model gives an example, as the corpus names labels. */
export function predict(model: SentenceModelTable, example: Example): SentenceGold {
  const label = scoreSentence(model, example.features).label;
  return label === 'neither' ? 'none' : label;
}

/**
 * Leave-one-writer-out: each writer's sentences predicted by a model trained on the others'
 * (with the same feature cap as the shipped model). Returns the predictions in row order. With
 * `folds` above 0, writers are grouped into that many folds instead (sorted by name, the n-th writer
 * in fold n mod `folds`): a fixed split, faster than one fold per writer, with no writer in both a
 * fold's training and its test part. `held` counts the sentences predicted none whose how score was
 * above 0 and above why's: held back by the rule that a showable word must carry a label
 * (sentenceModel.ts scoreFeatures), not by the score.
 */
export function crossValidate(rows: readonly Labelled<SentenceGold>[], examples: readonly Example[], options: ModelOptions, folds = 0): {
  accuracy: number; byWriter: Map<string, number>; predictions: SentenceGold[]; held: boolean[];
} {
  const writers = [...new Set(rows.map((row) => row.writer))].sort();
  const foldOf = new Map(writers.map((writer, at) => [writer, folds > 0 ? at % folds : at]));
  const predictions: SentenceGold[] = [];
  const held: boolean[] = [];
  for (let fold = 0; fold < (folds > 0 ? Math.min(folds, writers.length) : writers.length); fold++) {
    const model = trainCapped(examples.filter((_, at) => foldOf.get((rows[at] as Labelled<SentenceGold>).writer) !== fold), options);
    examples.forEach((example, at) => {
      if (foldOf.get((rows[at] as Labelled<SentenceGold>).writer) === fold) {
        const score = scoreSentence(model, example.features);
        predictions[at] = score.label === 'neither' ? 'none' : score.label;
        held[at] = score.label === 'neither' && score.how > 0 && score.how > score.why;
      }
    });
  }
  const byWriter = new Map<string, number>();
  for (const writer of writers) {
    const of = examples.map((example, at) => [example.label, predictions[at], (rows[at] as Labelled<SentenceGold>).writer]).filter((row) => row[2] === writer);
    byWriter.set(writer, of.filter(([label, predicted]) => label === predicted).length / of.length);
  }
  const right = predictions.filter((predicted, at) => predicted === (examples[at] as Example).label).length;
  return { accuracy: right / examples.length, byWriter, predictions, held };
}

/** Trains, keeps the `options.features` strongest features, and trains again on those alone. */
export function trainCapped(examples: readonly Example[], options: ModelOptions): Trained {
  const full = train(examples, options);
  const strength = (weight: readonly [number, number]): number => Math.max(Math.abs(weight[0]), Math.abs(weight[1]));
  const keep = new Set([...full.weights].sort((a, b) => strength(b[1]) - strength(a[1]) || orderKey(a[0]) - orderKey(b[0])).slice(0, options.features).map(([key]) => key));
  return train(examples.map((example) => ({ ...example, features: example.features.filter((feature) => keep.has(feature.key)) })), options);
}

/** Training options, and how many features a language's shipped model keeps. */
export interface ModelOptions extends TrainOptions {
  /**
   * Features shipped: the strongest by their larger weight, then the model is trained again on
   * those alone; the table's size is what the tagger bundle pays for (≤ 300 KB with markdown-it).
   * Leave-one-writer-out on the training part (2026-12-02): English 1,000 features 87.5 % why/how,
   * 1,400 88.5 %, 2,000 88.5 %; German 1,000 77.2 %, 1,400 79.2 %, 1,800 80.6 %, 2,000 81.5 %.
   * English 1,400 and German 1,800 are what fits the budget. With the German traps in the bundle
   * (2026-12-03), German 1,500 (why/how 86.2 % at 1,400, 86.7 % at 1,800 with the seventh part in
   * training) keeps the tagger bundle under 300 KB.
   */
  readonly features: number;
}

/**
 * Weak regularisation (the vectors are scaled to length 1, so weights run larger than before):
 * leave-one-writer-out chose 0.00003 of 0.00001–0.0003 for both languages (2026-12-02).
 */
export const TRAINING: Record<TaggerLanguage, ModelOptions> = {
  en: { l2: 0.00003, epochs: 300, learningRate: 0.5, features: 1400 },
  de: { l2: 0.00003, epochs: 300, learningRate: 0.5, features: 1500 },
};

function literal(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/**
 * Writes lemmaTable.generated.ts: each language's table pruned to the families in `used`, its index,
 * its verb readings and its quiet families and forms (what may decide but not be shown).
 */
function writeLemmaSource(tables: Partial<Record<TaggerLanguage, FullTable>>, used: Record<TaggerLanguage, ReadonlySet<string>>): void {
  const lemmaSource = [
    '// Generated by scripts/trainTagger.ts: do not edit by hand. The lemma families the tagger uses, every',
    '// form of each, from the build-time tables (scripts/tagger/lemmas/), and where the forms of each first',
    '// two letters are (encodeLemmaIndex), and the forms that are evidence only where they stand as a verb',
    '// (lemmaTable.ts `verbReading`), and the families and forms that may decide a side but are not shown',
    '// as a reason on their own (lemmaTable.ts `quiet`). Format: lemmaTable.ts.',
    ...LANGUAGES.flatMap((language) => {
      const table = tables[language];
      const encoded = table === undefined ? '' : prunedTable(table, used[language]);
      const quiet = table === undefined ? undefined : prunedQuiet(table, used[language], decodeLemmaTable(language, encoded).families);
      return [
        `export const ${language.toUpperCase()}_LEMMAS = ${literal(encoded)};`,
        `export const ${language.toUpperCase()}_LEMMA_INDEX = ${literal(encodeLemmaIndex(encoded))};`,
        `export const ${language.toUpperCase()}_VERB_READINGS = ${literal(table === undefined ? '' : prunedVerbReadings(table, used[language]))};`,
        `export const ${language.toUpperCase()}_QUIET_FAMILIES = ${literal(quiet?.families ?? '')};`,
        `export const ${language.toUpperCase()}_QUIET_FORMS = ${literal(quiet?.forms ?? '')};`,
      ];
    }),
    '',
  ].join('\n');
  const folder = join(repoRoot, 'src', 'core', 'tagger');
  writeFileSync(join(folder, 'lemmaTable.generated.ts'), lemmaSource);
}

/**
 * `--shown-only`: rewrites only what the shown rule decides (shownEvidence.ts), the quiet families and
 * forms, for the families the shipped table already holds, with no training: the tables, the sentence
 * model and the lexicon stay as they are. Refuses when the deciding rule would change the table.
 */
function writeShownOnly(): void {
  const tables: Partial<Record<TaggerLanguage, FullTable>> = {};
  const used: Record<TaggerLanguage, ReadonlySet<string>> = { en: new Set(), de: new Set() };
  for (const language of LANGUAGES) {
    const shipped = language === 'en' ? EN_LEMMAS : DE_LEMMAS;
    const table = fullTable(language, trainingSentences(language).map((row) => row.text));
    used[language] = new Set(decodeLemmaTable(language, shipped).families);
    if (prunedTable(table, used[language]) !== shipped || prunedVerbReadings(table, used[language]) !== (language === 'en' ? EN_VERB_READINGS : DE_VERB_READINGS)) {
      throw new Error(`trainer --shown-only: the ${language} lemma table would change; retrain (npm run train:tagger)`);
    }
    tables[language] = table;
  }
  writeLemmaSource(tables, used);
  console.log('wrote the quiet lists of lemmaTable.generated.ts (tables unchanged)');
}

function main(): void {
  if (process.argv.includes('--shown-only')) {
    writeShownOnly();
    return;
  }
  const cvOnly = process.argv.includes('--cv');
  const empty: NamedModel = { table: { biasWhy: 0, biasHow: 0, weights: new Map() }, name: (id) => stemName(id) as string };
  const models: Record<TaggerLanguage, NamedModel> = { en: empty, de: empty };
  const used: Record<TaggerLanguage, Set<string>> = { en: new Set(), de: new Set() };
  const tables: Partial<Record<TaggerLanguage, FullTable>> = {};
  // `--cv --language=de` cross-validates one language only (a method change that touches one side).
  const only = process.argv.find((arg) => arg.startsWith('--language='))?.slice('--language='.length);
  // `--cv --folds=5`: writers grouped into five fixed folds (crossValidate), when one fold per writer is too slow.
  const folds = Number(process.argv.find((arg) => arg.startsWith('--folds='))?.slice('--folds='.length) ?? 0);
  for (const language of LANGUAGES.filter((language) => !cvOnly || only === undefined || language === only)) {
    const rows = trainingSentences(language);
    if (rows.length === 0) {
      console.log(`${language}: no labelled training sentences yet`);
      continue;
    }
    const table = fullTable(language, rows.map((row) => row.text));
    tables[language] = table;
    const examples = examplesOf(table, rows, !process.argv.includes('--no-lexicon'));
    if (cvOnly) {
      for (const l2 of (process.env.LJ_L2 ?? '0.00001,0.00003,0.0001').split(',').map(Number)) {
        const options = { ...TRAINING[language], l2 };
        const started = Date.now();
        const { accuracy, byWriter, predictions, held } = crossValidate(rows, examples, options, folds);
        const pairs = examples.map((example, at) => [example.label, predictions[at]]);
        const recall = (gold: SentenceGold): number => {
          const of = pairs.filter(([label]) => label === gold);
          return of.filter(([label, predicted]) => label === predicted).length / of.length;
        };
        const precision = (gold: SentenceGold): number => {
          const of = pairs.filter(([, predicted]) => predicted === gold);
          return of.filter(([label, predicted]) => label === predicted).length / of.length;
        };
        const sides = pairs.filter(([label]) => label !== 'none');
        const sideAccuracy = sides.filter(([label, predicted]) => label === predicted).length / sides.length;
        const howAsNone = pairs.filter(([label, predicted]) => label === 'how' && predicted === 'none').length;
        const howHeld = examples.filter((example, at) => example.label === 'how' && held[at] === true).length;
        console.log(`${language} l2=${l2}: ${folds > 0 ? `${folds} folds by writer` : 'leave-one-writer-out'} ${(accuracy * 100).toFixed(1)} %, why/how ${(sideAccuracy * 100).toFixed(1)} % `
          + `(why ${(recall('why') * 100).toFixed(1)}, how ${(recall('how') * 100).toFixed(1)}, none ${(recall('none') * 100).toFixed(1)}; `
          + `none precision ${(precision('none') * 100).toFixed(1)}; how read as none ${howAsNone}, ${howHeld} of them scored how but no showable word carried it; `
          + `${((Date.now() - started) / 1000).toFixed(0)} s); `
          + `by writer ${[...byWriter].map(([w, a]) => `${w} ${(a * 100).toFixed(1)}`).join(', ')}`);
      }
      continue;
    }
    const model = trainCapped(examples, TRAINING[language]);
    const names = stemNames();
    const kept = new Map<number, readonly [number, number]>();
    for (const [key, weight] of model.weights) {
      kept.set(key, weight);
      if (key >= 0) {
        for (const id of isPairKey(key) ? pairParts(key) : [key]) {
          used[language].add(names[id] as string);
        }
      }
    }
    models[language] = { table: { biasWhy: model.biasWhy, biasHow: model.biasHow, weights: kept }, name: (id) => names[id] as string };
    console.log(`${language}: ${rows.length} sentences, ${kept.size} features kept of ${model.weights.size}`);
  }
  if (cvOnly) {
    return;
  }
  // The lexicons and word classes are lemmatised with the full tables, so their families ship too.
  const english = tables.en;
  const german = tables.de;
  if (english !== undefined && german !== undefined) {
    useLemmaTable(english);
    useLemmaTable(german);
    for (const [, specs] of [...CUE_SOURCES, ...TRAP_CUES]) {
      for (const [phrase] of specs) {
        for (const part of patternStems(phrase, 'en')) {
          used.en.add(part);
        }
      }
    }
    for (const [, specs] of [...GERMAN_CUE_SOURCES, ...GERMAN_TRAP_CUES]) {
      for (const [phrase] of specs) {
        for (const part of patternStems(phrase, 'de')) {
          used.de.add(part);
        }
      }
    }
    for (const [, words] of CLASS_WORDS) {
      for (const word of words.split(/\s+/)) {
        used.en.add(english.lookup(word)?.family ?? word);
      }
    }
    for (const [, words] of GERMAN_CLASS_WORDS) {
      for (const word of words.split(' ')) {
        used.de.add(german.lookup(word)?.family ?? word);
      }
    }
    writeGenerated(models);
  }
  writeLemmaSource(tables, used);
  console.log('wrote lemmaTable.generated.ts');
}

if (require.main === module) {
  main();
}
