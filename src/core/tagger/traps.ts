// The four traps, found from signals in the entry's sentences. A trap needs a pattern in the
// writer's own behaviour: signals of at least two kinds, usually in more than one sentence. A plain
// busy day of managing must not raise one (false alarms are worse than misses), so every rule asks
// for the trap's core behaviour plus corroboration, and counter-evidence vetoes:
//
//  micromanaging-leader   redoing others' work or gating it through the writer, plus more of that
//                         or watching or distrust; much more when the person is plainly new.
//  visionless-manager     turning down change or ideas out of habit, plus someone's idea on the
//                         table or box-ticking; not in an entry mostly about the why.
//  nice-leader-no-…       big talk plus commitments dropped, repeated or waved away; an owner and
//                         a date for the idea argue against it.
//  taskmaster-manager     pushing output plus brushing aside people's needs, cutting what looks
//                         after them or punishing; not when the push comes with real care.
//
// English and German are read alike, each with its own phrases, word classes and learned weights.
// Signals come from three sources: phrases (trapCues.ts), word-class pairings within a sentence
// (wordClasses.ts: a redoing verb and someone else's work, a cutting verb and a team ritual, …), and
// pairings across two sentences (someone's idea or need, then the writer's refusal).
import { builtInTrapTable } from './builtInLexicon';
import type { TaggerLanguage } from './lemmaTable';
import type { ClassifiedSentence } from './tagger';
import { saysItselfIs } from './tautology';
import { NUM } from './tokens';
import { TRAP_SIGNALS, type TrapSignal } from './trapSignals';
import { builtInTrapModel, trapScore, type TrapModel } from './trapModel';
import type { EntryLabel, TrapId, TrapResult } from './types';
import { CLASS_BITS, germanSentenceClasses, hasPerfectNegation, isByWriter, mentionsOther } from './wordClasses';

// Local bindings, read once (see CLASS_BITS).
const {
  ASK, BIG_TALK, CARE_REPLY, COMMITMENT, CONSEQUENCE, CONTROL, CUT, DEFLECT, DETAIL_QUESTION, ENTHUSIASM, HABIT, NEED,
  PROPOSAL, PUSH_OBJECT, PUSH_VERB, REDO, REFUSAL, RITUAL, SCOPE, SILENT_REFUSAL, SPEECH, UNFINISHED, WHOEVER, REPEATED, ANNOUNCEMENT,
} = CLASS_BITS;
const NUM_STEM = NUM;

/** True when the mask has any of the bits. */
function has(mask: number, bits: number): boolean {
  return (mask & bits) !== 0;
}

/** The bits of the signals below that need the writer to act: a sentence with none of them is not read for who acts. */
const WRITER_ACTS = REDO | CONTROL | CUT | PUSH_VERB | BIG_TALK;

/** Weight of a word-class signal, and of a pairing across sentences. */
const CLASS_WEIGHT = 1.5;
const PAIRING_WEIGHT = 1.5;

const SIGNAL_INDEX: ReadonlyMap<TrapSignal, number> = new Map(TRAP_SIGNALS.map((signal, index) => [signal, index]));

function index(signal: TrapSignal): number {
  return SIGNAL_INDEX.get(signal) as number;
}

/** Signal weights of a sentence are a number[] indexed as TRAP_SIGNALS; most sentences have none (NO_SIGNALS). */
const NO_SIGNALS: readonly number[] = [];

const SIGNAL_COUNT = TRAP_SIGNALS.length;

/** Someone else's proposal: context for the visionless trap, not the writer's own act. */
const IDEA_KIND = index('vision.idea');

/** A fresh all-zero signal array. */
function noSignals(): number[] {
  return new Array<number>(SIGNAL_COUNT).fill(0);
}

/** A sentence's signals, made writable (allocated on the first signal). */
class SignalBox {
  values: number[] | undefined;

  add(signal: TrapSignal, weight: number): void {
    this.values ??= noSignals();
    this.values[index(signal)] += weight;
  }
}

