// The sentence classifier: is a sentence about leading (why), managing (how), or neither?
//
// Method: a weighted lexicon of domain cues (whyCues.ts, howCues.ts, tradeCues.ts) matched over the
// stemmed tokens, plus a small naive Bayes table (model.ts, trained by scripts/trainTagger.ts) for
// the leanings of ordinary wording, scaled by MODEL_SCALE so the lexicon leads and the model settles
// close calls. Two rules come from the labelling guide (test/fixtures/tagger/README.md):
//  - a sentence is labelled by what it is about, so negation never flips a cue ("I didn't book the
//    minibus" is still about booking); a negation is only reported in the cues;
//  - in a contrast the rejected part counts for little (contrast.ts), so the label follows the
//    behaviour actually chosen.
// The label is the side with more evidence. No evidence, a tie, or text that is not English gives
// `neutral`. Every label is traceable: the cues name each phrase and model feature that counted.
import { findContrast } from './contrast';
import { builtInCues, builtInModel, type CueSide } from './builtInLexicon';
import { isEnglish } from './language';
import { compileCues, createLexicon, type Cue, type CueMatch, type Lexicon } from './lexicon';
import { modelScore, modelTable, type ModelScore, type ModelTable } from './model';
import { tokenize, type Token } from './tokens';
import { FUNCTION_IDS, STYLE_IDS, type FunctionId, type SentenceLabel, type StyleId, type TaggerOptions } from './types';
import { buildCues, strongest } from './sentenceCues';

export type { CueSide } from './builtInLexicon';

export interface WeightedMatch {
  readonly cue: Cue<CueSide>;
  /** The cue's weight times the contrast factor and the repeat factor. */
  readonly value: number;
  /** Token span of the match in the sentence (first and last token index). */
  readonly start: number;
  readonly end: number;
}

export interface SentenceClassification {
  readonly label: SentenceLabel;
  /**
   * Human-readable reasons, strongest first: `"deadline" +how`, `model: "asked her" +why`, `contrast: …`.
   * Empty for a neutral sentence.
   */
  readonly cues: readonly string[];
  /** Shares of the evidence, each in [0, 1], summing to 1 (both 0 when the label is neutral for lack of evidence). */
  readonly whyScore: number;
  readonly howScore: number;
  /** Kotter functions the winning side's cues point to, strongest first. */
  readonly functions: readonly FunctionId[];
  /** The situational style the cues suggest, when one clearly does (else undefined). */
  readonly style?: StyleId | undefined;
  /** Cue weight per function, in FUNCTION_IDS order, from the winning side's cues (for entry totals). */
  readonly functionWeights: readonly number[];
  /** Cue weight per style, in STYLE_IDS order, from the winning side's cues (for entry totals). */
  readonly styleWeights: readonly number[];
  /** Weighted evidence per side (lexicon plus scaled model), before normalising. */
  readonly evidence: { readonly why: number; readonly how: number };
  /** The lexicon matches that counted (for functions, style and traps at entry level). */
  readonly matches: readonly WeightedMatch[];
  /** The sentence's tokens, so entry-level readers need not tokenise again. Empty when not English. */
  readonly tokens: readonly Token[];
}

export interface Classifier {
  classify(text: string): SentenceClassification;
}

/** Weight given to user terms from settings: a strong cue, on a par with "deadline" or "purpose". */
export const USER_TERM_WEIGHT = 3;
/** Scale of the model's log-odds against lexicon weights (chosen by cross-validation on dev). */
export const MODEL_SCALE = 0.3;
/** A model feature is named in the cues when its scaled log-odds reach this. */
export const MODEL_CUE_MIN = 0.3;
/** With no lexicon cue at all, the model alone must reach this much evidence to give a label. */
export const MODEL_ONLY_MIN = 0.6;

