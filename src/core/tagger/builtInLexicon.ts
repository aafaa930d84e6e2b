// The built-in lexicons and model table, precompiled. The cue data (whyCues.ts, howCues.ts,
// tradeCues.ts, the stop phrases, the trap phrases of trapCues.ts) and the trained weights
// (modelWeights.ts) are written for people and for the trainer; stemming ~2,200 phrases and compiling
// thousands of array literals every time the tagger loads cost more than its whole load budget (20 ms).
// So scripts/generateLexicon.ts compiles them once into lexiconTable.generated.ts:
//
//   - STEMS: every stem the tables mention, space-separated (stems never contain spaces);
//   - CUE_TABLE / TRAP_TABLE: JSON rows `[kind, weight, phrase, ...pattern]`, where kind is
//     side × 100 + (fn + 1) × 10 + (style + 1) over the index of each in its id list (fn and style
//     -1 for none), and each pattern part is a STEMS index, -1 for `*`, or -1 - N for a gap `~N`.
//     Patterns are distinct (the generator keeps the later of two cues with one pattern, as
//     createLexicon would), so the lexicon needs no de-duplication at load;
//   - MODEL_TABLE: a flat JSON list `first, second, weight, …` of STEMS indexes (second -1 for a
//     one-stem feature) and log-odds.
//
// Loading registers the stems once and builds the cues from numbers: no tokenising, no string keys.
// A unit test checks the generated file is exactly what the sources give, so it cannot go stale.
import { cueOf, type Cue, type PatternPart } from './lexicon';
import { CUE_TABLE, MODEL_TABLE, STEMS, TRAP_TABLE } from './lexiconTable.generated';
import { pairKey, type ModelTable } from './model';
import { stemId } from './tokens';
import { TRAP_SIGNALS, type TrapSignal } from './trapSignals';
import { FUNCTION_IDS, STYLE_IDS } from './types';

/** The sides a built-in cue can take: `stop` phrases have weight 0 and silence the cue words inside them. */
export type CueSide = 'why' | 'how' | 'stop';
export const CUE_SIDES: readonly CueSide[] = ['why', 'how', 'stop'];

type Row = [kind: number, weight: number, phrase: string, ...pattern: number[]];

/** A pattern part as text (lexicon.ts `patternStems`) to its code, registering new stems in `stems`. */
function partCode(part: string, stems: Map<string, number>): number {
  const gap = /^~([1-9])$/.exec(part);
  if (gap) {
    return -1 - Number(gap[1]);
  }
  if (part === '*') {
    return -1;
  }
  let index = stems.get(part);
  if (index === undefined) {
    index = stems.size;
    stems.set(part, index);
  }
  return index;
}

/** A table's rows for compiled cues with their pattern parts, in order (the generator's half). */
export function encodeCueTable<S extends string>(
  cues: readonly { readonly cue: Cue<S>; readonly parts: readonly string[] }[], sides: readonly S[], stems: Map<string, number>,
): string {
  const rows: Row[] = cues.map(({ cue, parts }) => [
    sides.indexOf(cue.side) * 100 + (cue.fn === null ? 0 : FUNCTION_IDS.indexOf(cue.fn) + 1) * 10
      + (cue.style === null ? 0 : STYLE_IDS.indexOf(cue.style) + 1),
    cue.weight, cue.phrase, ...parts.map((part) => partCode(part, stems)),
  ]);
  return JSON.stringify(rows);
}

/** The model's flat list for (feature, log-odds) pairs, features `stem` or `stem_stem` (the generator's half). */
export function encodeModelTable(weights: Iterable<readonly [string, number]>, stems: Map<string, number>): string {
  const flat: number[] = [];
  for (const [key, weight] of weights) {
    const split = key.indexOf('_');
    const first = split < 0 ? key : key.slice(0, split);
    flat.push(partCode(first, stems), split < 0 ? -1 : partCode(key.slice(split + 1), stems), weight);
  }
  return JSON.stringify(flat);
}

let stemIds: Int32Array | undefined;

/** Stem ids of the STEMS list, registered once per process. */
function registeredStems(): Int32Array {
  if (stemIds === undefined) {
    const stems = STEMS.split(' ');
    stemIds = new Int32Array(stems.length);
    for (let index = 0; index < stems.length; index += 1) {
      stemIds[index] = stemId(stems[index] as string);
    }
  }
  return stemIds;
}

/** Cues from a table's text, in table order. Throws on a malformed table (a build error, never user input). */
export function decodeCueTable<S extends string>(table: string, sides: readonly S[]): Cue<S>[] {
  const ids = registeredStems();
  const rows = JSON.parse(table) as Row[];
  const cues: Cue<S>[] = [];
  for (const row of rows) {
    const [kind, weight, phrase] = row;
    const side = Math.floor(kind / 100);
    const fn = Math.floor(kind / 10) % 10 - 1;
    const style = kind % 10 - 1;
    const pattern: PatternPart[] = [];
    for (let at = 3; at < row.length; at += 1) {
      const code = row[at] as number;
      pattern.push(code >= 0 ? ids[code] as number : code === -1 ? '*' : { gap: -1 - code });
    }
    const cue = cueOf(sides[side] as S, phrase, weight, fn < 0 ? null : FUNCTION_IDS[fn] ?? null,
      style < 0 ? null : STYLE_IDS[style] ?? null, pattern);
    if (cue === undefined) {
      throw new Error(`lexicon table: "${phrase}" has no pattern or starts with a wildcard`);
    }
    cues.push(cue);
  }
  return cues;
}

let builtIn: readonly Cue<CueSide>[] | undefined;

/** The built-in cues (stop phrases, why, how, trade how), decoded once per process and shared. */
export function builtInCues(): readonly Cue<CueSide>[] {
  builtIn ??= decodeCueTable(CUE_TABLE, CUE_SIDES);
  return builtIn;
}

let trapCues: readonly Cue<TrapSignal>[] | undefined;

/** The trap phrases (trapCues.ts), decoded once per process and shared. */
export function builtInTrapCues(): readonly Cue<TrapSignal>[] {
  trapCues ??= decodeCueTable(TRAP_TABLE, TRAP_SIGNALS);
  return trapCues;
}

let model: ModelTable | undefined;

/** The shipped model table (modelWeights.ts), decoded once per process and shared. */
export function builtInModel(): ModelTable {
  if (model === undefined) {
    const ids = registeredStems();
    const flat = JSON.parse(MODEL_TABLE) as number[];
    const unigrams: (number | undefined)[] = [];
    const pairs = new Map<number, number>();
    for (let at = 0; at + 2 < flat.length; at += 3) {
      const first = ids[flat[at] as number] as number;
      const second = flat[at + 1] as number;
      if (second < 0) {
        unigrams[first] = flat[at + 2] as number;
      } else {
        pairs.set(pairKey(first, ids[second] as number), flat[at + 2] as number);
      }
    }
    model = { unigrams, pairs };
  }
  return model;
}
