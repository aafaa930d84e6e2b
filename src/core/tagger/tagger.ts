// The tagger: Markdown in, TagResult out. The user's text is extracted (markdownText.ts), split into
// sentences (sentences.ts) and each sentence classified (classify.ts); the entry's why and how shares
// weigh each sentence by the model's probabilities (see `shares`), and the entry's label is the
// learned entry model's (entryModel.ts): how two careful readers weigh the sentences — how many show
// each side, how surely, and the traps — into why, how, balanced or unclear. An entry that shows too
// little of either side is `unclear` by the shares alone (entryLabel.ts has that rule and the share
// thresholds, kept for reading the labels earlier versions wrote, and used when no model decodes).
// Functions and traps are read from the same sentences (functions.ts, traps.ts); the situational
// style is the one the user states (statedStyle.ts), never guessed.
// One rule from the guide reaches across: an entry showing a managing-side trap (taskmaster or
// visionless manager) is about output and routine, so it is `how` where it would be `balanced` and
// why is not the majority — its refusals of care or change count as why sentence by sentence
// (negation never flips a topic).
// An entry with no labelled sentence (empty, front matter only, emoji, another language) has both
// shares 0 and the label `unclear`: nothing in it shows a side. `balanced` needs real evidence on both
// sides: an entry read as balanced whose sentences are labelled on one side only takes that side's
// label, and one with no labelled sentence at all is `unclear`. A run of text with no letter and no
// pictograph (a bare date, a number, punctuation) is not a sentence of the user's and is left out.
// The entry's language is detected once (language.ts); English and German are read, each with its
// own model.
// Pure and deterministic: the same Markdown and options always give the same result.
// Speed: a fresh thread (the CLI, an index worker) runs its first entries in V8's interpreter, where a
// `for…of` allocates an iterator result per step and a `map` or `some` a closure per call: the loops
// over an entry's sentences here and in the readers it calls are indexed for that reason.
export { CLEAR_SENTENCE, entryLabel, labelledByTrap, MANAGING_TRAPS, UNCLEAR_BELOW, WHY_ABOVE, WHY_BELOW } from './entryLabel';
import { createClassifier, type Classifier, type ClassifierTuning, type SentenceClassification } from './classify';
import { entryFunctions } from './functions';
import { detectLanguage, ENGLISH_WORD, OTHER_LANGUAGE_WORD } from './language';
import type { TaggerLanguage } from './lemmaTable';
import { extractUserText, type TextBlock } from './markdownText';
import { splitSentences, type SentenceText } from './sentences';
import { statedStyle } from './statedStyle';
import { findTraps, trapsForLabel } from './traps';
import { CLEAR_SENTENCE, entryLabel, labelledByTrap, UNCLEAR_BELOW } from './entryLabel';
import { builtInEntryModel, entryFeatures, modelMayCallUnclear, predictEntryLabel, sideProbabilities } from './entryModel';
import type { Token } from './tokens';
import type { EntryLabel, RecordReading, SentenceResult, TaggerOptions, TagResult, TrapId, TrapResult } from './types';
import { classBits } from './wordClasses';
import { lazyPattern } from './lazyPattern';

export interface Tagger {
  tag(markdown: string): TagResult;
  /**
   * The entry read for its record only (types.ts RecordReading): the same label, shares,
   * functions, style and traps as `tag` gives, and the same worded sentences, but no sentence's
   * result, line or cues is made for it: for a reader that keeps records and shows none of them
   * (the CLI report).
   */
  readRecord(markdown: string): RecordReading;
}

/** An entry's worded sentences, classified in the language it is read in (null: none the tagger reads; `detected` says which). */
interface ClassifiedEntry {
  readonly split: readonly SentenceText[];
  readonly language: TaggerLanguage | null;
  readonly detected: ReturnType<typeof detectLanguage>;
  readonly sentences: readonly ClassifiedSentence[];
}

// Local copies of imported constants read in loops (an imported binding is a getter call per read under CommonJS).
const ENGLISH = ENGLISH_WORD;
const OTHER_LANGUAGE = OTHER_LANGUAGE_WORD;