/** Signals from word classes within one sentence. */
function addClassSignals(sentence: ClassifiedSentence, signals: SignalBox, language: TaggerLanguage): void {
  const { tokens, label } = sentence.result;
  const mask = sentence.classes;
  // Whether the writer acts is read only for a sentence whose bits ask (most have none of them).
  const byWriter = has(mask, WRITER_ACTS) && isByWriter(tokens, language);
  const redo = has(mask, REDO);
  const gate = has(mask, CONTROL) && has(mask, SCOPE);
  if (byWriter && (redo || gate) && mentionsOther(mask, sentence.text, language)) {
    if (redo) {
      signals.add('micro.redo', CLASS_WEIGHT);
    }
    if (gate) {
      signals.add('micro.gate', CLASS_WEIGHT);
    }
  }
  if (byWriter && has(mask, CUT) && has(mask, RITUAL)) {
    signals.add('task.cut', CLASS_WEIGHT);
  }
  if (byWriter && has(mask, PUSH_VERB) && (has(mask, PUSH_OBJECT) || tokens.some((token) => token.stem === NUM_STEM))) {
    signals.add('task.push', 1);
  }
  if (saysItselfIs(tokens, language)) {
    signals.add('task.dismiss', CLASS_WEIGHT);
  }
  if (has(mask, WHOEVER) && has(mask, CONSEQUENCE)) {
    signals.add('task.punish', CLASS_WEIGHT);
  }
  const self = language === 'en' ? 'i' : 'ich';
  if (has(mask, PROPOSAL) && !tokens.some((token) => token.word === self)) {
    signals.add('vision.idea', 1);
  }
  if (byWriter && has(mask, BIG_TALK) && label === 'why') {
    signals.add('nice.big', 1);
  }
  if (has(mask, ENTHUSIASM)) {
    signals.add('nice.big', 1);
  }
  if (has(mask, COMMITMENT) && (has(mask, UNFINISHED) || hasPerfectNegation(tokens, language))) { // The mask first: it spares most sentences the scan.
    signals.add('nice.dropped', CLASS_WEIGHT);
  } else if (has(mask, REPEATED) && has(mask, ANNOUNCEMENT)) {
    signals.add('nice.dropped', CLASS_WEIGHT); // Announced again: the last announcement came to nothing.
  }
}

/** Signal weights found in one sentence: phrases (each phrase once) and word classes. */
export function sentenceSignals(sentence: ClassifiedSentence, language: TaggerLanguage = 'en'): readonly number[] {
  const signals = new SignalBox();
  const found = builtInTrapTable(language).match(sentence.result.tokens);
  for (let at = 0; at < found.length; at += 1) {
    const cue = (found[at] as (typeof found)[number]).cue;
    let repeated = false;
    for (let earlier = 0; earlier < at && !repeated; earlier += 1) {
      repeated = (found[earlier] as (typeof found)[number]).cue === cue;
    }
    if (!repeated) {
      signals.add(cue.side, cue.weight);
    }
  }
  addClassSignals(sentence, signals, language);
  return signals.values ?? NO_SIGNALS;
}

/** The writer says no (or does not answer) without caring for what was asked. */
function isRefusal(sentence: ClassifiedSentence, language: TaggerLanguage): boolean {
  const mask = sentence.classes;
  if (!isByWriter(sentence.result.tokens, language)) {
    return false;
  }
  const spoken = has(mask, SPEECH) && has(mask, REFUSAL);
  return (spoken || has(mask, SILENT_REFUSAL)) && !has(mask, CARE_REPLY);
}

/** The writer waves details away in speech: later, not now, don't worry, let's not. */
function isDeflection(sentence: ClassifiedSentence, language: TaggerLanguage): boolean {
  return isByWriter(sentence.result.tokens, language) && has(sentence.classes, SPEECH) && has(sentence.classes, DEFLECT);
}

/** The first of sentences `at` and `at + 1` that passes `test`, or -1. */
function answerAt(sentences: readonly ClassifiedSentence[], at: number, test: (sentence: ClassifiedSentence) => boolean): number {
  for (const candidate of [at, at + 1]) {
    const sentence = sentences[candidate];
    if (sentence !== undefined && test(sentence)) {
      return candidate;
    }
  }
  return -1;
}

