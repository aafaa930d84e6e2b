// Compiles the built-in cue data and the word classes into src/core/tagger/lexiconTable.generated.ts
// (committed), so the tagger loads without lemmatising ~2,200 phrases and ~400 class words, and writes
// the sentence models (modelTable.generated.ts) beside it: the models name their stems by their place
// in the one sorted list of every stem the shipped tables name (stemTable.ts), which this builds, so
// a change to the cues or the word classes moves the models' places too. Run after editing the cue
// files or the tokeniser (trainTagger.ts runs it with the models it has just trained; run alone, it
// reads the committed models): npm run generate:lexicon. Deterministic.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CUE_SIDES, encodeCueTable, type CueSide } from '../src/core/tagger/builtInLexicon';
import { DE_MODEL, EN_MODEL } from '../src/core/tagger/modelTable.generated';
import { decodeModelTable, encodeModelTable, modelStems } from '../src/core/tagger/modelTable';
import type { SentenceModelTable } from '../src/core/tagger/sentenceModel';
import { encodeStemTable } from '../src/core/tagger/stemTable';
import { HOW_CUES, STOP_PHRASES } from '../src/core/tagger/howCues';
import { cueOf, distinctCues, patternOf, patternStems, type Cue, type CueSpec } from '../src/core/tagger/lexicon';
import { TRADE_HOW_CUES } from '../src/core/tagger/tradeCues';
import { GERMAN_HOW_CUES, GERMAN_WHY_CUES } from '../src/core/tagger/germanCues';
import type { TaggerLanguage } from '../src/core/tagger/lemmaTable';
import { GERMAN_TRAP_CUES, TRAP_CUES } from '../src/core/tagger/trapCues';
import { TRAP_SIGNALS } from '../src/core/tagger/trapSignals';
import { WHY_CUES } from '../src/core/tagger/whyCues';
import { CLASS_WORDS, encodeClassStems } from '../src/core/tagger/wordClassWords';
import { stemName, stemWord } from '../src/core/tagger/tokens';
import { repoRoot } from './vscodePaths';

/** The sources in the order the classifier has always compiled them: stop, why, how, trade how. */
export const CUE_SOURCES: readonly (readonly [CueSide, readonly CueSpec[]])[] = [
  ['stop', STOP_PHRASES], ['why', WHY_CUES], ['how', HOW_CUES], ['how', TRADE_HOW_CUES],
];

/** The German sources: why and how (no stop phrases or trade lists yet). */
export const GERMAN_CUE_SOURCES: readonly (readonly [CueSide, readonly CueSpec[]])[] = [
  ['why', GERMAN_WHY_CUES], ['how', GERMAN_HOW_CUES],
];

/** The cue sources of a language. */
export function cueSources(language: TaggerLanguage): readonly (readonly [CueSide, readonly CueSpec[]])[] {
  return language === 'en' ? CUE_SOURCES : GERMAN_CUE_SOURCES;
}

/** Compiled, distinct cues with their pattern parts; phrases that compile to nothing are dropped, as compileCues does. */
export function compiledSources<S extends string>(
  sources: readonly (readonly [S, readonly CueSpec[]])[], language: TaggerLanguage = 'en',
): { cue: Cue<S>; parts: string[] }[] {
  const parts = new Map<Cue<S>, string[]>();
  for (const [side, specs] of sources) {
    for (const [phrase, weight, fn, style] of specs) {
      const stems = patternStems(phrase, language);
      const cue = cueOf(side, phrase, weight, fn ?? null, style ?? null, patternOf(stems));
      if (cue !== undefined) {
        parts.set(cue, stems);
      }
    }
  }
  // As createLexicon would: a later cue with the same pattern replaces an earlier one.
  return distinctCues([...parts.keys()]).map((cue) => ({ cue, parts: parts.get(cue) as string[] }));
}

