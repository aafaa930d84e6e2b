// The sentence model's shipped form, one table per language (modelTable.generated.ts, written by
// scripts/generateLexicon.ts from what scripts/trainTagger.ts trained), read in place: no feature is
// decoded before a sentence holds it.
//
//   `<biasWhy> <biasHow>;<S><C>;<lexicon>;<words>;<pairs>;<cues>`
//
// The biases are in hundredths, as decimal integers; S and C are how many base-64 digits
// (base64Numbers.ts) write a stem's place in the built-in stem table (stemTable.ts: its id minus
// one) and a cue's place in its language's cue table. Then four runs of fixed-width records, each
// ending in the feature's two weights, why and how, each in fiftieths (±40.94) as two base-64 digits
// (12 bits, offset by half their range):
//   - lexicon: one digit, 0 for the cue lexicon's why sum (`@lexicon-why`), 1 for its how sum, then the managing shapes (shapeNames.ts SHAPE_KEYS, from 2);
//   - words: a lemma family (a one-word feature) by its stem's place, in S digits, ascending;
//   - pairs: a two-word feature ("follow+up") by its two stems' places, ascending by the first, then
//     the second;
//   - cues: a cue of the cue table (`@cue:N`, its own feature) by its place, in C digits, ascending.
// A feature is found by binary search over its run and remembered (ShippedModel). Fixed-width
// records keep the table small and need no names: it ships in the tagger bundle, whose size is
// budgeted, and is read on the first tag, in V8's interpreter.
import type { TaggerLanguage } from './lemmaTable';
import {
  cueFeatureKey, cueIndexOf, isPairKey, LEXICON_HOW, LEXICON_WHY, pairFeatureKey, pairParts,
  type ModelWeights, type SentenceModelTable, type Weight,
} from './sentenceModel';
import { base64Width, DIGIT_VALUE, writeBase64 } from './base64Numbers';
import { SHAPE_KEYS } from './shapeNames';

const WEIGHT_STEP = 50;
const WEIGHT_OFFSET = 2048;
/** Digits of the two weights that end every record. */
const WEIGHTS = 4;
/** The lexicon sums and then the managing shapes (managingShapes.ts), by their digit. */
const LEXICON_KEYS: readonly number[] = [LEXICON_WHY, LEXICON_HOW, ...SHAPE_KEYS];
/** The first pair key, and the factor of its first stem (sentenceModel.ts pairFeatureKey). */
const PAIR_KEYS = pairFeatureKey(0, 0);

function decodeWeight(encoded: string, at: number): number {
  return ((DIGIT_VALUE[encoded.charCodeAt(at)] as number) * 64 + (DIGIT_VALUE[encoded.charCodeAt(at + 1)] as number) - WEIGHT_OFFSET) / WEIGHT_STEP;
}

function encodeWeight(value: number): string {
  return writeBase64(Math.max(0, Math.min(4095, Math.round(value * WEIGHT_STEP) + WEIGHT_OFFSET)), 2);
}

function readNumber(encoded: string, at: number, width: number): number {
  let value = 0;
  for (const end = at + width; at < end; at++) {
    value = value * 64 + (DIGIT_VALUE[encoded.charCodeAt(at)] as number);
  }
  return value;
}

/** A run of records: where it starts and ends in the table, each record's width and its key's digits. */
interface Run {
  readonly start: number;
  readonly end: number;
  readonly width: number;
  readonly keyWidth: number;
}

/** The runs of a table and its header (see the file comment). */
function layout(encoded: string): { biasWhy: number; biasHow: number; lexicon: Run; words: Run; pairs: Run; cues: Run } {
  const header = encoded.indexOf(';');
  const widths = header + 1;
  const stemWidth = encoded.charCodeAt(widths) - 48;
  const cueWidth = encoded.charCodeAt(widths + 1) - 48;
  const lexiconAt = widths + 3;
  const wordsAt = encoded.indexOf(';', lexiconAt) + 1;
  const pairsAt = encoded.indexOf(';', wordsAt) + 1;
  const cuesAt = encoded.indexOf(';', pairsAt) + 1;
  if (header < 0 || encoded.charCodeAt(widths + 2) !== 59 || wordsAt === 0 || pairsAt === 0 || cuesAt === 0
    || !(stemWidth >= 1 && stemWidth <= 9 && cueWidth >= 1 && cueWidth <= 9)) {
    throw new Error('model table: malformed header');
  }
  const [biasWhy = 0, biasHow = 0] = encoded.slice(0, header).split(' ').map((value) => Number(value) / 100);
  const run = (start: number, end: number, keyWidth: number): Run => {
    const width = keyWidth + WEIGHTS;
    if ((end - start) % width !== 0) {
      throw new Error(`model table: a run of ${end - start} characters is no whole number of ${width}-character records`);
    }
    return { start, end, width, keyWidth };
  };
  return {
    biasWhy, biasHow,
    lexicon: run(lexiconAt, wordsAt - 1, 1),
    words: run(wordsAt, pairsAt - 1, stemWidth),
    pairs: run(pairsAt, cuesAt - 1, 2 * stemWidth),
    cues: run(cuesAt, encoded.length, cueWidth),
  };
}

