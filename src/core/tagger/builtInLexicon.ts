// The built-in lexicons, precompiled. The cue data (whyCues.ts, howCues.ts, tradeCues.ts, the stop
// phrases, the trap phrases of trapCues.ts) is written for people; lemmatising ~2,200 phrases and
// compiling thousands of array literals every time the tagger loads cost more than its whole load
// budget.
// So scripts/generateLexicon.ts compiles them once into lexiconTable.generated.ts:
//
//   - STEMS: every stem the tables mention, space-separated (stems never contain spaces);
//   - CUE_TABLE / DE_CUE_TABLE / TRAP_TABLE / DE_TRAP_TABLE: `kinds;weights;` then three width
//     digits and the cues, packed in base-64 digits (base64Numbers.ts). `kinds` and `weights` list
//     (space-separated, as decimal numbers) the distinct kinds and weights of the table's cues, where a
//     kind is side × 100 + (fn + 1) × 10 + (style + 1) over the index of each in its id list (fn and
//     style -1 for none). The width digits say in how many base-64 digits a kind's place in `kinds`,
//     a weight's place in `weights` and a pattern part are written. Each cue is then its kind, its
//     weight, its pattern's length (one digit, 1–9) and its pattern parts, each a STEMS index + 10,
//     or 9 for `*`, or 9 - N for a gap `~N`. A cue takes three characters and two per part, where
//     a flat JSON array of numbers took about four per number: the tagger's bundle is budgeted.
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
import { base64Width, DIGIT_VALUE, writeBase64 } from './base64Numbers';

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

/** What a pattern part's code (a STEMS index, or -1 - N for `*` and gaps) is written as: never negative. */
const PART_OFFSET = 10;

/** The place of `value` in `list`, appending it when new. */
function placeOf<T>(list: T[], value: T): number {
  const at = list.indexOf(value);
  return at >= 0 ? at : list.push(value) - 1;
}

/** A table for compiled cues with their pattern parts, in order (the generator's half). */
export function encodeCueTable<S extends string>(
  cues: readonly { readonly cue: Cue<S>; readonly parts: readonly string[] }[], sides: readonly S[], stems: Map<string, number>,
): string {
  const kinds: number[] = [];
  const weights: number[] = [];
  const rows: { kind: number; weight: number; parts: number[] }[] = [];
  for (const { cue, parts } of cues) {
    if (parts.length < 1 || parts.length > MAX_PATTERN) {
      throw new Error(`lexicon table: "${cue.phrase}" has ${parts.length} pattern parts (1 to ${MAX_PATTERN} fit)`);
    }
    const kind = sides.indexOf(cue.side) * 100 + (cue.fn === null ? 0 : FUNCTION_IDS.indexOf(cue.fn) + 1) * 10
      + (cue.style === null ? 0 : STYLE_IDS.indexOf(cue.style) + 1);
    rows.push({ kind: placeOf(kinds, kind), weight: placeOf(weights, cue.weight), parts: parts.map((part) => partCode(part, stems) + PART_OFFSET) });
  }
  const kindWidth = base64Width(kinds.length - 1);
  const weightWidth = base64Width(weights.length - 1);
  const partWidth = base64Width(Math.max(0, ...rows.flatMap((row) => row.parts)));
  let body = `${kinds.join(' ')};${weights.join(' ')};${kindWidth}${weightWidth}${partWidth}`;
  for (const row of rows) {
    body += writeBase64(row.kind, kindWidth) + writeBase64(row.weight, weightWidth) + writeBase64(row.parts.length, 1)
      + row.parts.map((part) => writeBase64(part, partWidth)).join('');
  }
  return body;
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
 * scavenge copies and every call counts: the digits are read in place, inline, patterns are made at
 * their size, literals are counted here.
 */
export function decodeCueTable<S extends string>(table: string, sides: readonly S[]): Cue<S>[] {
  const ids = registeredStems();
  const kindsEnd = table.indexOf(';');
  const weightsEnd = table.indexOf(';', kindsEnd + 1);
  const kinds = table.slice(0, kindsEnd).split(' ').map(Number);
  const weights = table.slice(kindsEnd + 1, weightsEnd).split(' ').map(Number);
  const kindWidth = table.charCodeAt(weightsEnd + 1) - 48;
  const weightWidth = table.charCodeAt(weightsEnd + 2) - 48;
  const partWidth = table.charCodeAt(weightsEnd + 3) - 48;
  const cues: Cue<S>[] = [];
  for (let at = weightsEnd + 4; at < table.length;) {
    // A character past the table or no digit reads as NaN or a wrong place: caught below or by the next cue.
    let kindAt = 0;
    for (const end = at + kindWidth; at < end; at++) {
      kindAt = kindAt * 64 + (DIGIT_VALUE[table.charCodeAt(at)] as number);
    }
    let weightAt = 0;
    for (const end = at + weightWidth; at < end; at++) {
      weightAt = weightAt * 64 + (DIGIT_VALUE[table.charCodeAt(at)] as number);
    }
    const kind = kinds[kindAt];
    const weight = weights[weightAt];
    const length = DIGIT_VALUE[table.charCodeAt(at)] as number;
    at += 1;
    if (kind === undefined || weight === undefined || !(length >= 1 && length <= MAX_PATTERN) || at + length * partWidth > table.length) {
      throw new Error(`lexicon table: bad cue at ${at}`);
    }
    const side = Math.floor(kind / 100);
    const fn = Math.floor(kind / 10) % 10 - 1;
    const style = kind % 10 - 1;
    let literals = 0;
    const pattern = new Array<PatternPart>(length); // At its size: filled in place.
    for (let part = 0; part < length; part += 1) {
      let code = 0;
      for (const end = at + partWidth; at < end; at++) {
        code = code * 64 + (DIGIT_VALUE[table.charCodeAt(at)] as number);
      }
      code -= PART_OFFSET;
      if (code >= 0) {
        literals += 1;
        pattern[part] = ids[code] as number;
      } else {
        pattern[part] = code === -1 ? '*' : { gap: -1 - code };
      }
    }
    // As cueOf (lexicon.ts): a pattern starts with a stem.
    if (typeof pattern[0] !== 'number') {
      throw new Error(`lexicon table: bad cue at ${at}`);
    }
    cues.push(new TableCue(sides[side] as S, weight, fn < 0 ? null : FUNCTION_IDS[fn] ?? null,
      style < 0 ? null : STYLE_IDS[style] ?? null, pattern, literals));
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
