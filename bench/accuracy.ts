// Accuracy figures for the tagger, on the dev files and on the held-out files separately, with a
// naive keyword baseline measured in the same run:
//
//   sentences   accuracy over the labelled why/how sentences (a `neutral` prediction counts as wrong),
//               with the confusion matrix
//   entries     accuracy of the entry label (why / how / balanced)
//   traps       recall (trap instances found / labelled) and false alarms per 20 ordinary (no-trap)
//               entries; wrong-trap alarms on trap entries are listed too
//   soft        functions (micro F1) and style (exact, null included), the guide's secondary labels
//
// On dev it also prints the variants the method was chosen from: lexicon only, model only and
// lexicon + model, the model ones by 5-fold cross-validation (the model retrained without the
// fold), since the shipped model was trained on all of dev. The held-out files are read here and
// only here, to report; nothing in this file feeds back into the tagger.
//
// Baseline: a fixed keyword list (why: vision, purpose, inspire, trust, motivate, why, change,
// empathy; how: plan, schedule, budget, deadline, process, metric, resource, task), matched on the
// tagger's stems; more why hits than how hits is why, the reverse how, a tie neutral (sentences) or
// balanced (entries, after the same share thresholds). The baseline finds no traps (it has no rule).
//
// Run with `npx tsx bench/accuracy.ts` (add `--dev` to leave the held-out files unopened).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier, type Classifier } from '../src/core/tagger/classify';
import { extractUserText } from '../src/core/tagger/markdownText';
import { splitSentences } from '../src/core/tagger/sentences';
import { createTagger, entryLabel, type Tagger } from '../src/core/tagger/tagger';
import { tokenize } from '../src/core/tagger/tokens';
import type { EntryLabel, SentenceLabel, TagResult } from '../src/core/tagger/types';
import { readLabelled, trainWeights, TRAINING_FILES } from '../scripts/trainTagger';
import { repoRoot } from '../scripts/vscodePaths';

const FIXTURES = join(repoRoot, 'test', 'fixtures', 'tagger');

export interface LabelledSentence {
  readonly text: string;
  readonly label: 'why' | 'how';
}

export interface LabelledEntry {
  readonly id: string;
  readonly text: string;
  readonly label: EntryLabel;
  readonly traps: readonly string[];
  readonly style: string | null;
  readonly functions: readonly string[];
}

export function readJsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as T);
}

export interface SentenceFigures {
  readonly correct: number;
  readonly total: number;
  readonly accuracy: number;
  /** confusion[gold][predicted]. */
  readonly confusion: Readonly<Record<'why' | 'how', Readonly<Record<SentenceLabel, number>>>>;
}

export interface EntryFigures {
  readonly correct: number;
  readonly total: number;
  readonly accuracy: number;
  readonly traps: {
    readonly labelled: number;
    readonly found: number;
    readonly recall: number;
    readonly ordinaryEntries: number;
    readonly falseAlarms: number;
    readonly falseAlarmsPer20: number;
    /** Traps raised on trap entries that are not the labelled trap. */
    readonly wrongTrap: number;
  };
  readonly functionsF1: number;
  readonly styleAccuracy: number;
}

export interface SetFigures {
  readonly sentences: SentenceFigures;
  readonly entries: EntryFigures;
}

export interface AccuracyFigures {
  readonly dev: { readonly tagger: SetFigures; readonly baseline: SetFigures };
  /** Undefined when run with `heldout: false` (development: the held-out files are not opened). */
  readonly heldout: { readonly tagger: SetFigures; readonly baseline: SetFigures } | undefined;
  /** Dev sentence accuracy of the variants the method was chosen from. */
  readonly devVariants: readonly { readonly name: string; readonly sentences: SentenceFigures; readonly entries?: number }[];
}

type SentencePredictor = (text: string) => SentenceLabel;
type EntryPredictor = (markdown: string) => Pick<TagResult, 'label' | 'traps' | 'functions' | 'style'>;

export function sentenceFigures(rows: readonly LabelledSentence[], predict: SentencePredictor): SentenceFigures {
  const confusion = { why: { why: 0, how: 0, neutral: 0 }, how: { why: 0, how: 0, neutral: 0 } };
  let correct = 0;
  for (const row of rows) {
    const predicted = predict(row.text);
    confusion[row.label][predicted] += 1;
    correct += predicted === row.label ? 1 : 0;
  }
  return { correct, total: rows.length, accuracy: correct / rows.length, confusion };
}

