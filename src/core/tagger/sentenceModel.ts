// The learned sentence model: is a sentence about leading (why), managing (how), or neither?
//
// A multinomial logistic regression over the sentence's evidence words, trained at build time on
// the labelled corpus (scripts/trainTagger.ts, corpus/) and shipped as a table. Its features are
// the lemma families of the words a person would accept as evidence (wordFlags.ts EVIDENCE: no
// function words, numbers, pronouns, role nouns or words that only name a thing, time, group or
// person), and two-word cues made of such a word and its neighbour ("set deadline", "explained
// why", "follow up"; articles between them are skipped). Negation keeps a sentence's topic (the
// labelling guide, rule 2), so it is not a feature; in a contrast the rejected part counts for
// little (contrast.ts). "Neither" is the reference class: a sentence scores 0 for it, and a side
// wins only when its score is above 0 and the other side's.
//
// Both the trainer and the classifier take features from here, so they cannot disagree about
// what a feature is. Explanations name the features that pushed the winner furthest past the
// runner-up: only evidence words, as written.
import type { Token } from './tokens';
import { ARTICLE, EVIDENCE, FUNCTION_WORD, PARTICLE } from './wordFlags';

export interface SentenceFeature {
  /** A stem id (one word) or {@link pairFeatureKey} (two). */
  readonly key: number;
  /** Token span: first and last index (equal for one word). */
  readonly first: number;
  readonly last: number;
  /** The contrast factor of its tokens: 1, or less inside a rejected alternative. */
  readonly factor: number;
  /** True when it covers a word that may be shown as evidence (so it can be named as a cue). */
  readonly showable: boolean;
}

const PAIR_BASE = 1 << 15;

/**
 * Two dense features: the summed weights of the cue lexicon's why and how matches in the sentence
 * (whyCues.ts, howCues.ts: domain knowledge written by hand), so the model learns how far to trust
 * them. Their factor is the sum itself.
 */
export const LEXICON_WHY = -1;
export const LEXICON_HOW = -2;

/**
 * Each lexicon cue is also a feature of its own, so the data can correct a hand-set weight that
 * does not hold in real writing; its value is the match's weight over 3. Keyed by the cue's place
 * in the shipped cue table (lexiconTable.generated.ts), which the trainer and the tagger share.
 */
export function cueFeatureKey(index: number): number {
  return -1000 - index;
}

export function cueIndexOf(key: number): number | undefined {
  return key <= -1000 ? -1000 - key : undefined;
}

/** One number for a two-word feature (stem ids stay below 2^15). */
export function pairFeatureKey(first: number, second: number): number {
  return PAIR_BASE + first * PAIR_BASE + second;
}

export function isPairKey(key: number): boolean {
  return key >= PAIR_BASE;
}

/** The two stem ids of a pair key. */
export function pairParts(key: number): [number, number] {
  const rest = key - PAIR_BASE;
  return [Math.floor(rest / PAIR_BASE), rest % PAIR_BASE];
}

/**
 * The features of the sentence being classified, as parallel typed arrays (one slot per feature, in
 * order of first appearance) reused from one sentence to the next: the classifier reads a sentence's
 * features without an object per feature, and looks each feature's weights up once (`weigh`) for the
 * score, the check that a showable feature decided it and its cues. Classifying is synchronous, so one
 * list serves every classifier; {@link sentenceFeatures} copies it out as objects for the trainer.
 */
export class FeatureList {
  count = 0;
  keys = new Int32Array(64);
  firsts = new Int32Array(64);
  lasts = new Int32Array(64);
  factors = new Float64Array(64);
  /** 1 when the feature covers a word that may be shown as evidence. */
  showables = new Uint8Array(64);
  /** After `weigh`: 1 when the model weighs the feature, with its why and how weights. */
  weighed = new Uint8Array(64);
  whyWeights = new Float64Array(64);
  howWeights = new Float64Array(64);
  /** Scratch for the contributions of the decisive features (decisiveSlots). */
  values = new Float64Array(64);
  // Where each one-word feature of the sentence sits: `slotOf[id]` is valid when `epochOf[id]` is the
  // current sentence's epoch. A word is looked up in O(1) however long the sentence; two-word
  // features, a few per sentence, are found by a scan.
  private readonly slotOf = new Int32Array(PAIR_BASE);
  private readonly epochOf = new Int32Array(PAIR_BASE);
  private epoch = 0;

