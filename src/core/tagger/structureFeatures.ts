// Structure features: what a sentence's shape says when its words do not. Terse managing notes and
// capacity questions ("Crates 30 for Thu.", "Ana – till, Ben – stockroom, me – deliveries.", "How many
// frames can two of us finish by Friday?") show managing by their form — a count of things, a time,
// a run of short assignments, a question of quantity — not by a managing word.
//
// Each is one dense feature of the sentence model (sentenceModel.ts), value 1 when the shape is there,
// whose weights the model learns from the corpus like any word's (scripts/trainTagger.ts); none is a
// hand-set label. They are computed from the tokens (tokens.ts), from marker tokens and a few short
// word lists of both languages, so the trainer and the classifier read the same thing. They are never
// shown as a reason: a shape is not a word a person would accept as evidence, so they are pushed as
// not showable and can never decide a side alone (scoreFeatures' check that a showable feature moved
// it) — a sentence with nothing in it stays unclear.
//
// Kept after measuring (scripts/trainTagger.ts --cv, README *Tags*); the keys are fixed, since the
// shipped table stores them (modelTable.ts, the dense run).
import { CLOCK, NUM, type Token } from './tokens';
import { FUNCTION_WORD } from './wordFlags';

/** A count with the thing counted beside it: "30 crates", "crates 30", "4 on the floor", "zwei Leute". */
export const STRUCTURE_COUNT = -3;
/** A clock time or a named day or date: "6am", "Thu", "Friday", "Montag", "morgen". */
export const STRUCTURE_TIME = -4;
/** A question of quantity or time: "how many", "how much", "how long", "by when", "wie viele", "bis wann". */
export const STRUCTURE_QUANTITY = -5;
/** A run of three or more short clauses (three words or fewer each): "Ana – till, Ben – stockroom, me – deliveries". */
export const STRUCTURE_LIST = -6;
/** A note of six words or fewer with no personal pronoun: "Van 6am.", "Order more gloves.", "Kasse zwei besetzen." */
export const STRUCTURE_TERSE = -7;

/** The structure features' keys, in the order the shipped table numbers them after the lexicon sums. */
export const STRUCTURE_KEYS: readonly number[] = [STRUCTURE_COUNT, STRUCTURE_TIME, STRUCTURE_QUANTITY, STRUCTURE_LIST, STRUCTURE_TERSE];

/** Personal pronouns of both languages (a terse note has none: it names no one who acts). */
const PERSONAL = new Set([
  'i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'they', 'them', 'it',
  'ich', 'mich', 'mir', 'wir', 'uns', 'du', 'dich', 'dir', 'er', 'ihn', 'ihm', 'sie', 'ihr', 'es', 'man',
]);
/** Longest terse note, in tokens. */
const TERSE_LENGTH = 6;

/** Number words that count (not "one"/"ein", which are also articles and pronouns). */
const NUMBER_WORDS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'dozen', 'half',
  'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwanzig', 'dutzend', 'halb', 'halbe',
]);

/** Words that may stand between a count and its thing ("4 on the floor", "2 auf der Kasse"). */
const COUNT_LINKS = new Set(['on', 'in', 'at', 'for', 'the', 'a', 'an', 'auf', 'am', 'im', 'für', 'der', 'die', 'das', 'den', 'dem', 'zur', 'zum']);

/** Named days and dates, both languages, as written (lower-cased). German two-letter day forms that are also words ("so", "da") are left out. */
const DAY_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'today', 'tomorrow', 'tonight', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'mo', 'di', 'mi', 'fr', 'sa',
  'heute', 'morgen', 'übermorgen', 'uhr', 'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
]);

/** Question pairs of quantity or time: the first word, then the words that may follow it. */
const QUANTITY_QUESTIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['how', new Set(['many', 'much', 'long', 'soon'])],
  ['by', new Set(['when'])],
  ['wie', new Set(['viele', 'viel', 'lange', 'schnell', 'oft'])],
  ['bis', new Set(['wann'])],
]);