/** Variants for the accuracy bench and the trainer's cross-validation; the product uses the defaults. */
export interface ClassifierTuning {
  /** The model's weights (feature, log-odds), as the trainer makes them; defaults to the shipped table. */
  readonly modelWeights?: Iterable<readonly [string, number]>;
  /** 0 turns the model off (lexicon only). */
  readonly modelScale?: number;
  /** false turns the lexicon off (model only). */
  readonly lexicon?: boolean;
}

// Local copies of imported constants read in loops (an imported binding is a getter call per read under CommonJS).
const FUNCTIONS: readonly FunctionId[] = [...FUNCTION_IDS];
const STYLES: readonly StyleId[] = [...STYLE_IDS];
/** Weights of a sentence with no label: none (an empty array reads as all zeros). */
const NO_WEIGHTS: readonly number[] = [];
const NO_CUES: readonly string[] = [];
const NO_MODEL: ModelScore = { why: 0, how: 0, strong: [] };
const EMPTY: SentenceClassification = {
  label: 'neutral', cues: [], whyScore: 0, howScore: 0, functions: [], style: undefined, functionWeights: NO_WEIGHTS, styleWeights: NO_WEIGHTS,
  evidence: { why: 0, how: 0 }, matches: [], tokens: [],
};

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

const FUNCTION_INDEX: ReadonlyMap<FunctionId, number> = new Map(FUNCTIONS.map((fn, at) => [fn, at]));
const STYLE_INDEX: ReadonlyMap<StyleId, number> = new Map(STYLES.map((style, at) => [style, at]));

interface FunctionsAndStyle {
  readonly functions: FunctionId[];
  readonly style: StyleId | undefined;
  readonly functionWeights: readonly number[];
  readonly styleWeights: readonly number[];
}

/** Weights per function and style from the lexicon cues on the winning side; functions ≥ 1.5 (strongest first), style ≥ 2.5. */
function functionsAndStyle(label: SentenceLabel, matches: readonly WeightedMatch[]): FunctionsAndStyle {
  let functionWeights: number[] | undefined;
  let styleWeights: number[] | undefined;
  for (const match of matches) {
    const { cue } = match;
    if (cue.side === label) {
      if (cue.fn !== null) {
        functionWeights ??= [0, 0, 0, 0, 0, 0];
        functionWeights[FUNCTION_INDEX.get(cue.fn) as number] += match.value;
      }
      if (cue.style !== null) {
        styleWeights ??= [0, 0, 0, 0];
        styleWeights[STYLE_INDEX.get(cue.style) as number] += match.value;
      }
    }
  }
  const functions: FunctionId[] = [];
  if (functionWeights !== undefined) {
    for (let at = 0; at < FUNCTIONS.length; at += 1) {
      if ((functionWeights[at] as number) >= 1.5) {
        functions.push(FUNCTIONS[at] as FunctionId);
      }
    }
    if (functions.length > 1) {
      const weights = functionWeights;
      functions.splice(0, functions.length, ...strongest(functions, functions.length, (fn) => weights[FUNCTION_INDEX.get(fn) as number] as number));
    }
  }
  let style: StyleId | undefined;
  if (styleWeights !== undefined) {
    let best = -1;
    for (let at = 0; at < STYLES.length; at += 1) {
      if ((styleWeights[at] as number) >= 2.5 && (best < 0 || (styleWeights[at] as number) > (styleWeights[best] as number))) {
        best = at;
      }
    }
    style = best < 0 ? undefined : STYLES[best];
  }
  return { functions, style, functionWeights: functionWeights ?? NO_WEIGHTS, styleWeights: styleWeights ?? NO_WEIGHTS };
}

