// The cues of a labelled sentence: the human-readable reasons for its label, strongest first.
//   "deadline" +how                              a lexicon cue, as the words appear in the sentence
//   model: "asked her" +why                      a model feature that pushed towards the label
//   contrast: the part after "instead of" …      a part set aside by a contrast (contrast.ts)
//   negated: "did not" (the topic still counts)  a negation, which never flips the topic
// Words are shown lower-cased and with contractions expanded, as the tokeniser reads them.
// Built for every labelled sentence, so it is kept cheap: one-word cue strings are memoised and the
// strongest few are picked by insertion, without sorting copies.
import type { WeightedMatch } from './classify';
import type { ModelContribution } from './model';
import type { Token } from './tokens';
import { NEGATION as NEGATION_FLAG } from './wordFlags';

const NEGATION = NEGATION_FLAG; // A local binding: read in a loop.
/** Lexicon cues listed per sentence, and model features. */
const MAX_LEXICON_CUES = 8;
const MAX_MODEL_CUES = 3;

/** `"the words as written" +why`: the matched span (lower-cased, contractions expanded), so it can be found in the sentence. */
function describe(tokens: readonly Token[], match: WeightedMatch): string {
  const side = match.cue.side === 'why' ? '+why' : '+how';
  if (match.start === match.end) {
    return cachedCue((tokens[match.start] as Token).word, side, '');
  }
  let words = (tokens[match.start] as Token).word;
  for (let at = match.start + 1; at <= match.end; at += 1) {
    words += ` ${(tokens[at] as Token).word}`;
  }
  return `"${words}" ${side}`;
}

/** Cue strings for one word, memoised (bounded): the same few hundred recur across a journal. */
const CUE_CACHE = [new Map<string, string>(), new Map<string, string>(), new Map<string, string>(), new Map<string, string>()];
const CUE_CACHE_LIMIT = 20_000;

function cachedCue(word: string, side: '+why' | '+how', prefix: '' | 'model: '): string {
  const cache = CUE_CACHE[(side === '+why' ? 0 : 1) + (prefix === '' ? 0 : 2)] as Map<string, string>;
  let cue = cache.get(word);
  if (cue === undefined) {
    if (cache.size >= CUE_CACHE_LIMIT) {
      cache.clear();
    }
    cue = `${prefix}"${word}" ${side}`;
    cache.set(word, cue);
  }
  return cue;
}

/**
 * The `limit` strongest items by `strength` (ties: the earlier first), by insertion into a short
 * list: no comparator closure and no copy of the whole array (these lists are tiny and hot).
 */
export function strongest<T>(items: readonly T[], limit: number, strength: (item: T) => number): T[] {
  const top: T[] = [];
  for (const item of items) {
    let at = top.length;
    while (at > 0 && strength(top[at - 1] as T) < strength(item)) {
      at -= 1;
    }
    if (at < limit) {
      top.splice(at, 0, item);
      if (top.length > limit) {
        top.pop();
      }
    }
  }
  return top;
}

/** {@link strongest} for lexicon matches, with the strength read inline (the common, hot case). */
function strongestMatches(matches: readonly WeightedMatch[], limit: number): readonly WeightedMatch[] {
  if (matches.length <= 1) {
    return matches;
  }
  const top: WeightedMatch[] = [];
  for (const match of matches) {
    let at = top.length;
    while (at > 0 && (top[at - 1] as WeightedMatch).value < match.value) {
      at -= 1;
    }
    if (at < limit) {
      top.splice(at, 0, match);
      if (top.length > limit) {
        top.pop();
      }
    }
  }
  return top;
}

function whyStrength(contribution: ModelContribution): number {
  return contribution.value;
}

function howStrength(contribution: ModelContribution): number {
  return -contribution.value;
}

/** The model features that pushed hardest towards the label (given those past the threshold), at most three. */
function describeModel(tokens: readonly Token[], model: readonly ModelContribution[], label: 'why' | 'how'): string[] {
  const cues: string[] = [];
  for (const contribution of strongest(model, MAX_MODEL_CUES, label === 'why' ? whyStrength : howStrength)) {
    const first = (tokens[contribution.start] as Token).word;
    cues.push(contribution.start === contribution.end ? cachedCue(first, `+${label}`, 'model: ')
      : `model: "${first} ${(tokens[contribution.end] as Token).word}" +${label}`);
  }
  return cues;
}

/** The cue list of a labelled sentence (see SentenceClassification.cues). */
export function buildCues(tokens: readonly Token[], matches: readonly WeightedMatch[], strongModel: readonly ModelContribution[],
  markers: readonly string[], label: 'why' | 'how'): string[] {
  const cues: string[] = [];
  for (const match of strongestMatches(matches, MAX_LEXICON_CUES)) {
    cues.push(describe(tokens, match));
  }
  if (strongModel.length > 0) {
    const sign = label === 'why' ? 1 : -1;
    const towards = strongModel.filter((contribution) => contribution.value * sign > 0);
    for (const cue of describeModel(tokens, towards, label)) {
      cues.push(cue);
    }
  }
  for (const marker of markers) {
    cues.push(`contrast: the part after "${marker}" counted for little`);
  }
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    if ((token.flags & NEGATION) !== 0) {
      // "didn't" was read as "did not": show the pair.
      const words = token.word === 'not' && at > 0 ? `${(tokens[at - 1] as Token).word} not` : token.word;
      cues.push(`negated: "${words}" (the topic still counts)`);
      break;
    }
  }
  return cues;
}