/** Longest clause, in tokens, that counts as short in a list. */
const SHORT_CLAUSE = 3;
/** Short clauses in a sentence that make it a list. */
const LIST_CLAUSES = 3;

function isCount(token: Token): boolean {
  return token.stem === NUM || NUMBER_WORDS.has(token.word);
}

/** A word that can be the thing counted: not a function word, time word or marker token. */
function isThing(token: Token): boolean {
  return (token.flags & FUNCTION_WORD) === 0 && token.stem.charCodeAt(0) !== 35 /* # */ && !NUMBER_WORDS.has(token.word);
}

/** Whether a count stands with its thing: the word before it, or after it past a few linking words, in its clause. */
function hasCount(tokens: readonly Token[]): boolean {
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (!isCount(token)) {
      continue;
    }
    const before = tokens[at - 1];
    if (before !== undefined && before.clause === token.clause && isThing(before)) {
      return true;
    }
    for (let next = at + 1; next < tokens.length && next <= at + 3; next++) {
      const after = tokens[next] as Token;
      if (after.clause !== token.clause) {
        break;
      }
      if (isThing(after)) {
        return true;
      }
      if (!COUNT_LINKS.has(after.word)) {
        break;
      }
    }
  }
  return false;
}

function hasTime(tokens: readonly Token[]): boolean {
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (token.stem === CLOCK || DAY_WORDS.has(token.word)) {
      return true;
    }
  }
  return false;
}

function hasQuantityQuestion(tokens: readonly Token[]): boolean {
  for (let at = 0; at + 1 < tokens.length; at++) {
    const follows = QUANTITY_QUESTIONS.get((tokens[at] as Token).word);
    if (follows !== undefined && follows.has((tokens[at + 1] as Token).word)) {
      return true;
    }
  }
  return false;
}

/** Three or more clauses in the sentence of at most SHORT_CLAUSE tokens each, all of them short. */
function isList(tokens: readonly Token[]): boolean {
  let clauses = 0;
  let length = 0;
  let clause = -1;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (token.clause !== clause) {
      clause = token.clause;
      clauses += 1;
      length = 0;
    }
    length += 1;
    if (length > SHORT_CLAUSE) {
      return false;
    }
  }
  return clauses >= LIST_CLAUSES;
}

function isTerse(tokens: readonly Token[]): boolean {
  if (tokens.length > TERSE_LENGTH) {
    return false;
  }
  for (let at = 0; at < tokens.length; at++) {
    if (PERSONAL.has((tokens[at] as Token).word)) {
      return false;
    }
  }
  return true;
}

/** Something features can be appended to: a FeatureList, or an array's collector (structureKeys). */
interface FeatureSink {
  push(key: number, first: number, last: number, factor: number, showable: boolean): void;
}

/** Appends the sentence's structure features to `list`, in STRUCTURE_KEYS order: value 1, no span, never showable. */
export function pushStructureFeatures(list: FeatureSink, tokens: readonly Token[]): void {
  if (tokens.length === 0) {
    return;
  }
  if (hasCount(tokens)) {
    list.push(STRUCTURE_COUNT, -1, -1, 1, false);
  }
  if (hasTime(tokens)) {
    list.push(STRUCTURE_TIME, -1, -1, 1, false);
  }
  if (hasQuantityQuestion(tokens)) {
    list.push(STRUCTURE_QUANTITY, -1, -1, 1, false);
  }
  if (isList(tokens)) {
    list.push(STRUCTURE_LIST, -1, -1, 1, false);
  }
  if (isTerse(tokens)) {
    list.push(STRUCTURE_TERSE, -1, -1, 1, false);
  }
}

/** The keys of the structure features a sentence shows (for tests and reports). */
export function structureKeys(tokens: readonly Token[]): number[] {
  const keys: number[] = [];
  pushStructureFeatures({ push: (key) => keys.push(key) }, tokens);
  return keys;
}
