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
import type { Cue, PatternPart } from './lexicon';
import type { TaggerLanguage } from './lemmaTable';
import { CUE_TABLE, DE_CUE_TABLE, DE_TRAP_TABLE, STEMS, TRAP_TABLE } from './lexiconTable.generated';
import { stemId, stemNames } from './tokens';
import { TRAP_SIGNALS, type TrapSignal } from './trapSignals';
import { FUNCTION_IDS, STYLE_IDS, type FunctionId, type StyleId } from './types';

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
let stems: readonly string[] | undefined;

/** The STEMS list, split once per process (the word classes name stems by their place in it). */
export function stemList(): readonly string[] {
  stems ??= STEMS.split(' ');
  return stems;
}

/** Stem ids of the STEMS list, registered once per process. */
function registeredStems(): Int32Array {
  if (stemIds === undefined) {
    const stems = stemList();
    stemIds = new Int32Array(stems.length);
    for (let index = 0; index < stems.length; index += 1) {
      stemIds[index] = stemId(stems[index] as string);
    }
  }
  return stemIds;
}

/**
 * A cue of a shipped table. Its phrase as written is not shipped (cues are shown by the words of the
 * sentence): its stems stand in, joined when first asked for (nothing the tagger outputs reads it).
 */
class TableCue<S extends string> implements Cue<S> {
  // Assigned in the constructor only (no class-field definitions to run first for each of thousands).
  declare readonly side: S;
  declare readonly weight: number;
  declare readonly fn: FunctionId | null;
  declare readonly style: StyleId | null;
  declare readonly pattern: readonly PatternPart[];
  declare readonly literals: number;

  constructor(side: S, weight: number, fn: FunctionId | null, style: StyleId | null, pattern: readonly PatternPart[], literals: number) {
    this.side = side;
    this.weight = weight;
    this.fn = fn;
    this.style = style;
    this.pattern = pattern;
    this.literals = literals;
  }

  get phrase(): string {
    const names = stemNames();
    return this.pattern.map((part) => (typeof part === 'number' ? names[part] : part === '*' ? '*' : `~${part.gap}`)).join(' ');
  }
}

/**
 * Cues from a table's text, in table order. Throws on a malformed table (a build error, never user
 * input). Loading runs this in V8's interpreter, where every temporary is a young object the next
 * scavenge copies: patterns are made at their size, literals are counted here.
 */
export function decodeCueTable<S extends string>(table: string, sides: readonly S[]): Cue<S>[] {
  const ids = registeredStems();
  const numbers = JSON.parse(table) as number[];
  const cues: Cue<S>[] = [];
  for (let at = 0; at < numbers.length;) {
    const head = numbers[at] as number;
    const weight = numbers[at + 1] as number;
    const length = head % 10;
    const end = at + 2 + length;
    const kind = Math.floor(head / 10);
    const side = Math.floor(kind / 100);
    const fn = Math.floor(kind / 10) % 10 - 1;
    const style = kind % 10 - 1;
    let literals = 0;
    for (let part = at + 2; part < end; part += 1) {
      literals += (numbers[part] as number) >= 0 ? 1 : 0;
    }
    const first = numbers[at + 2] as number;
    // As cueOf (lexicon.ts): a pattern starts with a stem.
    if (length < 1 || first < 0) {
      throw new Error(`lexicon table: bad cue at ${at}`);
    }
    const pattern: PatternPart[] = numbers.slice(at + 2, end); // At its size: filled in place.
    for (let part = 0; part < length; part += 1) {
      const code = pattern[part] as number;
      pattern[part] = code >= 0 ? ids[code] as number : code === -1 ? '*' : { gap: -1 - code };
    }
    cues.push(new TableCue(sides[side] as S, weight, fn < 0 ? null : FUNCTION_IDS[fn] ?? null,
      style < 0 ? null : STYLE_IDS[style] ?? null, pattern, literals));
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
