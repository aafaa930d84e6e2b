// The entry label, learned (issue #12): how two careful readers weigh an entry's sentences into why,
// how, balanced or unclear. The guide's share thresholds (entryLabel.ts) applied to the tagger's
// sentence readings called too many entries balanced that readers saw leaning one way; a readers'
// judgement weighs how many sentences show each side, how surely, and the traps, not one share.
// A multinomial logistic regression over the features below, trained on the training part's entries
// by scripts/trainEntryModel.ts (its weights in entryModel.generated.ts, standardisation folded in).
// Pure and deterministic; a model that does not decode leaves the share rule in charge (tagger.ts).
import type { SentenceClassification } from './classify';
import { EN_ENTRY_MODEL, DE_ENTRY_MODEL } from './entryModel.generated';
import type { TaggerLanguage } from './lemmaTable';
import { TRAP_IDS, type EntryLabel, type TrapId } from './types';

/** The classes in the model's order. */
export const ENTRY_CLASSES: readonly EntryLabel[] = ['why', 'how', 'balanced', 'unclear'];

/**
 * How many features entryFeatures computes (their names, in order, are in the trainer,
 * scripts/trainEntryModel.ts, which prints them; kept out of the tagger bundle).
 */
export const ENTRY_FEATURE_COUNT = 19;

/** A sentence read as why with at least this probability of why keeps an entry from being called unclear (modelMayCallUnclear). */
const LIKELY = 0.5;

/**
 * Whether the model may call an entry unclear although the tagger finds a side in it. What two
 * readers call unclear then is a list of errands read as managing ("Book the MOT", "Pay the bill"),
 * never leading; so only an entry of four or more sentences (every entry the model learned from is
 * longer; asked about one line it read plain managing as unclear), none read as why more likely
 * than not (a plain day with one clear leading sentence is why by the guide; a line read as why by a
 * hair, as "Call mum." once was on the weight of "mum", is no leading sentence), and at least a
 * quarter read as how (a plain day with one clear managing line is how).
 */
export function modelMayCallUnclear(sentences: readonly { readonly result: Pick<SentenceClassification, 'label'>; readonly sides: { readonly why: number } }[]): boolean {
  let how = 0;
  for (let at = 0; at < sentences.length; at += 1) {
    const sentence = sentences[at] as (typeof sentences)[number];
    if (sentence.result.label === 'why' && sentence.sides.why >= LIKELY) {
      return false;
    }
    how += sentence.result.label === 'how' ? 1 : 0;
  }
  return sentences.length >= 4 && how * 4 >= sentences.length;
}

/** A sentence whose side the model gives at least this probability is counted as sure of it. */
const SURE = 0.8;


export interface EntryModel {
  /** Per class (ENTRY_CLASSES order). */
  readonly bias: readonly number[];
  /** Per class, one weight per feature (entryFeatures order). */
  readonly weights: readonly (readonly number[])[];
}

/** The probabilities of why and of how of a sentence: the softmax of its scores against neither. */
export function sideProbabilities(result: Pick<SentenceClassification, 'evidence'>): { why: number; how: number } {
  const whyOdds = Math.exp(result.evidence.why);
  const howOdds = Math.exp(result.evidence.how);
  const total = 1 + whyOdds + howOdds;
  return { why: whyOdds / total, how: howOdds / total };
}

/**
 * An entry's features (the trainer's ENTRY_FEATURE_NAMES order) from its classified sentences (each
 * with its label and its {@link sideProbabilities}, tagger.ts ClassifiedSentence) and its traps.
 */
