// The sentence classifier: is a sentence about leading (why), managing (how), or neither (unclear)?
//
// The label comes from the learned sentence model (sentenceModel.ts): a logistic regression over
// the lemma families of the sentence's evidence words and two-word cues, trained at build time on
// the labelled corpus (corpus/, scripts/trainTagger.ts), one table per language. Two rules of the
// labelling guide (corpus/GUIDE.md) shape it: a sentence is labelled by what it is about, so a
// negation never flips it (it is only reported in the cues); in a contrast the rejected part counts
// for little (contrast.ts). The user's own terms (settings) add to the side they name.
//
// The English cue lexicon (whyCues.ts, howCues.ts) no longer decides labels: it names the Kotter
// functions and the situational style a sentence shows, on the side the model chose, and its
// matches feed the trap readers. Every label is traceable: the cues name the words that decided it.
import { builtInCueTable, type CueSide } from './builtInLexicon';
import { findContrast } from './contrast';
import { pushShapes } from './managingShapes';
import type { TaggerLanguage } from './lemmaTable';
import { compileCues, createLexicon, type Cue, type CueMatch, type Lexicon } from './lexicon';
import { builtInSentenceModel } from './builtInModel';
import { buildCues } from './sentenceCues';
import {
  cueFeatureKey, decisiveSlots, LEXICON_HOW, LEXICON_WHY, modelWeights, readSentenceFeatures, scoreFeatures, sharedFeatureList,
  type FeatureList, type ModelWeights, type SentenceFeature, type SentenceModelTable,
} from './sentenceModel';
import { tokenize, type Token } from './tokens';
import { EVIDENCE } from './wordFlags';
import { FUNCTION_IDS, STYLE_IDS, type FunctionId, type SentenceLabel, type StyleId, type TaggerOptions } from './types';
import { strongest } from './strongest';

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
  /** Human-readable reasons, strongest first: `"delegated" +how`, `contrast: …`. Empty when unclear. */
  readonly cues: readonly string[];
  /** The model's scores for why and how (neither scores 0), user terms included. */
  readonly evidence: { readonly why: number; readonly how: number };
  /** Kotter functions the winning side's lexicon cues point to, strongest first. */
  readonly functions: readonly FunctionId[];
  /** The situational style the cues suggest, when one clearly does (else undefined). */
  readonly style?: StyleId | undefined;
  /** Cue weight per function, in FUNCTION_IDS order, from the winning side's cues (for entry totals). */
  readonly functionWeights: readonly number[];
  /** Cue weight per style, in STYLE_IDS order, from the winning side's cues (for entry totals). */
  readonly styleWeights: readonly number[];
  /** The lexicon matches that counted (for functions, style and traps at entry level). */
  readonly matches: readonly WeightedMatch[];
  /** The sentence's tokens, so entry-level readers need not tokenise again. */
  readonly tokens: readonly Token[];
}

export interface Classifier {
  readonly language: TaggerLanguage;
  classify(text: string): SentenceClassification;
}

/**
 * Score a user term adds to its side: above what the model gives the strongest sentences of the
 * corpus on one side (about 4–6), so a term the user names decides a sentence it appears in.
 */
export const USER_TERM_SCORE = 6;
/** A cue's own feature is its match weight over this (the lexicon's weights run to about 3). */
export const CUE_FEATURE_SCALE = 3;

/** Each cue's place in its table (the key of its own model feature); undefined for a cue of none. A Map will do (the trainer's). */
export interface CuePlaces {
  get(cue: Cue<CueSide>): number | undefined;
}

/** Variants for the accuracy bench and the trainer; the product uses the defaults. */
export interface ClassifierTuning {
  /** A model table in place of the shipped one (the trainer's cross-validation folds). */
  readonly model?: SentenceModelTable;
}

// Local copies of imported constants read in loops (an imported binding is a getter call per read under CommonJS).
const FUNCTIONS: readonly FunctionId[] = [...FUNCTION_IDS];
const STYLES: readonly StyleId[] = [...STYLE_IDS];
const NO_WEIGHTS: readonly number[] = [];
const NO_CUES: readonly string[] = [];
const NO_FUNCTIONS: readonly FunctionId[] = [];

interface FunctionsAndStyle {
  readonly functions: readonly FunctionId[];
  readonly style: StyleId | undefined;
  readonly functionWeights: readonly number[];
  readonly styleWeights: readonly number[];
}



/** The place of `fn` in FUNCTIONS (a scan of six interned strings: cheaper than hashing). */
function functionPlace(fn: FunctionId): number {
  return FUNCTIONS.indexOf(fn);
}

/** The place of `style` in STYLES. */
function stylePlace(style: StyleId): number {
  return STYLES.indexOf(style);
}

