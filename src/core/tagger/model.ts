// The small learned half of the classifier: naive Bayes log-odds (why over how) for stemmed words
// and word pairs, trained at build time by scripts/trainTagger.ts on the dev sentences and on
// sentences written for this project, and shipped as a generated table (modelWeights.ts).
// The lexicon carries the domain knowledge; the model adds the many small leanings of ordinary
// wording ("asked her", "by the", "with the") that no one would list by hand. Both the trainer and
// the classifier take features from here, so they can never disagree about what a feature is.
import { stemId, type Token } from './tokens';

/** Function words: not features on their own, and a pair of two of them is not a feature either. */
export const MODEL_STOPWORDS: ReadonlySet<string> = new Set([
  'i', 'me', 'my', 'we', 'our', 'us', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their', 'it',
  'its', 'the', 'a', 'an', 'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about',
  'this', 'that', 'is', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had', 'do', 'not', 'no', 'so', 'if', 'what',
  'which', 'who', 'why', 'how', 'when', 'where', 'all', 'just', 'will', 'would', 'can', 'could', 'should', 'into',
  'than', 'then', 'there', 'here', 'as', 'up', 'out', 'off', 'over', 'after', 'before', 'again', 'still', 'very',
  'really', 'one', 'am',
]);

export interface ModelFeature {
  /** `stem` or `stem_stem`. */
  readonly key: string;
  /** Token indices the feature covers (one or two). */
  readonly positions: readonly number[];
}

/** Unigrams that are not function words, and adjacent pairs unless both are function words. Each once. */
export function modelFeatures(tokens: readonly Token[]): ModelFeature[] {
  const features: ModelFeature[] = [];
  const seen = new Set<string>();
  for (let at = 0; at < tokens.length; at += 1) {
    const stem = (tokens[at] as Token).stem;
    const isStop = MODEL_STOPWORDS.has(stem);
    if (!isStop && !seen.has(stem)) {
      seen.add(stem);
      features.push({ key: stem, positions: [at] });
    }
    const next = tokens[at + 1];
    if (next !== undefined && !(isStop && MODEL_STOPWORDS.has(next.stem))) {
      const key = `${stem}_${next.stem}`;
      if (!seen.has(key)) {
        seen.add(key);
        features.push({ key, positions: [at, at + 1] });
      }
    }
  }
  return features;
}

/** The model's table, by stem id (tokens.ts) so lookups need no string keys: unigram weights, and pair weights by {@link pairKey}. */
export interface ModelTable {
  readonly unigrams: readonly (number | undefined)[];
  readonly pairs: ReadonlyMap<number, number>;
}

/** One number for a pair of stem ids (ids stay far below 2^15, so the key is a small integer). */
export function pairKey(first: number, second: number): number {
  return first * 32768 + second;
}

export function modelTable(weights: Iterable<readonly [string, number]>): ModelTable {
  const unigrams: (number | undefined)[] = [];
  const pairs = new Map<number, number>();
  for (const [key, weight] of weights) {
    const split = key.indexOf('_');
    if (split < 0) {
      unigrams[stemId(key)] = weight;
    } else {
      pairs.set(pairKey(stemId(key.slice(0, split)), stemId(key.slice(split + 1))), weight);
    }
  }
  return { unigrams, pairs };
}

/** One feature that fired: its token span (one or two tokens) and its contrast-weighted log-odds. */
export interface ModelContribution {
  readonly start: number;
  readonly end: number;
  /** Positive leans why, negative leans how. */
  readonly value: number;
}

/** The model's evidence for a sentence. */
export interface ModelScore {
  /** Sum of the why-leaning (positive) log-odds. */
  readonly why: number;
  /** Sum of the how-leaning (negative) log-odds, as a positive number. */
  readonly how: number;
  /** The features with |value| ≥ the `strong` argument, in token order (for the cues). */
  readonly strong: readonly ModelContribution[];
}

const NONE: readonly ModelContribution[] = [];

/**
 * The model's evidence for each side, over the features of {@link modelFeatures} (each once); only
 * the strong features are kept as objects (most sentences have none), the rest are just summed.
 */
export function modelScore(table: ModelTable, tokens: readonly Token[], factors: readonly number[], strong: number): ModelScore {
  let why = 0;
  let how = 0;
  let kept: ModelContribution[] | undefined;
  for (let at = 0; at < tokens.length; at += 1) {
    const id = (tokens[at] as Token).id;
    if (id === 0) {
      continue; // Unknown to the model: no unigram, and no pair starting here.
    }
    const unigram = table.unigrams[id];
    if (unigram !== undefined && !seenBefore(tokens, at, id)) {
      const value = unigram * (factors[at] ?? 1);
      why += value > 0 ? value : 0;
      how -= value < 0 ? value : 0;
      if (value >= strong || value <= -strong) {
        (kept ??= []).push({ start: at, end: at, value });
      }
    }
    const next = tokens[at + 1];
    const pair = next === undefined || next.id === 0 ? undefined : table.pairs.get(pairKey(id, next.id));
    if (pair !== undefined && !pairSeenBefore(tokens, at, id, (next as Token).id)) {
      const value = pair * Math.min(factors[at] ?? 1, factors[at + 1] ?? 1);
      why += value > 0 ? value : 0;
      how -= value < 0 ? value : 0;
      if (value >= strong || value <= -strong) {
        (kept ??= []).push({ start: at, end: at + 1, value });
      }
    }
  }
  return { why, how, strong: kept ?? NONE };
}

function seenBefore(tokens: readonly Token[], at: number, id: number): boolean {
  for (let earlier = 0; earlier < at; earlier += 1) {
    if ((tokens[earlier] as Token).id === id) {
      return true;
    }
  }
  return false;
}

function pairSeenBefore(tokens: readonly Token[], at: number, first: number, second: number): boolean {
  for (let earlier = 0; earlier < at; earlier += 1) {
    if ((tokens[earlier] as Token).id === first && (tokens[earlier + 1] as Token).id === second) {
      return true;
    }
  }
  return false;
}