/**
 * Pairings across sentences: someone's idea or change met by the writer's refusal (in that
 * sentence or the next) is turning down change, more so when the reason is habit; someone's need
 * met by a refusal is brushing it aside; a question about who, when or what budget met by a
 * deflection is waving the details away.
 */
function addSignal(signals: (readonly number[])[], at: number, signal: TrapSignal, weight: number): void {
  const values = signals[at] === NO_SIGNALS ? noSignals() : [...(signals[at] as readonly number[])];
  values[index(signal)] += weight;
  signals[at] = values;
}

function addPairings(sentences: readonly ClassifiedSentence[], signals: (readonly number[])[], language: TaggerLanguage): void {
  const refusal = (sentence: ClassifiedSentence): boolean => isRefusal(sentence, language);
  const deflection = (sentence: ClassifiedSentence): boolean => isDeflection(sentence, language);
  for (let at = 0; at < sentences.length; at += 1) {
    const mask = (sentences[at] as ClassifiedSentence).classes;
    if (has(mask, PROPOSAL)) {
      const answer = answerAt(sentences, at, refusal);
      if (answer >= 0) {
        const habit = has((sentences[answer] as ClassifiedSentence).classes, HABIT) ? 1 : 0;
        addSignal(signals, answer, 'vision.reject', PAIRING_WEIGHT + habit);
      }
    }
    if (has(mask, NEED)) {
      const answer = answerAt(sentences, at, refusal);
      if (answer >= 0) {
        addSignal(signals, answer, 'task.dismiss', PAIRING_WEIGHT);
      }
    }
    if (has(mask, ASK) && has(mask, DETAIL_QUESTION)) {
      const answer = answerAt(sentences, at, deflection);
      if (answer >= 0) {
        addSignal(signals, answer, 'nice.dismiss', PAIRING_WEIGHT);
      }
    }
  }
}

/** Entry totals: the sum of a signal, and the number of sentences carrying any of some signals. */
class Totals {
  private readonly sums = noSignals();

  constructor(private readonly signals: readonly (readonly number[])[]) {
    for (let index = 0; index < signals.length; index += 1) {
      const sentence = signals[index] as readonly number[];
      for (let at = 0; at < sentence.length; at += 1) {
        this.sums[at] += sentence[at] as number;
      }
    }
  }

  /** The sum of the signal at `at` in TRAP_SIGNALS. */
  sumAt(at: number): number {
    return this.sums[at] as number;
  }

  /**
   * How many of the signals at `kinds` (indices in TRAP_SIGNALS) the entry shows at all, leaving out
   * someone else's proposal (`vision.idea`): it is what the writer answered, not a second thing the
   * writer did ("Kim suggested a new layout. I said not this month" is one refusal).
   */
  kindsShown(kinds: readonly number[]): number {
    let shown = 0;
    for (let at = 0; at < kinds.length; at += 1) {
      const kind = kinds[at] as number;
      shown += kind !== IDEA_KIND && (this.sums[kind] as number) > 0 ? 1 : 0;
    }
    return shown;
  }

  /** Sentences with any of the signals at `kinds` (indices in TRAP_SIGNALS) above 0; a sentence without signals has none. */
  sentencesWith(kinds: readonly number[]): number {
    let count = 0;
    for (let at = 0; at < this.signals.length; at += 1) {
      count += carries(this.signals[at] as readonly number[], kinds) ? 1 : 0;
    }
    return count;
  }
}

const MICRO: readonly TrapSignal[] = ['micro.redo', 'micro.gate', 'micro.watch', 'micro.distrust'];
const VISION: readonly TrapSignal[] = ['vision.reject', 'vision.routine', 'vision.idea'];
const NICE: readonly TrapSignal[] = ['nice.big', 'nice.dropped', 'nice.dismiss'];
const TASK: readonly TrapSignal[] = ['task.push', 'task.dismiss', 'task.need', 'task.cut', 'task.punish'];

