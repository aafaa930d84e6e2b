// The tagger: Markdown in, TagResult out. The user's text is extracted (markdownText.ts), split into
// sentences (sentences.ts) and each sentence classified (classify.ts); the entry is then labelled by
// the share of why among the sentences that are about either side, as the labelling guide does:
// more than WHY_ABOVE why is `why`, less than WHY_BELOW is `how`, anything between is `balanced`.
// Functions, style and traps are read from the same sentences (functions.ts, style.ts, traps.ts).
// One rule from the guide reaches across: an entry showing a managing-side trap (taskmaster or
// visionless manager) is about output and routine, so it is `how` unless why is the majority —
// its refusals of care or change count as why sentence by sentence (negation never flips a topic),
// which alone would pull such entries to `balanced`.
// An entry with no labelled sentence (empty, front matter only, emoji, another language) has both
// shares 0 and the label `balanced`: the result model has no neutral entry label.
// Pure and deterministic: the same Markdown and options always give the same result.
export { entryLabel, labelledByTrap, MANAGING_TRAPS, WHY_ABOVE, WHY_BELOW } from './entryLabel';
import { createClassifier, type Classifier, type ClassifierTuning, type SentenceClassification } from './classify';
import { entryFunctions } from './functions';
import { extractUserText } from './markdownText';
import { splitSentences } from './sentences';
import { entryStyle } from './style';
import { findTraps } from './traps';
import { entryLabel } from './entryLabel';
import type { SentenceResult, TaggerOptions, TagResult } from './types';
import { sentenceClasses } from './wordClasses';

export interface Tagger {
  tag(markdown: string): TagResult;
}

/** A sentence of the entry with its full classification, for the entry-level readers. */
export interface ClassifiedSentence {
  readonly text: string;
  readonly line: number;
  readonly result: SentenceClassification;
  /** Word-class bits of the sentence (wordClasses.ts), computed once for traps, functions and style. */
  readonly classes: number;
}

/** Classify one sentence and compute its word classes. */
export function classifiedSentence(classifier: Classifier, text: string, line: number): ClassifiedSentence {
  const result = classifier.classify(text);
  return { text, line, result, classes: sentenceClasses(result.tokens) };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The why and how shares of the labelled sentences, rounded, summing to exactly 1 (or both 0). */
export function shares(sentences: readonly ClassifiedSentence[]): { why: number; how: number } {
  let why = 0;
  let how = 0;
  for (const sentence of sentences) {
    if (sentence.result.label === 'why') {
      why += 1;
    } else if (sentence.result.label === 'how') {
      how += 1;
    }
  }
  if (why + how === 0) {
    return { why: 0, how: 0 };
  }
  const whyShare = round2(why / (why + how));
  return { why: whyShare, how: round2(1 - whyShare) };
}

/** The public view of a sentence. */
function sentenceResult(sentence: ClassifiedSentence): SentenceResult {
  return { text: sentence.text, label: sentence.result.label, cues: sentence.result.cues, line: sentence.line };
}

/** `tuning` is for the accuracy bench's variants; the product passes options only. */
export function createTagger(options: TaggerOptions = {}, tuning: ClassifierTuning = {}): Tagger {
  const classifier = createClassifier(options, tuning);
  return {
    tag(markdown) {
      const sentences = splitSentences(extractUserText(markdown))
        .map((sentence) => classifiedSentence(classifier, sentence.text, sentence.line));
      const { why, how } = shares(sentences);
      const results: SentenceResult[] = sentences.map(sentenceResult);
      const traps = findTraps(sentences, why);
      return {
        label: entryLabel(why, how, traps),
        why,
        how,
        functions: entryFunctions(sentences),
        style: entryStyle(sentences, traps),
        traps,
        sentences: results,
      };
    },
  };
}