/** Lexicon matches, weighted: contrast factor, and a cue repeated in one sentence counts 1, ½, then 0. */
function weighMatches(found: readonly CueMatch<CueSide>[], factors: readonly number[]): WeightedMatch[] {
  const matches: WeightedMatch[] = [];
  for (let index = 0; index < found.length; index += 1) {
    const match = found[index] as CueMatch<CueSide>;
    if (match.cue.side === 'stop' || match.cue.weight <= 0) {
      continue;
    }
    let repeats = 0;
    for (let earlier = 0; earlier < index; earlier += 1) {
      repeats += (found[earlier] as CueMatch<CueSide>).cue === match.cue ? 1 : 0;
    }
    let contrast = 1;
    for (const position of match.positions) {
      contrast = Math.min(contrast, factors[position] ?? 1);
    }
    const value = match.cue.weight * (repeats === 0 ? 1 : repeats === 1 ? 0.5 : 0) * contrast;
    if (value > 0) {
      matches.push({ cue: match.cue, value, start: match.start, end: match.end });
    }
  }
  return matches;
}

function classifyWith(lexicon: Lexicon<CueSide> | null, table: ModelTable, scale: number, evidence: boolean, text: string): SentenceClassification {
  const tokens = tokenize(text);
  if (tokens.length === 0 || !isEnglish(text, tokens)) {
    return EMPTY;
  }
  const { factors, markers } = findContrast(tokens);
  const matches = lexicon === null ? [] : weighMatches(lexicon.match(tokens), factors);
  let why = 0;
  let how = 0;
  for (const match of matches) {
    if (match.cue.side === 'why') {
      why += match.value;
    } else {
      how += match.value;
    }
  }
  const model = scale === 0 ? NO_MODEL : modelScore(table, tokens, factors, MODEL_CUE_MIN / scale);
  why += model.why * scale;
  how += model.how * scale;
  // Evidence is a lexicon cue, or (model only) a clear enough lean; a fragment like "Long day." has neither.
  const decided = matches.length > 0 || Math.abs(model.why - model.how) * scale >= MODEL_ONLY_MIN;
  const label: SentenceLabel = !decided ? 'neutral' : why > how ? 'why' : how > why ? 'how' : 'neutral';
  if (label === 'neutral') {
    return {
      label, cues: [], whyScore: 0, howScore: 0, functions: [], style: undefined, functionWeights: NO_WEIGHTS, styleWeights: NO_WEIGHTS,
      evidence: { why: round2(why), how: round2(how) }, matches, tokens,
    };
  }
  const whyShare = round2(why / (why + how));
  const { functions, style, functionWeights, styleWeights } = functionsAndStyle(label, matches);
  return {
    label,
    cues: evidence ? buildCues(tokens, matches, model.strong, markers, label) : NO_CUES,
    whyScore: whyShare,
    howScore: round2(1 - whyShare),
    functions,
    style,
    functionWeights,
    styleWeights,
    evidence: { why: round2(why), how: round2(how) },
    matches,
    tokens,
  };
}

/** Build a classifier; user terms extend the built-in lexicon (same matching, USER_TERM_WEIGHT). */
export function createClassifier(options: TaggerOptions = {}, tuning: ClassifierTuning = {}): Classifier {
  const lexicon = tuning.lexicon === false ? null : createLexicon<CueSide>(builtInCues(), [
    ...compileCues('why', (options.whyTerms ?? []).map((term) => [term, USER_TERM_WEIGHT] as const)),
    ...compileCues('how', (options.howTerms ?? []).map((term) => [term, USER_TERM_WEIGHT] as const)),
  ], true);
  const table = tuning.modelWeights ? modelTable(tuning.modelWeights) : builtInModel();
  const scale = tuning.modelScale ?? MODEL_SCALE;
  const evidence = options.evidence !== false;
  return { classify: (text) => classifyWith(lexicon, table, scale, evidence, text) };
}

let defaultClassifier: Classifier | undefined;

/** Classify one sentence with the built-in lexicon and model (no user terms). */
export function classifySentence(text: string): SentenceClassification {
  defaultClassifier ??= createClassifier();
  return defaultClassifier.classify(text);
}