/** Each trap and the signals that show it (its evidence sentences carry one of them). */
export const TRAP_SIGNAL_KINDS: readonly (readonly [TrapId, readonly TrapSignal[]])[] = [
  ['micromanaging-leader', MICRO], ['visionless-manager', VISION], ['nice-leader-no-follow-through', NICE], ['taskmaster-manager', TASK],
];

/** TRAP_SIGNAL_KINDS with the kinds as their indices in TRAP_SIGNALS, for the loops over sentences. */
const TRAP_KIND_INDICES: readonly (readonly [TrapId, readonly number[]])[] = TRAP_SIGNAL_KINDS.map(([id, kinds]) => [id, kinds.map(index)]);

/**
 * An entry's trap features, in TRAP_FEATURE_NAMES order: the total of each signal, the number of
 * sentences carrying each trap's signals, the why share, the number of sentences (log), and how many
 * of each trap's kinds of signal it shows. The trap model (trapModel.ts) weighs them; the trainer
 * (scripts/trainTraps.ts) reads them too.
 */
export const TRAP_FEATURE_NAMES: readonly string[] = [
  ...TRAP_SIGNALS, ...TRAP_SIGNAL_KINDS.map(([id]) => `sentences:${id}`), 'why-share', 'log-sentences',
  ...TRAP_SIGNAL_KINDS.map(([id]) => `kinds:${id}`),
];

export interface TrapReading {
  readonly features: readonly number[];
  /** Per sentence (the sentences with tokens), its signal weights in TRAP_SIGNALS order (empty: none). */
  readonly signals: readonly (readonly number[])[];
  readonly sentences: readonly ClassifiedSentence[];
}

/**
 * Reads an entry's trap signals and features. A German entry's sentences are read with the German
 * phrases and word classes (their `classes` from wordClasses.ts GERMAN_CLASS_WORDS, for the traps only).
 */
export function readTrapSignals(allSentences: readonly ClassifiedSentence[], whyShare = 0, language: TaggerLanguage = 'en'): TrapReading {
  const sentences: ClassifiedSentence[] = [];
  const signals: (readonly number[])[] = [];
  for (let at = 0; at < allSentences.length; at += 1) {
    const sentence = allSentences[at] as ClassifiedSentence;
    if (sentence.result.tokens.length > 0) {
      const read = language === 'en' ? sentence : { ...sentence, classes: germanSentenceClasses(sentence.result.tokens) };
      sentences.push(read);
      signals.push(sentenceSignals(read, language));
    }
  }
  addPairings(sentences, signals, language);
  const totals = new Totals(signals);
  const features: number[] = [];
  for (let at = 0; at < SIGNAL_COUNT; at += 1) {
    features.push(totals.sumAt(at));
  }
  for (let trap = 0; trap < TRAP_KIND_INDICES.length; trap += 1) {
    features.push(totals.sentencesWith((TRAP_KIND_INDICES[trap] as (typeof TRAP_KIND_INDICES)[number])[1]));
  }
  features.push(whyShare, Math.log(1 + sentences.length));
  // How many of a trap's kinds of signal the entry shows: the guide's traps are a pattern of acts
  // (a push *and* a need brushed aside), which a sum of one kind's phrases cannot tell from one act
  // named often.
  for (let trap = 0; trap < TRAP_KIND_INDICES.length; trap += 1) {
    features.push(totals.kindsShown((TRAP_KIND_INDICES[trap] as (typeof TRAP_KIND_INDICES)[number])[1]));
  }
  return { features, signals, sentences };
}

/** Whether a sentence's signal weights carry any of `kinds` (indices in TRAP_SIGNALS). */
function carries(signals: readonly number[], kinds: readonly number[]): boolean {
  if (signals.length === 0) {
    return false;
  }
  for (let at = 0; at < kinds.length; at += 1) {
    if ((signals[kinds[at] as number] as number) > 0) {
      return true;
    }
  }
  return false;
}

/**
 * The traps the entry shows, each with the sentences that carry its signals, in document order.
 * A trap is shown when its learned score (trapModel.ts) is above its threshold: weights fitted on
 * the training part's labelled entries, so the readings stay the hand-made signals (phrases, word
 * classes, pairings) and only how much each counts is learned.
 */