  /** Empties the list for a new sentence. */
  clear(): void {
    this.count = 0;
    this.epoch = this.epoch === 0x7fffffff ? 1 : this.epoch + 1;
    if (this.epoch === 1) {
      this.epochOf.fill(0);
    }
  }

  /** Appends a feature (no check for one with the same key: the lexicon's cue features are appended so). */
  push(key: number, first: number, last: number, factor: number, showable: boolean): void {
    if (this.count === this.keys.length) {
      this.grow();
    }
    const at = this.count;
    this.keys[at] = key;
    this.firsts[at] = first;
    this.lasts[at] = last;
    this.factors[at] = factor;
    this.showables[at] = showable ? 1 : 0;
    this.count = at + 1;
  }

  /**
   * Adds a feature, or keeps the stronger factor of one already there (with the stronger one's span);
   * it may be shown when any of its occurrences may be (then with the span of one that may).
   */
  add(key: number, first: number, last: number, factor: number, showable = true): void {
    let at = -1;
    if (key >= 0 && key < PAIR_BASE) {
      if (this.epochOf[key] === this.epoch) {
        at = this.slotOf[key] as number;
      } else {
        this.epochOf[key] = this.epoch;
        this.slotOf[key] = this.count;
      }
    } else {
      for (let index = 0; index < this.count; index++) {
        if (this.keys[index] === key) {
          at = index;
          break;
        }
      }
    }
    if (at < 0) {
      this.push(key, first, last, factor, showable);
      return;
    }
    // Written whether or not anything changes: the rare cases (a stronger factor, a first showable
    // occurrence) take the common path's code, and so never meet compiled code that had not seen them.
    const held = this.factors[at] as number;
    const shows = this.showables[at] === 1;
    const stronger = held < factor;
    const moves = stronger || (showable && !shows);
    this.firsts[at] = moves ? first : this.firsts[at] as number;
    this.lasts[at] = moves ? last : this.lasts[at] as number;
    this.factors[at] = stronger ? factor : held;
    this.showables[at] = showable || shows ? 1 : 0;
  }

  /** Looks up every feature's weights in `weights` (see `weighed`). */
  weigh(weights: ModelWeights): void {
    for (let at = 0; at < this.count; at++) {
      const weight = weights.weightOf(this.keys[at] as number);
      if (weight === undefined) {
        this.weighed[at] = 0;
      } else {
        this.weighed[at] = 1;
        this.whyWeights[at] = weight[0];
        this.howWeights[at] = weight[1];
      }
    }
  }

  /** The features as objects, in order (for the trainer). */
  toArray(): SentenceFeature[] {
    const features: SentenceFeature[] = [];
    for (let at = 0; at < this.count; at++) {
      features.push({
        key: this.keys[at] as number, first: this.firsts[at] as number, last: this.lasts[at] as number,
        factor: this.factors[at] as number, showable: this.showables[at] === 1,
      });
    }
    return features;
  }

  /** Twice the room: the features held are copied; what `weigh` and the score write is written again for each sentence. */
  private grow(): void {
    const size = 2 * this.keys.length;
    this.keys = grown(this.keys, size, Int32Array);
    this.firsts = grown(this.firsts, size, Int32Array);
    this.lasts = grown(this.lasts, size, Int32Array);
    this.factors = grown(this.factors, size, Float64Array);
    this.showables = grown(this.showables, size, Uint8Array);
    this.weighed = new Uint8Array(size);
    this.whyWeights = new Float64Array(size);
    this.howWeights = new Float64Array(size);
    this.values = new Float64Array(size);
  }
}