export function entryFigures(rows: readonly LabelledEntry[], predict: EntryPredictor): EntryFigures {
  let correct = 0;
  let labelled = 0;
  let found = 0;
  let ordinaryEntries = 0;
  let falseAlarms = 0;
  let wrongTrap = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let styleCorrect = 0;
  for (const row of rows) {
    const result = predict(row.text);
    correct += result.label === row.label ? 1 : 0;
    const predictedTraps = result.traps.map((trap) => trap.id as string);
    if (row.traps.length === 0) {
      ordinaryEntries += 1;
      falseAlarms += predictedTraps.length;
    } else {
      labelled += row.traps.length;
      found += row.traps.filter((trap) => predictedTraps.includes(trap)).length;
      wrongTrap += predictedTraps.filter((trap) => !row.traps.includes(trap)).length;
    }
    for (const fn_ of result.functions) {
      if (row.functions.includes(fn_)) {
        tp += 1;
      } else {
        fp += 1;
      }
    }
    fn += row.functions.filter((gold) => !result.functions.includes(gold as never)).length;
    styleCorrect += (result.style ?? null) === row.style ? 1 : 0;
  }
  return {
    correct,
    total: rows.length,
    accuracy: correct / rows.length,
    traps: {
      labelled, found, recall: labelled === 0 ? 0 : found / labelled, ordinaryEntries, falseAlarms,
      falseAlarmsPer20: ordinaryEntries === 0 ? 0 : (20 * falseAlarms) / ordinaryEntries, wrongTrap,
    },
    functionsF1: tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn),
    styleAccuracy: styleCorrect / rows.length,
  };
}

const BASELINE_WHY = new Set(['vision', 'purpose', 'inspire', 'trust', 'motivate', 'why', 'change', 'empathy'].map((word) => tokenize(word)[0]?.stem));
const BASELINE_HOW = new Set(['plan', 'schedule', 'budget', 'deadline', 'process', 'metric', 'resource', 'task'].map((word) => tokenize(word)[0]?.stem));

/** The naive keyword baseline for one sentence. */
export function baselineSentence(text: string): SentenceLabel {
  let why = 0;
  let how = 0;
  for (const token of tokenize(text)) {
    why += BASELINE_WHY.has(token.stem) ? 1 : 0;
    how += BASELINE_HOW.has(token.stem) ? 1 : 0;
  }
  return why > how ? 'why' : how > why ? 'how' : 'neutral';
}

/** The baseline for an entry: the same extraction and share thresholds as the tagger, no traps, no functions, no style. */
export function baselineEntry(markdown: string): Pick<TagResult, 'label' | 'traps' | 'functions' | 'style'> {
  let why = 0;
  let how = 0;
  for (const sentence of splitSentences(extractUserText(markdown))) {
    const label = baselineSentence(sentence.text);
    why += label === 'why' ? 1 : 0;
    how += label === 'how' ? 1 : 0;
  }
  const whyShare = why + how === 0 ? 0 : why / (why + how);
  return { label: why + how === 0 ? 'balanced' : entryLabel(whyShare, 1 - whyShare), traps: [], functions: [], style: null };
}

function taggerFigures(tagger: Tagger, classifier: Classifier, sentences: readonly LabelledSentence[], entries: readonly LabelledEntry[]): SetFigures {
  return {
    sentences: sentenceFigures(sentences, (text) => classifier.classify(text).label),
    entries: entryFigures(entries, (markdown) => tagger.tag(markdown)),
  };
}

function baselineFigures(sentences: readonly LabelledSentence[], entries: readonly LabelledEntry[]): SetFigures {
  return { sentences: sentenceFigures(sentences, baselineSentence), entries: entryFigures(entries, baselineEntry) };
}

const FOLDS = 5;

/** Dev sentence accuracy of a classifier variant retrained without each fold (training: the other folds + authored sentences). */
function crossValidated(dev: readonly LabelledSentence[], variant: { modelScale?: number; lexicon?: boolean }): SentenceFigures {
  const others = readLabelled(repoRoot, TRAINING_FILES.filter((file) => !file.includes('sentences.dev')));
  const predictions = new Map<number, SentenceLabel>();
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const training = [...dev.filter((_, at) => at % FOLDS !== fold), ...others];
    const classifier = createClassifier({}, { ...variant, modelWeights: trainWeights(training) });
    dev.forEach((row, at) => {
      if (at % FOLDS === fold) {
        predictions.set(at, classifier.classify(row.text).label);
      }
    });
  }
  let at = -1;
  return sentenceFigures(dev, () => {
    at += 1;
    return predictions.get(at) ?? 'neutral';
  });
}