/** The weights of the record of `run` whose key is `key`, or undefined. Binary search: the records are in key order. */
function find(encoded: string, run: Run, key: number): Weight | undefined {
  let low = 0;
  let high = (run.end - run.start) / run.width - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = run.start + middle * run.width;
    const found = readNumber(encoded, at, run.keyWidth);
    if (found === key) {
      return [decodeWeight(encoded, at + run.keyWidth), decodeWeight(encoded, at + run.keyWidth + 2)];
    }
    if (found < key) {
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return undefined;
}

/**
 * A shipped model, read from its table as features are met: each weight found is kept, by stem id,
 * pair key or cue place, so a warm tagger reads arrays as before and a first tag decodes only the
 * features its sentences hold.
 */
export class ShippedModel implements ModelWeights {
  readonly biasWhy: number;
  readonly biasHow: number;
  private readonly words: Run;
  private readonly pairs: Run;
  private readonly cues: Run;
  /** The stems' digits in a pair key (the second stem's place is the key's low digits). */
  private readonly pairShift: number;
  // Weights found, kept in `found`: `wordSlot[id]` and `cueSlot[place]` are 1 + their place there,
  // -1 when the model has none, 0 while not looked up. Typed arrays, since ids are scattered (an
  // array written at scattered indices becomes a dictionary), as long as the table's largest key.
  private readonly found: Weight[] = [];
  private readonly wordSlot: Int32Array;
  private readonly cueSlot: Int32Array;
  private readonly lexiconWeights: (Weight | undefined)[] = LEXICON_KEYS.map(() => undefined);
  /** Per stem id: 0 not looked up, 1 no pair of the model starts with it, 2 some does. */
  private readonly pairFirsts: Uint8Array;
  private readonly pairWeights = new Map<number, Weight | null>();

  constructor(private readonly encoded: string) {
    const { biasWhy, biasHow, lexicon, words, pairs, cues } = layout(encoded);
    this.biasWhy = biasWhy;
    this.biasHow = biasHow;
    this.words = words;
    this.pairs = pairs;
    this.cues = cues;
    this.pairShift = 64 ** words.keyWidth;
    for (let at = lexicon.start; at < lexicon.end; at += lexicon.width) {
      this.lexiconWeights[readNumber(encoded, at, 1)] = [decodeWeight(encoded, at + 1), decodeWeight(encoded, at + 3)];
    }
    // The runs are in key order: their last records hold the largest stem place and cue place.
    const last = (run: Run): number => (run.end > run.start ? readNumber(encoded, run.end - run.width, run.keyWidth) : -1);
    this.wordSlot = new Int32Array(last(words) + 2);
    this.cueSlot = new Int32Array(last(cues) + 1);
    this.pairFirsts = new Uint8Array(Math.floor(last(pairs) / this.pairShift) + 2);
  }

  weightOf(key: number): Weight | undefined {
    if (key >= 0) {
      if (key >= PAIR_KEYS) {
        return this.pairWeight(key);
      }
      return key < this.wordSlot.length ? this.slotted(this.wordSlot, this.words, key, key - 1) : undefined;
    }
    if (key <= -1000) {
      return -1000 - key < this.cueSlot.length ? this.slotted(this.cueSlot, this.cues, -1000 - key, -1000 - key) : undefined;
    }
    return this.lexiconWeights[LEXICON_KEYS.indexOf(key)];
  }

  /** The weights of the record keyed `recordKey` in `run`, kept at `slots[at]`. */
  private slotted(slots: Int32Array, run: Run, at: number, recordKey: number): Weight | undefined {
    let slot = slots[at] as number;
    if (slot === 0) {
      const weight = find(this.encoded, run, recordKey); // Ids of stems no table names find nothing.
      if (weight === undefined) {
        slot = -1;
      } else {
        this.found.push(weight);
        slot = this.found.length;
      }
      slots[at] = slot;
    }
    return slot < 0 ? undefined : this.found[slot - 1];
  }

  private pairWeight(key: number): Weight | undefined {
    const first = Math.floor((key - PAIR_KEYS) / PAIR_KEYS);
    if (first >= this.pairFirsts.length) {
      return undefined;
    }
    let starts = this.pairFirsts[first] as number;
    if (starts === 0) {
      starts = this.startsPair(first - 1) ? 2 : 1;
      this.pairFirsts[first] = starts;
    }
    if (starts === 1) {
      return undefined;
    }
    let weight = this.pairWeights.get(key);
    if (weight === undefined) {
      const second = (key - PAIR_KEYS) % PAIR_KEYS;
      // A second stem no table names (a user's term) has a place past every record's, and past the digits of one.
      weight = second - 1 < this.pairShift ? find(this.encoded, this.pairs, (first - 1) * this.pairShift + second - 1) ?? null : null;
      this.pairWeights.set(key, weight);
    }
    return weight ?? undefined;
  }

  /** Whether some pair starts with the stem at `place`: the first record at or past (place, 0) has it. */
  private startsPair(place: number): boolean {
    const { pairs, encoded } = this;
    let low = 0;
    let high = (pairs.end - pairs.start) / pairs.width;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (readNumber(encoded, pairs.start + middle * pairs.width, pairs.keyWidth) < place * this.pairShift) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    const at = pairs.start + low * pairs.width;
    return at < pairs.end && Math.floor(readNumber(encoded, at, pairs.keyWidth) / this.pairShift) === place;
  }
}

/** A table read whole into the form the trainer holds (keys: stem ids of the built-in table, pair keys, cue keys). */
export function decodeModelTable(encoded: string): SentenceModelTable {
  const { biasWhy, biasHow, lexicon, words, pairs, cues } = layout(encoded);
  const weights = new Map<number, Weight>();
  const shift = 64 ** words.keyWidth;
  const read = (run: Run, key: (number: number) => number): void => {
    for (let at = run.start; at < run.end; at += run.width) {
      weights.set(key(readNumber(encoded, at, run.keyWidth)), [decodeWeight(encoded, at + run.keyWidth), decodeWeight(encoded, at + run.keyWidth + 2)]);
    }
  };
  read(lexicon, (which) => LEXICON_KEYS[which] as number);
  read(words, (place) => place + 1);
  read(pairs, (places) => pairFeatureKey(Math.floor(places / shift) + 1, places % shift + 1));
  read(cues, (place) => cueFeatureKey(place));
  return { biasWhy, biasHow, weights };
}

/**
 * Encodes a table as {@link ShippedModel} reads it: `name` gives a stem id's name (in the encoder's
 * registry) and `places` each stem's place in the built-in stem table being written.
 */
export function encodeModelTable(table: SentenceModelTable, name: (id: number) => string, places: ReadonlyMap<string, number>): string {
  const round = (value: number): string => String(Math.round(value * 100));
  const place = (id: number): number => {
    const at = places.get(name(id));
    if (at === undefined) {
      throw new Error(`model table: the stem "${name(id)}" is not in the stem table`);
    }
    return at;
  };
  const records = { lexicon: [] as [number, Weight][], words: [] as [number, Weight][], pairs: [] as [number, number, Weight][], cues: [] as [number, Weight][] };
  for (const [key, weight] of table.weights) {
    const cue = cueIndexOf(key);
    if (cue !== undefined) {
      records.cues.push([cue, weight]);
    } else if (LEXICON_KEYS.includes(key)) {
      records.lexicon.push([LEXICON_KEYS.indexOf(key), weight]);
    } else if (isPairKey(key)) {
      const [first, second] = pairParts(key);
      records.pairs.push([place(first), place(second), weight]);
    } else {
      records.words.push([place(key), weight]);
    }
  }
  const stemWidth = base64Width(Math.max(0, ...places.values()));
  const cueWidth = base64Width(Math.max(0, ...records.cues.map(([cue]) => cue)));
  const weights = (weight: Weight): string => encodeWeight(weight[0]) + encodeWeight(weight[1]);
  const byKey = (a: [number, Weight], b: [number, Weight]): number => a[0] - b[0];
  return `${round(table.biasWhy)} ${round(table.biasHow)};${stemWidth}${cueWidth};`
    + `${records.lexicon.sort(byKey).map(([which, weight]) => writeBase64(which, 1) + weights(weight)).join('')};`
    + `${records.words.sort(byKey).map(([at, weight]) => writeBase64(at, stemWidth) + weights(weight)).join('')};`
    + `${records.pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([first, second, weight]) => writeBase64(first, stemWidth) + writeBase64(second, stemWidth) + weights(weight)).join('')};`
    + records.cues.sort(byKey).map(([cue, weight]) => writeBase64(cue, cueWidth) + weights(weight)).join('');
}

/** The stems a table's one- and two-word features name (`name` gives a stem id's name), for the built-in stem table. */
export function modelStems(table: SentenceModelTable, name: (id: number) => string): string[] {
  const stems: string[] = [];
  for (const key of table.weights.keys()) {
    if (key >= 0) {
      for (const id of isPairKey(key) ? pairParts(key) : [key]) {
        stems.push(name(id));
      }
    }
  }
  return stems;
}

export type { TaggerLanguage };