/** A sentence of the entry with its full classification, for the entry-level readers. */
export interface ClassifiedSentence {
  readonly text: string;
  readonly line: number;
  readonly result: SentenceClassification;
  /** Word-class bits of the sentence (wordClasses.ts), computed once for traps, functions and style. */
  readonly classes: number;
  /** The model's probabilities of why and of how (entryModel.ts sideProbabilities), computed once for the shares and the entry model. */
  readonly sides: { readonly why: number; readonly how: number };
  /** How many of its tokens the tokeniser flagged as English function words, and as words of another language (wordFlags.ts). */
  readonly englishWords: number;
  readonly otherWords: number;
}

/** Classify one sentence and compute, in one pass over its tokens, its word classes and its language counts; and its side probabilities. */
export function classifiedSentence(classifier: Classifier, text: string, line: number): ClassifiedSentence {
  const result = classifier.classify(text);
  const { tokens } = result;
  let classes = 0;
  let englishWords = 0;
  let otherWords = 0;
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    classes |= classBits(token.id);
    englishWords += (token.flags & ENGLISH) !== 0 ? 1 : 0;
    otherWords += (token.flags & OTHER_LANGUAGE) !== 0 ? 1 : 0;
  }
  return { text, line, result, classes, sides: sideProbabilities(result), englishWords, otherWords };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The why and how shares of the entry, rounded, summing to exactly 1 — or both 0 when the entry is
 * unclear. Each sentence counts by the model's probabilities of why and of how (the softmax of its
 * scores against neither), not by its label alone, so a sentence the model is unsure of weighs less.
 * An entry whose sentences carry on average less than UNCLEAR_BELOW of probability on either side
 * shows too little of leading or managing to be read, unless one of them shows a side surely
 * (CLEAR_SENTENCE): both shares are 0. With `faint: 'read'` that entry is read all the same (see
 * {@link readTraps}).
 */
export function shares(sentences: readonly ClassifiedSentence[], language: TaggerLanguage = 'en', faint: 'unclear' | 'read' = 'unclear'): { why: number; how: number } {
  let why = 0;
  let how = 0;
  let clearest = 0; // The surest side of a sentence that has one.
  for (let at = 0; at < sentences.length; at += 1) {
    const sentence = sentences[at] as ClassifiedSentence;
    const p = sentence.sides;
    why += p.why;
    how += p.how;
    if (sentence.result.label !== 'unclear') {
      clearest = Math.max(clearest, p.why, p.how);
    }
  }
  if (why + how === 0 || (faint === 'unclear' && (why + how) / sentences.length < UNCLEAR_BELOW[language] && clearest < CLEAR_SENTENCE)) {
    return { why: 0, how: 0 };
  }
  const whyShare = round2(why / (why + how));
  return { why: whyShare, how: round2(1 - whyShare) };
}

/**
 * Every sentence classified, in order. Built by `push`, not `map`: `map` makes a holey array, and the
 * entry-level readers, compiled for the packed arrays made elsewhere, were deoptimised by it.
 */
function classifyAll(classifier: Classifier, split: readonly SentenceText[]): ClassifiedSentence[] {
  const sentences: ClassifiedSentence[] = [];
  for (let at = 0; at < split.length; at += 1) {
    const sentence = split[at] as SentenceText;
    sentences.push(classifiedSentence(classifier, sentence.text, sentence.line));
  }
  return sentences;
}

/** The public view of a sentence. */
function sentenceResult(sentence: ClassifiedSentence): SentenceResult {
  return { text: sentence.text, label: sentence.result.label, cues: sentence.result.cues, line: sentence.line };
}