export function entryFeatures(sentences: readonly { readonly result: Pick<SentenceClassification, 'label'>; readonly sides: { readonly why: number; readonly how: number } }[], traps: readonly TrapId[]): number[] {
  const count = Math.max(1, sentences.length);
  let why = 0;
  let how = 0;
  let whySentences = 0;
  let howSentences = 0;
  let unclearSentences = 0;
  let sureWhy = 0;
  let sureHow = 0;
  let strongestWhy = 0;
  let strongestHow = 0;
  for (let at = 0; at < sentences.length; at += 1) {
    const sentence = sentences[at] as (typeof sentences)[number];
    const result = sentence.result;
    const p = sentence.sides;
    why += p.why;
    how += p.how;
    whySentences += result.label === 'why' ? 1 : 0;
    howSentences += result.label === 'how' ? 1 : 0;
    unclearSentences += result.label === 'unclear' ? 1 : 0;
    sureWhy += p.why > SURE ? 1 : 0;
    sureHow += p.how > SURE ? 1 : 0;
    strongestWhy = Math.max(strongestWhy, p.why);
    strongestHow = Math.max(strongestHow, p.how);
  }
  const features = [
    why + how > 0 ? why / (why + how) : 0.5, (why + how) / count, why / count, how / count,
    whySentences / count, howSentences / count, unclearSentences / count,
    Math.log1p(whySentences), Math.log1p(howSentences), Math.log1p(unclearSentences),
    sureWhy / count, sureHow / count, Math.log1p(sentences.length),
    // The surest sentence of each side: the averages above let many lines of detail drown one plainly
    // leading or managing sentence. Leave one writer out on the training part of catalogue 43
    // (2026-12-07, by a numpy replica of the trainer's fit): EN 87.7 → 87.9 %, DE 89.4 → 90.2 %.
    strongestWhy, strongestHow,
  ];
  // One feature per trap, not one per side: the nice leader (leading side) sits on entries readers call
  // balanced or why, the micromanaging leader (leading side too) on entries full of managing detail, and
  // one "leading trap" feature made the first read as the second, how. Leave one writer out on the
  // training part of catalogue 37 (2026-12-06): EN 87.7 → 87.6 %, DE 88.2 → 89.2 %. An indexed loop, not
  // `map`: a fresh thread runs this in V8's interpreter, where each callback call allocates.
  for (let at = 0; at < TRAP_IDS.length; at += 1) {
    features.push(traps.includes(TRAP_IDS[at] as TrapId) ? 1 : 0);
  }
  return features;
}

/**
 * The class the model scores highest; with `mayBeUnclear` false, the highest of why, how and balanced
 * (the shares have already found something to read).
 */
export function predictEntryLabel(model: EntryModel, features: readonly number[], mayBeUnclear = true): EntryLabel {
  let best = 0;
  let bestScore = -Infinity;
  for (let c = 0; c < ENTRY_CLASSES.length; c++) {
    if (!mayBeUnclear && ENTRY_CLASSES[c] === 'unclear') {
      continue;
    }
    const weights = model.weights[c] ?? [];
    let score = model.bias[c] ?? 0;
    for (let f = 0; f < features.length; f++) {
      score += (weights[f] ?? 0) * (features[f] ?? 0);
    }
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return ENTRY_CLASSES[best] as EntryLabel;
}

/** Text form (the generated file): per class, its bias then its weights, space-separated. */
export function encodeEntryModel(model: EntryModel): string {
  return ENTRY_CLASSES.map((_, c) => [model.bias[c] ?? 0, ...(model.weights[c] ?? [])].map((n) => Number(n.toPrecision(4))).join(' ')).join('|');
}

/** The model from its text form; undefined when it does not have a bias and every weight for every class. */
export function decodeEntryModel(text: string): EntryModel | undefined {
  const rows = text.split('|').map((row) => row.trim().split(/\s+/).map(Number));
  if (rows.length !== ENTRY_CLASSES.length || rows.some((row) => row.length !== ENTRY_FEATURE_COUNT + 1 || row.some((n) => !Number.isFinite(n)))) {
    return undefined;
  }
  return { bias: rows.map((row) => row[0] as number), weights: rows.map((row) => row.slice(1)) };
}

const decoded: Partial<Record<TaggerLanguage, EntryModel | null>> = {};

/** The shipped model of a language, decoded once; undefined when there is none. */
export function builtInEntryModel(language: TaggerLanguage): EntryModel | undefined {
  let model = decoded[language];
  if (model === undefined) {
    model = decodeEntryModel(language === 'en' ? EN_ENTRY_MODEL : DE_ENTRY_MODEL) ?? null;
    decoded[language] = model;
  }
  return model ?? undefined;
}