/** A string as a single-quoted TypeScript literal (the tables are JSON, full of double quotes). */
function literal(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A trained sentence model with the names of the stem ids its keys hold. */
export interface NamedModel {
  readonly table: SentenceModelTable;
  readonly name: (id: number) => string;
}

/** The committed models, named by the committed stem table. */
export function committedModels(): Record<TaggerLanguage, NamedModel> {
  const name = (id: number): string => stemName(id) as string;
  return { en: { table: decodeModelTable(EN_MODEL), name }, de: { table: decodeModelTable(DE_MODEL), name } };
}

/** The two generated files' sources: the lexicon tables (with the stem table) and the models. */
export function generatedSources(models: Record<TaggerLanguage, NamedModel> = committedModels()): { lexicon: string; models: string } {
  const cues = compiledSources(CUE_SOURCES);
  const germanCues = compiledSources(GERMAN_CUE_SOURCES, 'de');
  const traps = compiledSources(TRAP_CUES);
  const germanTraps = compiledSources(GERMAN_TRAP_CUES, 'de');
  const stemList = [
    ...[cues, germanCues, traps, germanTraps].flatMap((compiled) => compiled.flatMap(({ parts }) => parts.filter((part) => part !== '*' && !/^~[1-9]$/.test(part)))),
    ...CLASS_WORDS.flatMap(([, words]) => words.split(/\s+/).map((word) => stemWord(word))),
    ...modelStems(models.en.table, models.en.name), ...modelStems(models.de.table, models.de.name),
  ];
  const stemTable = encodeStemTable(stemList);
  const stems = new Map(stemTable.stems.split(' ').map((stem, place) => [stem, place] as const));
  const lexicon = [
    '// Generated by scripts/generateLexicon.ts from whyCues.ts, howCues.ts, tradeCues.ts, germanCues.ts and trapCues.ts,',
    '// lemmatised with the shipped lemma tables: do not edit by hand; run `npm run generate:lexicon` after',
    '// changing them (the trainer runs it for you). Format: builtInLexicon.ts, stemTable.ts.',
    '',
    `/** ${stems.size} stems: every stem the cue and trap tables, the word classes and the sentence models name, sorted. */`,
    `export const STEMS = ${literal(stemTable.stems)};`,
    '',
    '/** Where STEMS\' blocks start (stemTable.ts). */',
    `export const STEM_INDEX = ${literal(stemTable.index)};`,
    '',
    `/** ${cues.length} cues: stop phrases, why, how, trade how. */`,
    `export const CUE_TABLE = ${literal(encodeCueTable(cues, CUE_SIDES, stems))};`,
    '',
    `/** ${germanCues.length} German cues: why, how. */`,
    `export const DE_CUE_TABLE = ${literal(encodeCueTable(germanCues, CUE_SIDES, stems))};`,
    '',
    `/** ${traps.length} trap phrases. */`,
    `export const TRAP_TABLE = ${literal(encodeCueTable(traps, TRAP_SIGNALS, stems))};`,
    '',
    '/** The word classes (wordClassWords.ts CLASS_WORDS), stemmed: per class, in bit order, its words\' stems (a number: its place in STEMS). */',
    `export const CLASS_STEMS = ${literal(encodeClassStems((word) => stemWord(word), stems))};`,
    `/** ${germanTraps.length} German trap phrases. */`,
    `export const DE_TRAP_TABLE = ${literal(encodeCueTable(germanTraps, TRAP_SIGNALS, stems))};`,
    '',
  ].join('\n');
  const modelSource = [
    '// Generated by scripts/generateLexicon.ts from what scripts/trainTagger.ts trained: do not edit by hand.',
    '// The sentence model per language. Format: modelTable.ts.',
    ...(['en', 'de'] as const).map((language) => `export const ${language.toUpperCase()}_MODEL = ${literal(encodeModelTable(models[language].table, models[language].name, stems))};`),
    '',
  ].join('\n');
  return { lexicon, models: modelSource };
}

/** Writes both generated files. */
export function writeGenerated(models?: Record<TaggerLanguage, NamedModel>): void {
  const sources = generatedSources(models);
  writeFileSync(GENERATED_LEXICON, sources.lexicon);
  writeFileSync(GENERATED_MODELS, sources.models);
  console.log(`wrote ${GENERATED_LEXICON} and ${GENERATED_MODELS}`);
}

export const GENERATED_LEXICON = join(repoRoot, 'src', 'core', 'tagger', 'lexiconTable.generated.ts');
export const GENERATED_MODELS = join(repoRoot, 'src', 'core', 'tagger', 'modelTable.generated.ts');

if (require.main === module) {
  writeGenerated();
}