/** `tuning` is for the accuracy bench's variants (per language); the product passes options only. */
export function createTagger(options: TaggerOptions = {}, tuning: Partial<Record<TaggerLanguage, ClassifierTuning>> = {}): Tagger {
  const classifiers: Partial<Record<TaggerLanguage, Classifier>> = {};
  const classifierFor = (language: TaggerLanguage): Classifier => {
    let classifier = classifiers[language];
    if (classifier === undefined) {
      classifier = createClassifier(language, options, tuning[language]);
      classifiers[language] = classifier;
    }
    return classifier;
  };
  const classifyEntry = (markdown: string): ClassifiedEntry => {
    const blocks = extractUserText(markdown);
    // Only runs of words are sentences: a bare date, number or dash is the template's, not the user's.
    const split = wordedSentences(splitSentences(blocks));
    // Most entries are English: read them so, and count the function words their tokens carry
    // (wordFlags.ts). Only when English does not clearly win is the whole text tested (language.ts).
    const sentences = classifyAll(classifierFor('en'), split);
    if (readsAsEnglish(sentences)) {
      return { split, language: 'en', detected: 'en', sentences };
    }
    const detected = detectLanguage(blocksText(blocks));
    const language = detected === 'en' || detected === 'de' ? detected : null;
    return { split, language, detected, sentences: language === 'de' ? classifyAll(classifierFor('de'), split) : sentences };
  };
  return {
    tag(markdown) {
      const { split, language, detected, sentences } = classifyEntry(markdown);
      if (language === null) {
        // Nothing written, or a language the tagger does not read: no side, and no guess.
        return {
          label: 'unclear', language: detected === 'other' ? 'other' : null, why: 0, how: 0, functions: [], style: null, traps: [],
          sentences: split.map((sentence) => ({ text: sentence.text, label: 'unclear', cues: [], line: sentence.line })),
        };
      }
      const { read, traps } = readTraps(sentences, language);
      const results: SentenceResult[] = [];
      for (let at = 0; at < sentences.length; at += 1) {
        results.push(sentenceResult(sentences[at] as ClassifiedSentence));
      }
      const label = withEvidence(labelOf(read, sentences, traps, language), results);
      const { why, how } = label === 'unclear' ? { why: 0, how: 0 } : read;
      return {
        label,
        language,
        why,
        how,
        functions: entryFunctions(sentences),
        style: statedStyle(markdown, results),
        traps: trapsForLabel(label, traps),
        sentences: results,
      };
    },
    readRecord(markdown) {
      const { split, language, sentences } = classifyEntry(markdown);
      if (language === null) {
        return { label: 'unclear', why: 0, how: 0, functions: [], style: null, traps: [], sentences: split };
      }
      const { read, traps } = readTraps(sentences, language);
      const label = classifiedWithEvidence(labelOf(read, sentences, traps, language), sentences);
      const { why, how } = label === 'unclear' ? { why: 0, how: 0 } : read;
      return {
        label,
        why,
        how,
        functions: entryFunctions(sentences),
        style: statedStyle(markdown, sentences),
        traps: trapsForLabel(label, traps),
        sentences,
      };
    },
  };
}

/**
 * Letters of any script, or a pictograph: what makes a run of text words rather than a date or a
 * number. Built on first use (lazyPattern.ts): most sentences have an ASCII letter, which decides.
 */
const WORDS = lazyPattern(String.raw`[\p{L}\p{Extended_Pictographic}]`, 'u');
const ASCII_LETTER = /[A-Za-z]/;

/** The sentences that hold words (see {@link isWords}), in order. */
function wordedSentences(sentences: readonly SentenceText[]): SentenceText[] {
  const worded: SentenceText[] = [];
  for (let at = 0; at < sentences.length; at += 1) {
    const sentence = sentences[at] as SentenceText;
    if (isWords(sentence.text)) {
      worded.push(sentence);
    }
  }
  return worded;
}

/** Whether a sentence holds words (see {@link WORDS}): `2026-12-09`, `3` or `—` alone do not. */
export function isWords(text: string): boolean {
  return ASCII_LETTER.test(text) || WORDS().test(text);
}

/**
 * The shares and the traps of an entry. A trap found in an entry too faint to read (shares 0) shows
 * that the entry is about leading or managing after all: a manager who re-checks every log of the
 * person they trust has written about managing, in however few sure sentences. Such an entry is read
 * like any other, with its shares, rather than called unclear beside the trap it shows. On the
 * training part's entries every faint entry with a trap (eight, all micromanaging or visionless) was
 * labelled how by both readers, and was read so this way.
 */