/** A new `Make` array `size` long starting with `array`'s values (the rest 0). */
function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T, size: number, Make: new (length: number) => T): T {
  const bigger = new Make(size);
  bigger.set(array);
  return bigger;
}

let shared: FeatureList | undefined;

/** The one feature list the classifier fills (see {@link FeatureList}), made on first use. */
export function sharedFeatureList(): FeatureList {
  shared ??= new FeatureList();
  return shared;
}

/**
 * Fills `list` with the features of a tokenised sentence, each once (the strongest factor kept), in
 * order of first appearance.
 */
export function readSentenceFeatures(list: FeatureList, tokens: readonly Token[], factors: readonly number[]): void {
  list.clear();
  // The last evidence word or particle, for two-word cues: articles between are skipped, any other
  // word breaks the pair. Whether a word has a stem id never changes what pairs (only what weighs).
  let previous = -1;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const evidence = (token.flags & EVIDENCE) !== 0;
    const particle = (token.flags & PARTICLE) !== 0;
    if (!evidence && token.id !== 0) {
      // Context: a word that may not be shown alone ("team", "people", a pronoun) still weighs. A
      // content word among them is named, and may decide a label, only with an evidence word beside
      // it in its clause, as a phrase ("team agreed", "people trusted"); a function word or a word
      // of time never is.
      const before = at > 0 ? tokens[at - 1] as Token : undefined;
      const after = at + 1 < tokens.length ? tokens[at + 1] as Token : undefined;
      const phrase = (token.flags & FUNCTION_WORD) === 0; // "I", "of", "Saturday" are never part of a reason.
      const withBefore = phrase && before !== undefined && before.clause === token.clause && (before.flags & EVIDENCE) !== 0;
      const withAfter = phrase && after !== undefined && after.clause === token.clause && (after.flags & EVIDENCE) !== 0;
      list.add(token.id, withBefore ? at - 1 : at, withAfter ? at + 1 : at, factors[at] ?? 1, withBefore || withAfter);
    }
    if (!evidence && !particle) {
      if ((token.flags & ARTICLE) === 0) { // Articles between the two words are skipped (wordFlags.ts).
        previous = -1;
      }
      continue;
    }
    const factor = factors[at] ?? 1;
    if (evidence && token.id !== 0) {
      list.add(token.id, at, at, factor);
    }
    if (previous >= 0) {
      const before = tokens[previous] as Token;
      const beforeEvidence = (before.flags & EVIDENCE) !== 0;
      if (before.clause === token.clause && (beforeEvidence || evidence) && before.id !== 0 && token.id !== 0) {
        list.add(pairFeatureKey(before.id, token.id), previous, at, Math.min(factor, factors[previous] ?? 1));
      }
    }
    previous = at;
  }
}

/** The features of a tokenised sentence, each once (the strongest factor kept), in order of first appearance. */
export function sentenceFeatures(tokens: readonly Token[], factors: readonly number[]): SentenceFeature[] {
  const list = sharedFeatureList();
  readSentenceFeatures(list, tokens, factors);
  return list.toArray();
}

/** The model's table: a bias per side, and per feature a weight per side (neither is 0). */
export interface SentenceModelTable {
  readonly biasWhy: number;
  readonly biasHow: number;
  /** Feature key → [why weight, how weight]. */
  readonly weights: ReadonlyMap<number, readonly [number, number]>;
}

export type Weight = readonly [number, number];

/**
 * What scoring reads of a model: its biases and each feature's weights. The shipped models
 * (modelTable.ts) read their weights from their tables as features are met; a table the trainer
 * holds in memory is read through a lookup built once beside it.
 */
export interface ModelWeights {
  readonly biasWhy: number;
  readonly biasHow: number;
  /** The weights of the feature `key`, or undefined when the model does not weigh it. */
  weightOf(key: number): Weight | undefined;
}