const OWNER = index('guard.owner');
const DROPPED = index('nice.dropped');
const DISMISS = index('nice.dismiss');

/**
 * The guide's "not the trap", where the model may weigh otherwise: a big idea that comes with an
 * owner and a date, and no commitment dropped or waved away, is a plan, not the nice leader's promise.
 */
function vetoed(id: TrapId, features: readonly number[]): boolean {
  return id === 'nice-leader-no-follow-through' && (features[OWNER] as number) > 0
    && (features[DROPPED] as number) === 0 && (features[DISMISS] as number) === 0;
}

/**
 * Sentences that must show a trap's signals: a pattern, not one act (the guide: more than one
 * instance). One redo, one refusal or one push is not a trap however strongly it reads.
 */
export const MIN_EVIDENCE = 2;

/**
 * Sentences with words an entry needs before any trap is named: more than the evidence itself. In a
 * two-sentence note both sentences are the one act ("Kim proposed a new layout. I said not this
 * month."), and a pattern of behaviour cannot be read from one act.
 */
export const MIN_WORDED = MIN_EVIDENCE + 1;

export function findTraps(
  allSentences: readonly ClassifiedSentence[], whyShare = 0, language: TaggerLanguage = 'en', model?: TrapModel,
): TrapResult[] {
  // A trap is named on MIN_WORDED sentences with words at least: with fewer there is no pattern to
  // read (and a short note need not load the trap phrases or the trap model).
  let worded = 0;
  for (let at = 0; at < allSentences.length && worded < MIN_WORDED; at += 1) {
    worded += (allSentences[at] as ClassifiedSentence).result.tokens.length > 0 ? 1 : 0;
  }
  if (worded < MIN_WORDED) {
    return [];
  }
  const reading = readTrapSignals(allSentences, whyShare, language);
  const trapModel = model ?? builtInTrapModel(language);
  const traps: TrapResult[] = [];
  for (let trap = 0; trap < TRAP_KIND_INDICES.length; trap += 1) {
    const trapKinds = TRAP_KIND_INDICES[trap] as (typeof TRAP_KIND_INDICES)[number];
    const id = trapKinds[0];
    const kinds = trapKinds[1];
    if (trapScore(trapModel, id, reading.features) >= 0 && !vetoed(id, reading.features)) {
      const evidence: string[] = [];
      for (let at = 0; at < reading.sentences.length; at += 1) {
        if (carries(reading.signals[at] as readonly number[], kinds)) {
          evidence.push((reading.sentences[at] as ClassifiedSentence).text);
        }
      }
      if (evidence.length >= MIN_EVIDENCE) {
        traps.push({ id, evidence });
      }
    }
  }
  return traps;
}

/**
 * The traps read from managing acts (re-checking and approving, refusing change, pushing output): the
 * entry that shows one is about managing. Not the same set as the *side* a trap belongs to
 * (vocabulary.ts, entryLabel.ts MANAGING_TRAPS: visionless and taskmaster): the micromanaging leader is
 * a leader's trap by its side, but its acts are managing ones. On an entry read as leading (`why`)
 * such a reading is the trap phrases catching a leader's own account of change or coaching, and it is
 * not shown. In the training part's labelled entries none of the three ever sits on an entry labelled
 * why; the nice leader's dropped promises may sit on any entry.
 */
export const MANAGING_ACT_TRAPS: ReadonlySet<TrapId> = new Set<TrapId>(['micromanaging-leader', 'visionless-manager', 'taskmaster-manager']);

/** The traps shown on an entry labelled `label`: all of them, less the traps of managing acts on a why entry. */
export function trapsForLabel(label: EntryLabel, traps: readonly TrapResult[]): readonly TrapResult[] {
  return label === 'why' && traps.some((trap) => MANAGING_ACT_TRAPS.has(trap.id))
    ? traps.filter((trap) => !MANAGING_ACT_TRAPS.has(trap.id))
    : traps;
}