export function readTraps(sentences: readonly ClassifiedSentence[], language: TaggerLanguage): { read: { why: number; how: number }; traps: TrapResult[] } {
  const read = shares(sentences, language);
  const traps = findTraps(sentences, read.why, language);
  if (read.why + read.how > 0 || traps.length === 0) {
    return { read, traps };
  }
  const all = shares(sentences, language, 'read');
  return { read: all, traps: findTraps(sentences, all.why, language) };
}

/**
 * The entry's label: `unclear` when the shares show neither side; otherwise the learned entry
 * model's reading (entryModel.ts), which may be `unclear` too for an entry of errands read as
 * managing (where modelMayCallUnclear allows), with the managing-side trap rule over a
 * `balanced` reading; the share rule (entryLabel.ts) when no model decodes.
 */
export function labelOf(read: { why: number; how: number }, sentences: readonly ClassifiedSentence[], traps: readonly TrapResult[], language: TaggerLanguage): EntryLabel {
  const model = builtInEntryModel(language);
  if (read.why + read.how === 0 || model === undefined) {
    return entryLabel(read.why, read.how, traps);
  }
  const ids: TrapId[] = [];
  for (let at = 0; at < traps.length; at += 1) {
    ids.push((traps[at] as TrapResult).id);
  }
  const label = predictEntryLabel(model, entryFeatures(sentences, ids), modelMayCallUnclear(sentences));
  // The model weighs counts and strengths, not sides: it may not name a side that no sentence of the
  // entry shows (a plain day with one clear leading sentence is why, never how); the share rule then.
  if ((label === 'how' || label === 'why') && !anyLabelled(sentences, label)) {
    return entryLabel(read.why, read.how, traps);
  }
  return label === 'balanced' && labelledByTrap(read.why, read.how, traps) ? 'how' : label;
}

/** Whether a sentence is labelled `label`. */
function anyLabelled(sentences: readonly ClassifiedSentence[], label: EntryLabel): boolean {
  for (let at = 0; at < sentences.length; at += 1) {
    if ((sentences[at] as ClassifiedSentence).result.label === label) {
      return true;
    }
  }
  return false;
}

/**
 * `balanced` only with a sentence labelled why and one labelled how; otherwise the side that shows,
 * or `unclear` when neither does. Other labels are returned as they are.
 */
export function withEvidence(label: EntryLabel, sentences: readonly SentenceResult[]): EntryLabel {
  return evidenced(label, sentences.length, (at) => (sentences[at] as SentenceResult).label);
}

/** {@link withEvidence} over the classified sentences (their results' labels are the sentences' labels), for `readRecord`. */
function classifiedWithEvidence(label: EntryLabel, sentences: readonly ClassifiedSentence[]): EntryLabel {
  return evidenced(label, sentences.length, (at) => (sentences[at] as ClassifiedSentence).result.label);
}

/** {@link withEvidence} over `count` sentence labels read by `labelAt`: no array is made for it. */
function evidenced(label: EntryLabel, count: number, labelAt: (at: number) => string): EntryLabel {
  if (label !== 'balanced') {
    return label;
  }
  let why = false;
  let how = false;
  for (let at = 0; at < count; at += 1) {
    const side = labelAt(at);
    why ||= side === 'why';
    how ||= side === 'how';
  }
  return sidesShown(why, how);
}

function sidesShown(why: boolean, how: boolean): EntryLabel {
  return why && how ? 'balanced' : why ? 'why' : how ? 'how' : 'unclear';
}

/**
 * True when the English reading stands: English function words outnumber those of the other
 * languages counted, by the flags the English tokeniser set. Anything else (another language, no
 * words, a tie) goes to the full test on the text.
 */
function readsAsEnglish(sentences: readonly ClassifiedSentence[]): boolean {
  let english = 0;
  let other = 0;
  for (let at = 0; at < sentences.length; at += 1) {
    const sentence = sentences[at] as ClassifiedSentence;
    english += sentence.englishWords;
    other += sentence.otherWords;
  }
  return english > 0 && english > 2 * other;
}

/** The blocks' text joined, for the language test. */
function blocksText(blocks: readonly TextBlock[]): string {
  let text = '';
  for (const block of blocks) {
    text += `${block.text}\n`;
  }
  return text;
}