/**
 * The weights by key of a table in memory, read on every feature of every sentence: one-word
 * features (stem ids below 2^15) and cue features from arrays, the rest (two-word features, the
 * lexicon sums) from the Map. Most two-word features of a sentence are not in the table: a pair
 * whose first stem starts no pair in the table is answered without hashing (`pairFirsts`).
 */
class WeightLookup implements ModelWeights {
  readonly biasWhy: number;
  readonly biasHow: number;
  // `stemIndex[id]` is 1 + the place of the stem's weight in `stems`, or 0: a typed array, since the
  // ids are scattered (an array written at scattered indices becomes a dictionary).
  private readonly stemIndex = new Int32Array(PAIR_BASE);
  private readonly stems: Weight[] = [];
  private readonly cues: (Weight | undefined)[] = [];
  private readonly pairFirsts = new Uint8Array(PAIR_BASE);
  /** The lexicon sums' weights, read for every sentence. */
  private readonly lexiconWhy: Weight | undefined;
  private readonly lexiconHow: Weight | undefined;

  constructor(private readonly table: SentenceModelTable) {
    this.biasWhy = table.biasWhy;
    this.biasHow = table.biasHow;
    this.lexiconWhy = table.weights.get(LEXICON_WHY);
    this.lexiconHow = table.weights.get(LEXICON_HOW);
    table.weights.forEach((weight, key) => {
      if (key >= 0 && key < PAIR_BASE) {
        this.stems.push(weight);
        this.stemIndex[key] = this.stems.length;
      } else if (key <= -1000) {
        this.cues[-1000 - key] = weight;
      } else if (key >= PAIR_BASE) {
        this.pairFirsts[pairParts(key)[0]] = 1;
      }
    });
  }

  weightOf(key: number): Weight | undefined {
    if (key >= 0) {
      if (key < PAIR_BASE) {
        const place = this.stemIndex[key] as number;
        return place === 0 ? undefined : this.stems[place - 1];
      }
      return this.pairFirsts[Math.floor((key - PAIR_BASE) / PAIR_BASE)] === 0 ? undefined : this.table.weights.get(key);
    }
    return key <= -1000 ? this.cues[-1000 - key] : key === LEXICON_WHY ? this.lexiconWhy : key === LEXICON_HOW ? this.lexiconHow : this.table.weights.get(key);
  }
}

const lookups = new WeakMap<SentenceModelTable, WeightLookup>();

/** The weights of a model: itself when it reads them, else a lookup over the table, built once per table. */
export function modelWeights(model: SentenceModelTable | ModelWeights): ModelWeights {
  if ('weightOf' in model) {
    return model;
  }
  let lookup = lookups.get(model);
  if (lookup === undefined) {
    lookup = new WeightLookup(model);
    lookups.set(model, lookup);
  }
  return lookup;
}

/** What scoring needs of a feature: its key, its value (the contrast factor, or a lexicon sum), and whether it can be named. */
export interface FeatureValue {
  readonly key: number;
  readonly factor: number;
  readonly showable: boolean;
}

export interface SentenceScore {
  /** Scores of why and how; neither scores 0. */
  readonly why: number;
  readonly how: number;
  readonly label: 'why' | 'how' | 'neither';
  /** One over the length of the sentence's vector of weighed features: every contribution is scaled by it. */
  readonly scale: number;
}

/** Smallest contribution a feature must make to be named as a cue. */
export const CUE_MIN = 0.1;

const NO_EXTRA = { why: 0, how: 0 };

/**
 * How far the feature in slot `at` of a weighed list moves `label` past its runner-up (the other side
 * when it scores above 0, else neither): its weight difference times its factor, scaled.
 */
function contribution(list: FeatureList, at: number, scale: number, label: 'why' | 'how', runnerUpIsSide: boolean): number {
  const winner = label === 'why' ? list.whyWeights[at] as number : list.howWeights[at] as number;
  const other = label === 'why' ? list.howWeights[at] as number : list.whyWeights[at] as number;
  return (winner - (runnerUpIsSide ? other : 0)) * ((list.factors[at] as number) * scale);
}