/** Weights per function and style from the lexicon cues on the winning side; functions ≥ 1.5 (strongest first), style ≥ 2.5. */
function functionsAndStyle(label: SentenceLabel, matches: readonly WeightedMatch[]): FunctionsAndStyle {
  let functionWeights: number[] | undefined;
  let styleWeights: number[] | undefined;
  for (let at = 0; at < matches.length; at += 1) {
    const match = matches[at] as WeightedMatch;
    const { cue } = match;
    if (cue.side === label) {
      if (cue.fn !== null) {
        functionWeights ??= [0, 0, 0, 0, 0, 0];
        functionWeights[functionPlace(cue.fn)] += match.value;
      }
      if (cue.style !== null) {
        styleWeights ??= [0, 0, 0, 0];
        styleWeights[stylePlace(cue.style)] += match.value;
      }
    }
  }
  let functions: readonly FunctionId[] = NO_FUNCTIONS; // Read only, so one empty list serves every sentence with none.
  if (functionWeights !== undefined) {
    const found: FunctionId[] = [];
    for (let at = 0; at < FUNCTIONS.length; at += 1) {
      if ((functionWeights[at] as number) >= 1.5) {
        found.push(FUNCTIONS[at] as FunctionId);
      }
    }
    const weights = functionWeights;
    functions = found.length > 1 ? strongest(found, found.length, (fn) => weights[functionPlace(fn)] as number) : found;
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

/** The smallest contrast factor over a match's literal positions, at most 1 (1 outside any contrast). */
function contrastIn(positions: readonly number[], factors: readonly number[]): number {
  let contrast = 1;
  for (let at = 0; at < positions.length; at += 1) {
    contrast = Math.min(contrast, factors[positions[at] as number] ?? 1);
  }
  return contrast;
}

/** Lexicon matches, weighted: contrast factor, and a cue repeated in one sentence counts 1, ½, then 0. */
export function weighMatches(found: readonly CueMatch<CueSide>[], factors: readonly number[]): WeightedMatch[] {
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
    const contrast = factors.length === 0 ? 1 : contrastIn(match.positions, factors); // Most sentences hold no contrast.
    const value = match.cue.weight * (repeats === 0 ? 1 : repeats === 1 ? 0.5 : 0) * contrast;
    if (value > 0) {
      matches.push({ cue: match.cue, value, start: match.start, end: match.end });
    }
  }
  return matches;
}

interface Readers {
  readonly language: TaggerLanguage;
  readonly model: ModelWeights;
  /** The language's cue lexicon: features of the model, and functions, style and (English) traps. */
  readonly lexicon: Lexicon<CueSide> | null;
  /** Each built-in cue's place in the shipped cue table: its feature key (sentenceModel.ts). */
  readonly cueIndex: CuePlaces;
  /** The user's terms, which add to the label's score. */
  readonly userTerms: Lexicon<'why' | 'how'> | null;
  readonly evidence: boolean;
}

const UNCLEAR_EMPTY: SentenceClassification = {
  label: 'unclear', cues: NO_CUES, evidence: { why: 0, how: 0 }, functions: [], style: undefined,
  functionWeights: NO_WEIGHTS, styleWeights: NO_WEIGHTS, matches: [], tokens: [],
};

/** True when the span holds a word that may be shown as evidence (wordFlags.ts EVIDENCE). */
export function hasEvidenceWord(tokens: readonly Token[], first: number, last: number): boolean {
  for (let at = first; at <= last; at += 1) {
    if (((tokens[at] as Token).flags & EVIDENCE) !== 0) {
      return true;
    }
  }
  return false;
}

/** Appends the lexicon's features to `list`: one per matched cue (its own weight), then its why and how sums. */
function pushLexiconFeatures(list: FeatureList, tokens: readonly Token[], matches: readonly WeightedMatch[],
  cueIndex: CuePlaces): void {
  let why = 0;
  let how = 0;
  let whyShowable = false;
  let howShowable = false;
  for (let at = 0; at < matches.length; at += 1) {
    const match = matches[at] as WeightedMatch;
    const showable = hasEvidenceWord(tokens, match.start, match.end);
    if (match.cue.side === 'why') {
      why += match.value;
      whyShowable ||= showable;
    } else {
      how += match.value;
      howShowable ||= showable;
    }
    const index = cueIndex.get(match.cue);
    if (index !== undefined) {
      list.push(cueFeatureKey(index), match.start, match.end, match.value / CUE_FEATURE_SCALE, showable);
    }
  }
  list.push(LEXICON_WHY, -1, -1, why, whyShowable);
  list.push(LEXICON_HOW, -1, -1, how, howShowable);
}

const NO_MATCHES: readonly WeightedMatch[] = [];

/**
 * Fills `list` with the model's features of a tokenised sentence and returns the lexicon matches
 * behind them: the one place both the classifier and the trainer (through {@link modelInputs}) take
 * them from. The managing shapes (managingShapes.ts) are read in English only.
 */
function readModelInputs(list: FeatureList, tokens: readonly Token[], factors: readonly number[], lexicon: Lexicon<CueSide> | null,
  cueIndex: CuePlaces, language: TaggerLanguage): readonly WeightedMatch[] {
  const matches = lexicon === null ? NO_MATCHES : weighMatches(lexicon.match(tokens), factors);
  readSentenceFeatures(list, tokens, factors);
  if (lexicon !== null) {
    pushLexiconFeatures(list, tokens, matches, cueIndex);
  }
  if (language === 'en') {
    pushShapes(list, tokens);
  }
  return matches;
}

/** The model's features of a tokenised sentence, as objects, and the lexicon matches behind them (for the trainer, scripts/trainTagger.ts). */
export function modelInputs(tokens: readonly Token[], factors: readonly number[], lexicon: Lexicon<CueSide> | null,
  cueIndex: CuePlaces, language: TaggerLanguage): { features: SentenceFeature[]; matches: WeightedMatch[] } {
  const list = sharedFeatureList();
  const matches = readModelInputs(list, tokens, factors, lexicon, cueIndex, language);
  return { features: list.toArray(), matches: [...matches] };
}

const NO_USER_MATCHES: readonly CueMatch<'why' | 'how'>[] = [];

/** The smallest contrast factor over a match's literal positions (1 outside any contrast). */
function contrastOf(positions: readonly number[], factors: readonly number[]): number {
  let factor = Infinity;
  for (let index = 0; index < positions.length; index += 1) {
    factor = Math.min(factor, factors[positions[index] as number] ?? 1);
  }
  return factor;
}

function classifyWith(readers: Readers, text: string): SentenceClassification {
  const tokens = tokenize(text, readers.language);
  if (tokens.length === 0) {
    return UNCLEAR_EMPTY;
  }
  const { factors, markers } = findContrast(tokens);
  let userWhy = 0;
  let userHow = 0;
  const userMatches = readers.userTerms === null ? NO_USER_MATCHES : readers.userTerms.match(tokens);
  for (let at = 0; at < userMatches.length; at += 1) {
    const match = userMatches[at] as CueMatch<'why' | 'how'>;
    const score = USER_TERM_SCORE * contrastOf(match.positions, factors);
    if (match.cue.side === 'why') {
      userWhy += score;
    } else {
      userHow += score;
    }
  }
  const list = sharedFeatureList();
  const matches = readModelInputs(list, tokens, factors, readers.lexicon, readers.cueIndex, readers.language);
  const score = scoreFeatures(readers.model, list, userMatches.length === 0 ? undefined : { why: userWhy, how: userHow });
  const evidence = { why: Math.round(score.why * 100) / 100, how: Math.round(score.how * 100) / 100 };
  if (score.label === 'neither') {
    return {
      label: 'unclear', cues: NO_CUES, evidence, functions: NO_FUNCTIONS, style: undefined,
      functionWeights: NO_WEIGHTS, styleWeights: NO_WEIGHTS, matches, tokens,
    };
  }
  const label: SentenceLabel = score.label;
  const read = functionsAndStyle(label, matches);
  return {
    label,
    cues: readers.evidence
      ? buildCues(tokens, list, decisiveSlots(list, score), matches, userSide(userMatches, label), markers, label)
      : NO_CUES,
    evidence,
    functions: read.functions,
    style: read.style,
    functionWeights: read.functionWeights,
    styleWeights: read.styleWeights,
    matches,
    tokens,
  };
}

/** The user's matches on `label`'s side (usually there are none). */
function userSide(userMatches: readonly CueMatch<'why' | 'how'>[], label: SentenceLabel): readonly CueMatch<'why' | 'how'>[] {
  return userMatches.length === 0 ? NO_USER_MATCHES : userMatches.filter((match) => match.cue.side === label);
}

/** Build a classifier for one language; user terms (settings) add to the side they name. */
export function createClassifier(language: TaggerLanguage, options: TaggerOptions = {}, tuning: ClassifierTuning = {}): Classifier {
  const userSpecs = (terms: readonly string[] | undefined): readonly (readonly [string, number])[] => (terms ?? []).map((term) => [term, 1] as const);
  const userCues = [...compileCues('why', userSpecs(options.whyTerms), language), ...compileCues('how', userSpecs(options.howTerms), language)];
  const table = builtInCueTable(language);
  const readers: Readers = {
    language,
    model: tuning.model === undefined ? builtInSentenceModel(language) : modelWeights(tuning.model),
    lexicon: table,
    cueIndex: table,
    userTerms: userCues.length === 0 ? null : createLexicon<'why' | 'how'>(userCues),
    evidence: options.evidence !== false,
  };
  return { language, classify: (text) => classifyWith(readers, text) };
}

const defaultClassifiers: Partial<Record<TaggerLanguage, Classifier>> = {};

/** Classify one sentence with the built-in model and lexicon (no user terms). */
export function classifySentence(text: string, language: TaggerLanguage = 'en'): SentenceClassification {
  let classifier = defaultClassifiers[language];
  if (classifier === undefined) {
    classifier = createClassifier(language);
    defaultClassifiers[language] = classifier;
  }
  return classifier.classify(text);
}