/** `heldout: false` leaves the held-out files unopened (for development). */
export function runAccuracyBench(options: { readonly heldout?: boolean } = {}): AccuracyFigures {
  const devSentences = readJsonLines<LabelledSentence>(join(FIXTURES, 'sentences.dev.jsonl'));
  const devEntries = readJsonLines<LabelledEntry>(join(FIXTURES, 'entries.dev.jsonl'));
  const tagger = createTagger();
  const classifier = createClassifier();
  const lexiconOnly = createClassifier({}, { modelScale: 0 });
  const lexiconOnlyTagger = createTagger({}, { modelScale: 0 });
  let heldout: AccuracyFigures['heldout'];
  if (options.heldout !== false) {
    const heldoutSentences = readJsonLines<LabelledSentence>(join(FIXTURES, 'sentences.heldout.jsonl'));
    const heldoutEntries = readJsonLines<LabelledEntry>(join(FIXTURES, 'entries.heldout.jsonl'));
    heldout = {
      tagger: taggerFigures(tagger, classifier, heldoutSentences, heldoutEntries),
      baseline: baselineFigures(heldoutSentences, heldoutEntries),
    };
  }
  return {
    dev: { tagger: taggerFigures(tagger, classifier, devSentences, devEntries), baseline: baselineFigures(devSentences, devEntries) },
    heldout,
    devVariants: [
      {
        name: 'lexicon only', sentences: sentenceFigures(devSentences, (text) => lexiconOnly.classify(text).label),
        entries: entryFigures(devEntries, (markdown) => lexiconOnlyTagger.tag(markdown)).accuracy,
      },
      { name: 'model only (5-fold CV)', sentences: crossValidated(devSentences, { lexicon: false, modelScale: 1 }) },
      { name: 'lexicon + model (5-fold CV)', sentences: crossValidated(devSentences, {}) },
      {
        name: 'lexicon + model (shipped; trained on all dev)', sentences: sentenceFigures(devSentences, (text) => classifier.classify(text).label),
        entries: entryFigures(devEntries, (markdown) => tagger.tag(markdown)).accuracy,
      },
    ],
  };
}

function percent(value: number): string {
  return `${(100 * value).toFixed(1)}%`;
}

function confusionTable(figures: SentenceFigures): string {
  const rows = (['why', 'how'] as const).map((gold) => {
    const row = figures.confusion[gold];
    return `    gold ${gold.padEnd(4)} ${String(row.why).padStart(6)} ${String(row.how).padStart(6)} ${String(row.neutral).padStart(8)}`;
  });
  return [`    ${'predicted →'.padEnd(9)} ${'why'.padStart(6)} ${'how'.padStart(6)} ${'neutral'.padStart(8)}`, ...rows].join('\n');
}

export function formatAccuracyFigures(f: AccuracyFigures): string {
  const lines: string[] = [];
  const header = `${'set'.padEnd(9)} ${'method'.padEnd(9)} ${'sentences'.padStart(16)} ${'entries'.padStart(14)} ${'traps found'.padStart(14)} ${'false alarms /20'.padStart(17)} ${'functions F1'.padStart(13)} ${'style'.padStart(7)}`;
  lines.push(header, '-'.repeat(header.length));
  const sets = f.heldout === undefined ? [['dev', f.dev] as const] : [['dev', f.dev] as const, ['held-out', f.heldout] as const];
  for (const [set, figures] of sets) {
    for (const [method, s] of [['tagger', figures.tagger], ['baseline', figures.baseline]] as const) {
      const t = s.entries.traps;
      lines.push([
        set.padEnd(9), method.padEnd(9),
        `${percent(s.sentences.accuracy)} (${s.sentences.correct}/${s.sentences.total})`.padStart(16),
        `${percent(s.entries.accuracy)} (${s.entries.correct}/${s.entries.total})`.padStart(14),
        `${percent(t.recall)} (${t.found}/${t.labelled})`.padStart(14),
        `${t.falseAlarmsPer20.toFixed(2)} (${t.falseAlarms}/${t.ordinaryEntries})`.padStart(17),
        s.entries.functionsF1.toFixed(2).padStart(13),
        percent(s.entries.styleAccuracy).padStart(7),
      ].join(' '));
    }
  }
  lines.push('', `Wrong-trap alarms on trap entries: dev ${f.dev.tagger.entries.traps.wrongTrap}, held-out ${f.heldout?.tagger.entries.traps.wrongTrap ?? 'not run'}`);
  lines.push('Baseline traps: none (the keyword baseline has no trap rule).');
  for (const [set, figures] of sets) {
    lines.push('', `Sentence confusion, ${set}, tagger:`, confusionTable(figures.tagger.sentences));
    lines.push(`Sentence confusion, ${set}, baseline:`, confusionTable(figures.baseline.sentences));
  }
  lines.push('', 'Dev accuracy of the variants (why the method is lexicon + model):');
  for (const variant of f.devVariants) {
    const entries = variant.entries === undefined ? '' : `   entries ${percent(variant.entries)}`;
    lines.push(`  ${variant.name.padEnd(48)} ${percent(variant.sentences.accuracy)} (${variant.sentences.correct}/${variant.sentences.total})${entries}`);
  }
  return lines.join('\n');
}

if (require.main === module) {
  // `--dev` leaves the held-out files unopened.
  console.log(formatAccuracyFigures(runAccuracyBench({ heldout: !process.argv.includes('--dev') })));
}