/**
 * Scores the features in `list`, weighing them with `model` first (FeatureList.weigh). A side wins
 * when it scores above 0 and above the other; and, since every label names the words that decided
 * it, only when at least one feature that may be shown (FeatureValue.showable) moved it past the
 * runner-up by CUE_MIN or more, or the user's own terms (`extra`) took part: a side that the bias
 * alone, or words that may not be shown, carried is not a reading of what the user wrote.
 */
export function scoreFeatures(model: ModelWeights, list: FeatureList, extra: { why: number; how: number } = NO_EXTRA): SentenceScore {
  list.weigh(model);
  let sumWhy = 0;
  let sumHow = 0;
  let squares = 0;
  for (let at = 0; at < list.count; at++) {
    if (list.weighed[at] === 1) {
      const factor = list.factors[at] as number;
      sumWhy += (list.whyWeights[at] as number) * factor;
      sumHow += (list.howWeights[at] as number) * factor;
      squares += factor * factor;
    }
  }
  // The vector is scaled to length 1, as in training (scripts/tagger/logistic.ts): a long sentence
  // weighs no more than a short one.
  const scale = squares > 0 ? 1 / Math.sqrt(squares) : 1;
  const why = model.biasWhy + sumWhy * scale + extra.why;
  const how = model.biasHow + sumHow * scale + extra.how;
  const side = why > 0 && why >= how ? 'why' : how > 0 && how > why ? 'how' : 'neither';
  if (side === 'neither' || extra.why !== 0 || extra.how !== 0) {
    return { why, how, label: side, scale };
  }
  const runnerUpIsSide = (side === 'why' ? how : why) > 0;
  for (let at = 0; at < list.count; at++) {
    if (list.weighed[at] === 1 && list.showables[at] === 1 && contribution(list, at, scale, side, runnerUpIsSide) >= CUE_MIN) {
      return { why, how, label: side, scale };
    }
  }
  return { why, how, label: 'neither', scale };
}

/** A list the trainer's features are scored in (apart from the classifier's, so neither overwrites the other). */
let scoring: FeatureList | undefined;

/** Scores a sentence's features (see {@link scoreFeatures}): the trainer's form, over feature objects. */
export function scoreSentence(model: SentenceModelTable | ModelWeights, features: readonly FeatureValue[], extra: { why: number; how: number } = NO_EXTRA): SentenceScore {
  scoring ??= new FeatureList();
  scoring.clear();
  for (const feature of features) {
    scoring.push(feature.key, -1, -1, feature.factor, feature.showable);
  }
  return scoreFeatures(modelWeights(model), scoring, extra);
}

/**
 * The slots of the features in a list scored by {@link scoreFeatures} that pushed a labelled sentence
 * past its runner-up, strongest first, ties in feature order (for its cues).
 */
export function decisiveSlots(list: FeatureList, score: SentenceScore): number[] {
  const decisive: number[] = [];
  if (score.label === 'neither') {
    return decisive;
  }
  const label = score.label;
  const runnerUpIsSide = (label === 'why' ? score.how : score.why) > 0;
  const values = list.values; // The contributions of `decisive`, in its order (no more than the list's features).
  for (let slot = 0; slot < list.count; slot++) {
    if (list.weighed[slot] === 1 && list.showables[slot] === 1) {
      const value = contribution(list, slot, score.scale, label, runnerUpIsSide);
      if (value >= CUE_MIN) {
        // Kept in order, strongest first, ties in feature order (as a stable sort would): the list is short.
        let at = decisive.length;
        decisive.push(slot);
        values[at] = value;
        while (at > 0 && (values[at - 1] as number) < value) {
          decisive[at] = decisive[at - 1] as number;
          values[at] = values[at - 1] as number;
          at -= 1;
        }
        decisive[at] = slot;
        values[at] = value;
      }
    }
  }
  return decisive;
}
