// The built-in lexicons, precompiled. The cue data (whyCues.ts, howCues.ts, tradeCues.ts, the stop
// phrases, the trap phrases of trapCues.ts) is written for people; lemmatising ~2,200 phrases and
// compiling thousands of array literals every time the tagger loads cost more than its whole load
// budget.
// So scripts/generateLexicon.ts compiles them once into lexiconTable.generated.ts:
//
//   - STEMS: every stem the tables mention, space-separated (stems never contain spaces);
//   - CUE_TABLE / TRAP_TABLE: JSON rows `[kind, weight, ...pattern]`, where kind is
//     side × 100 + (fn + 1) × 10 + (style + 1) over the index of each in its id list (fn and style
//     -1 for none), and each pattern part is a STEMS index, -1 for `*`, or -1 - N for a gap `~N`.
//     Patterns are distinct (the generator keeps the later of two cues with one pattern, as
//     createLexicon would), so the lexicon needs no de-duplication at load.
//
// Loading registers the stems once and builds the cues from numbers: no tokenising, no string keys.
// A unit test checks the generated file is exactly what the sources give, so it cannot go stale.
import { cueOf, type Cue, type PatternPart } from './lexicon';
import type { TaggerLanguage } from './lemmaTable';
import { CUE_TABLE, DE_CUE_TABLE, STEMS, TRAP_TABLE } from './lexiconTable.generated';
import { stemId } from './tokens';
import { TRAP_SIGNALS, type TrapSignal } from './trapSignals';
import { FUNCTION_IDS, STYLE_IDS } from './types';

/** The sides a built-in cue can take: `stop` phrases have weight 0 and silence the cue words inside them. */
export type CueSide = 'why' | 'how' | 'stop';
export const CUE_SIDES: readonly CueSide[] = ['why', 'how', 'stop'];

type Row = [kind: number, weight: number, ...pattern: number[]];

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
    cue.weight, ...parts.map((part) => partCode(part, stems)),
  ]);
  return JSON.stringify(rows);
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
  const names = STEMS.split(' ');
  const rows = JSON.parse(table) as Row[];
  const cues: Cue<S>[] = [];
  for (const row of rows) {
    const [kind, weight] = row;
    const side = Math.floor(kind / 100);
    const fn = Math.floor(kind / 10) % 10 - 1;
    const style = kind % 10 - 1;
    const pattern: PatternPart[] = [];
    const parts: string[] = [];
    for (let at = 2; at < row.length; at += 1) {
      const code = row[at] as number;
      pattern.push(code >= 0 ? ids[code] as number : code === -1 ? '*' : { gap: -1 - code });
      parts.push(code >= 0 ? names[code] as string : code === -1 ? '*' : `~${-1 - code}`);
    }
    // The phrase as written is not shipped (cues are shown by the words of the sentence): its stems stand in.
    const phrase = parts.join(' ');
    const cue = cueOf(sides[side] as S, phrase, weight, fn < 0 ? null : FUNCTION_IDS[fn] ?? null,
      style < 0 ? null : STYLE_IDS[style] ?? null, pattern);
    if (cue === undefined) {
      throw new Error(`lexicon table: "${phrase}" has no pattern or starts with a wildcard`);
    }
    cues.push(cue);
  }
  return cues;
}

const builtIn: Partial<Record<TaggerLanguage, readonly Cue<CueSide>[]>> = {};

/** The built-in cues of a language (English: stop phrases, why, how, trade how), decoded once per process and shared. */
export function builtInCues(language: TaggerLanguage = 'en'): readonly Cue<CueSide>[] {
  let cues = builtIn[language];
  if (cues === undefined) {
    cues = decodeCueTable(language === 'en' ? CUE_TABLE : DE_CUE_TABLE, CUE_SIDES);
    builtIn[language] = cues;
  }
  return cues;
}

let trapCues: readonly Cue<TrapSignal>[] | undefined;

/** The trap phrases (trapCues.ts), decoded once per process and shared. */
export function builtInTrapCues(): readonly Cue<TrapSignal>[] {
  trapCues ??= decodeCueTable(TRAP_TABLE, TRAP_SIGNALS);
  return trapCues;
}
