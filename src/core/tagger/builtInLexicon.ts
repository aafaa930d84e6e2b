// The built-in lexicons, precompiled. The cue data (whyCues.ts, howCues.ts, tradeCues.ts, the stop
// phrases, the trap phrases of trapCues.ts) is written for people; lemmatising ~2,200 phrases and
// compiling thousands of array literals every time the tagger loads cost more than its whole load
// budget.
// So scripts/generateLexicon.ts compiles them once into lexiconTable.generated.ts:
//
//   - STEMS: every stem the tables mention, space-separated (stems never contain spaces);
//   - CUE_TABLE / DE_CUE_TABLE / TRAP_TABLE / DE_TRAP_TABLE: one flat JSON array of numbers, cue after cue: `head, weight,
//     ...pattern`, where head is kind × 10 + the pattern's length (1–9) and kind is
//     side × 100 + (fn + 1) × 10 + (style + 1) over the index of each in its id list (fn and style
//     -1 for none), and each pattern part is a STEMS index, -1 for `*`, or -1 - N for a gap `~N`.
//     Flat, because nested rows cost three characters a cue of the tagger's 300 KB budget.
//     Patterns are distinct (the generator keeps the later of two cues with one pattern, as
//     createLexicon would), so the lexicon needs no de-duplication at load.
//
// Loading registers the stems once and builds the cues from numbers: no tokenising, no string keys.
// A unit test checks the generated file is exactly what the sources give, so it cannot go stale.
import { cueOf, type Cue, type PatternPart } from './lexicon';
import type { TaggerLanguage } from './lemmaTable';
import { CUE_TABLE, DE_CUE_TABLE, DE_TRAP_TABLE, STEMS, TRAP_TABLE } from './lexiconTable.generated';
import { stemId } from './tokens';
import { TRAP_SIGNALS, type TrapSignal } from './trapSignals';
import { FUNCTION_IDS, STYLE_IDS } from './types';

/** The sides a built-in cue can take: `stop` phrases have weight 0 and silence the cue words inside them. */
export type CueSide = 'why' | 'how' | 'stop';
export const CUE_SIDES: readonly CueSide[] = ['why', 'how', 'stop'];

/** Longest pattern a table row can hold (its length is the head's last digit). */
const MAX_PATTERN = 9;

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

/** A table for compiled cues with their pattern parts, in order (the generator's half). */
export function encodeCueTable<S extends string>(
  cues: readonly { readonly cue: Cue<S>; readonly parts: readonly string[] }[], sides: readonly S[], stems: Map<string, number>,
): string {
  const numbers: number[] = [];
  for (const { cue, parts } of cues) {
    if (parts.length < 1 || parts.length > MAX_PATTERN) {
      throw new Error(`lexicon table: "${cue.phrase}" has ${parts.length} pattern parts (1 to ${MAX_PATTERN} fit)`);
    }
    const kind = sides.indexOf(cue.side) * 100 + (cue.fn === null ? 0 : FUNCTION_IDS.indexOf(cue.fn) + 1) * 10
      + (cue.style === null ? 0 : STYLE_IDS.indexOf(cue.style) + 1);
    numbers.push(kind * 10 + parts.length, cue.weight, ...parts.map((part) => partCode(part, stems)));
  }
  return JSON.stringify(numbers);
}

let stemIds: Int32Array | undefined;
let stemNames: readonly string[] | undefined;

/** Stem ids of the STEMS list, registered once per process. */
function registeredStems(): Int32Array {
  if (stemIds === undefined) {
    const stems = STEMS.split(' ');
    stemIds = new Int32Array(stems.length);
    for (let index = 0; index < stems.length; index += 1) {
      stemIds[index] = stemId(stems[index] as string);
    }
    stemNames = stems;
  }
  return stemIds;
}

/** Cues from a table's text, in table order. Throws on a malformed table (a build error, never user input). */
export function decodeCueTable<S extends string>(table: string, sides: readonly S[]): Cue<S>[] {
  const ids = registeredStems();
  const names = stemNames as readonly string[];
  const numbers = JSON.parse(table) as number[];
  const cues: Cue<S>[] = [];
  for (let at = 0; at < numbers.length;) {
    const head = numbers[at] as number;
    const weight = numbers[at + 1] as number;
    const end = at + 2 + head % 10;
    const kind = Math.floor(head / 10);
    const side = Math.floor(kind / 100);
    const fn = Math.floor(kind / 10) % 10 - 1;
    const style = kind % 10 - 1;
    const pattern: PatternPart[] = [];
    // The phrase as written is not shipped (cues are shown by the words of the sentence): its stems stand in.
    let phrase = '';
    for (let part = at + 2; part < end; part += 1) {
      const code = numbers[part] as number;
      pattern.push(code >= 0 ? ids[code] as number : code === -1 ? '*' : { gap: -1 - code });
      phrase += `${part > at + 2 ? ' ' : ''}${code >= 0 ? names[code] as string : code === -1 ? '*' : `~${-1 - code}`}`;
    }
    const cue = cueOf(sides[side] as S, phrase, weight, fn < 0 ? null : FUNCTION_IDS[fn] ?? null,
      style < 0 ? null : STYLE_IDS[style] ?? null, pattern);
    if (cue === undefined) {
      throw new Error(`lexicon table: "${phrase}" has no pattern or starts with a wildcard`);
    }
    cues.push(cue);
    at = end;
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

const trapCues: Partial<Record<TaggerLanguage, readonly Cue<TrapSignal>[]>> = {};

/** The trap phrases of a language (trapCues.ts), decoded once per process and shared. */
export function builtInTrapCues(language: TaggerLanguage = 'en'): readonly Cue<TrapSignal>[] {
  return (trapCues[language] ??= decodeCueTable(language === 'en' ? TRAP_TABLE : DE_TRAP_TABLE, TRAP_SIGNALS));
}
