// The built-in lexicons, precompiled. The cue data (whyCues.ts, howCues.ts, tradeCues.ts, the stop
// phrases, the trap phrases of trapCues.ts) is written for people; lemmatising ~2,200 phrases and
// compiling thousands of array literals every time the tagger loads cost more than its whole load
// budget.
// So scripts/generateLexicon.ts compiles them once into lexiconTable.generated.ts:
//
//   - STEMS and STEM_INDEX: every stem the shipped tables mention, sorted (stemTable.ts); a stem's
//     place in STEMS is its id minus one, fixed when the tables are generated;
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
// Loading a table reads each cue's first stem only, to know which stems start cues (CueTable); a
// cue is built from its digits the first time a sentence holds its first stem. No tokenising, no
// string keys, and no cue a first tag does not meet.
// A unit test checks the generated file is exactly what the sources give, so it cannot go stale.
import { CueMatcher, type Cue, type CueMatch, type Lexicon, type PatternPart } from './lexicon';
import type { TaggerLanguage } from './lemmaTable';
import { CUE_TABLE, DE_CUE_TABLE, DE_TRAP_TABLE, TRAP_TABLE } from './lexiconTable.generated';
import { BUILT_IN_STEMS } from './stemTable';
import { stemName, type Token } from './tokens';
import { TRAP_SIGNALS, type TrapSignal } from './trapSignals';
import { FUNCTION_IDS, STYLE_IDS, type FunctionId, type StyleId } from './types';
import { base64Width, DIGIT_VALUE, writeBase64 } from './base64Numbers';

/** The sides a built-in cue can take: `stop` phrases have weight 0 and silence the cue words inside them. */
export type CueSide = 'why' | 'how' | 'stop';
export const CUE_SIDES: readonly CueSide[] = ['why', 'how', 'stop'];

/** Longest pattern a table row can hold (its length is the head's last digit). */
const MAX_PATTERN = 9;

/** A pattern part as text (lexicon.ts `patternStems`) to its code: a stem by its place in `stems` (the sorted STEMS). */
function partCode(part: string, stems: ReadonlyMap<string, number>): number {
  const gap = /^~([1-9])$/.exec(part);
  if (gap) {
    return -1 - Number(gap[1]);
  }
  if (part === '*') {
    return -1;
  }
  const index = stems.get(part);
  if (index === undefined) {
    throw new Error(`lexicon table: the stem "${part}" is not in the stem table`);
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
  cues: readonly { readonly cue: Cue<S>; readonly parts: readonly string[] }[], sides: readonly S[], stems: ReadonlyMap<string, number>,
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

/**
 * A cue of a shipped table. Its phrase as written is not shipped (cues are shown by the words of the
 * sentence): its stems stand in, joined when first asked for (nothing the tagger outputs reads it).
 */
class TableCue<S extends string> implements Cue<S> {
  // Parameter properties: every cue gets the same fields in the same order (one hidden class). A cue
  // is decoded only when the matcher or cues() first asks for it, so the fields' definitions that the
  // ES2022 output runs before the constructor's assignments are paid per cue used, not per table row.
  constructor(
    readonly side: S,
    readonly weight: number,
    readonly fn: FunctionId | null,
    readonly style: StyleId | null,
    readonly pattern: readonly PatternPart[],
    readonly literals: number,
    /** Its table, and its place there: the key of its own feature in the sentence model (sentenceModel.ts). */
    readonly table: CueTable<S>,
    readonly index: number,
  ) {}

  get phrase(): string {
    return this.pattern.map((part) => (typeof part === 'number' ? stemName(part) : part === '*' ? '*' : `~${part.gap}`)).join(' ');
  }
}

/**
 * The cues of a table's text, as a lexicon (see the file comment): made with one pass that reads
 * each cue's length and first stem, so matching knows which stems start cues; a cue is decoded when
 * its first stem is first met (or when `cues` asks for them all). Throws on a malformed table (a
 * build error, never user input): a cue cut short or starting with no stem when the table is read, a
 * kind or weight out of place when the cue is decoded. Loading runs in V8's interpreter, where every
 * temporary is a young object the next scavenge copies and every call counts: the digits are read in
 * place, inline, into typed arrays.
 */
export class CueTable<S extends string> implements Lexicon<S> {
  private readonly kinds: readonly number[];
  private readonly weights: readonly number[];
  private readonly kindWidth: number;
  private readonly weightWidth: number;
  private readonly partWidth: number;
  /** Where each cue's digits start in the table, in table order. */
  private readonly starts: Int32Array;
  /** The number of cues. */
  readonly size: number;
  /** Per first stem id, 1 + the last cue starting with it; per cue, 1 + the previous one with its first stem (0: none). */
  private readonly lastOf = new Int32Array(BUILT_IN_STEMS.size + 1);
  private readonly previousOf: Int32Array;
  private readonly matcher = new CueMatcher<S>((id) => this.cuesStartingWith(id), BUILT_IN_STEMS.size + 1);
  private all: TableCue<S>[] | undefined;

  constructor(private readonly table: string, private readonly sides: readonly S[]) {
    const kindsEnd = table.indexOf(';');
    const weightsEnd = table.indexOf(';', kindsEnd + 1);
    this.kinds = table.slice(0, kindsEnd).split(' ').map(Number);
    this.weights = table.slice(kindsEnd + 1, weightsEnd).split(' ').map(Number);
    const kindWidth = table.charCodeAt(weightsEnd + 1) - 48;
    const weightWidth = table.charCodeAt(weightsEnd + 2) - 48;
    const partWidth = table.charCodeAt(weightsEnd + 3) - 48;
    this.kindWidth = kindWidth;
    this.weightWidth = weightWidth;
    this.partWidth = partWidth;
    const first = weightsEnd + 4;
    const starts = new Int32Array(Math.max(0, Math.ceil((table.length - first) / (kindWidth + weightWidth + 1 + partWidth))));
    const previousOf = new Int32Array(starts.length);
    const { lastOf } = this;
    let count = 0;
    for (let at = first; at < table.length; count += 1) {
      starts[count] = at;
      // A character past the table or no digit reads as NaN or a wrong place: caught here or when the cue is decoded.
      at += kindWidth + weightWidth;
      const length = DIGIT_VALUE[table.charCodeAt(at)] as number;
      at += 1;
      if (!(length >= 1 && length <= MAX_PATTERN) || at + length * partWidth > table.length) {
        throw new Error(`lexicon table: bad cue at ${at}`);
      }
      let code = 0;
      for (const end = at + partWidth; at < end; at++) {
        code = code * 64 + (DIGIT_VALUE[table.charCodeAt(at)] as number);
      }
      // As cueOf (lexicon.ts): a pattern starts with a stem, one of the built-in stems (stemTable.ts).
      if (!(code >= PART_OFFSET && code - PART_OFFSET < BUILT_IN_STEMS.size)) {
        throw new Error(`lexicon table: bad cue at ${at}`);
      }
      at += (length - 1) * partWidth;
      const id = code - PART_OFFSET + 1;
      previousOf[count] = lastOf[id] as number;
      lastOf[id] = count + 1;
      this.matcher.defer(id, 1);
    }
    this.starts = starts;
    this.previousOf = previousOf;
    this.size = count;
  }

  /** The cues whose first stem is `id`, in table order: decoded once, when the matcher first meets the stem. */
  private cuesStartingWith(id: number): TableCue<S>[] {
    const cues: TableCue<S>[] = [];
    for (let place = this.lastOf[id] as number; place !== 0; place = this.previousOf[place - 1] as number) {
      cues.push(this.decode(place - 1));
    }
    return cues.reverse();
  }

  private decode(index: number): TableCue<S> {
    const { table, kindWidth, weightWidth, partWidth } = this;
    let at = this.starts[index] as number;
    let kindAt = 0;
    for (const end = at + kindWidth; at < end; at++) {
      kindAt = kindAt * 64 + (DIGIT_VALUE[table.charCodeAt(at)] as number);
    }
    let weightAt = 0;
    for (const end = at + weightWidth; at < end; at++) {
      weightAt = weightAt * 64 + (DIGIT_VALUE[table.charCodeAt(at)] as number);
    }
    const kind = this.kinds[kindAt];
    const weight = this.weights[weightAt];
    const length = DIGIT_VALUE[table.charCodeAt(at)] as number;
    at += 1;
    if (kind === undefined || weight === undefined) {
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
        pattern[part] = code + 1; // A built-in stem's id (stemTable.ts).
      } else {
        pattern[part] = code === -1 ? '*' : { gap: -1 - code };
      }
    }
    return new TableCue(this.sides[side] as S, weight, fn < 0 ? null : FUNCTION_IDS[fn] ?? null,
      style < 0 ? null : STYLE_IDS[style] ?? null, pattern, literals, this, index);
  }

  /** Every cue, in table order (decoded once more, apart from those the matcher holds). */
  cues(): readonly TableCue<S>[] {
    if (this.all === undefined) {
      const all: TableCue<S>[] = [];
      for (let index = 0; index < this.size; index++) {
        all.push(this.decode(index));
      }
      this.all = all;
    }
    return this.all;
  }

  /** The place of `cue` in this table, or undefined for a cue of no table or of another (classify.ts CuePlaces). */
  get(cue: Cue<S>): number | undefined {
    return cue instanceof TableCue && cue.table === this ? cue.index : undefined;
  }

  match(tokens: readonly Token[]): CueMatch<S>[] {
    return this.matcher.match(tokens);
  }
}

/** Cues from a table's text, in table order (see CueTable). */
export function decodeCueTable<S extends string>(table: string, sides: readonly S[]): readonly Cue<S>[] {
  return new CueTable(table, sides).cues();
}

const cueTables: Partial<Record<TaggerLanguage, CueTable<CueSide>>> = {};

/** The built-in cue lexicon of a language (English: stop phrases, why, how, trade how), read once per process and shared. */
export function builtInCueTable(language: TaggerLanguage = 'en'): CueTable<CueSide> {
  return (cueTables[language] ??= new CueTable(language === 'en' ? CUE_TABLE : DE_CUE_TABLE, CUE_SIDES));
}

/** The built-in cues of a language, in table order. */
export function builtInCues(language: TaggerLanguage = 'en'): readonly Cue<CueSide>[] {
  return builtInCueTable(language).cues();
}

const trapTables: Partial<Record<TaggerLanguage, CueTable<TrapSignal>>> = {};

/** The trap phrases of a language (trapCues.ts) as a lexicon, read once per process and shared. */
export function builtInTrapTable(language: TaggerLanguage = 'en'): CueTable<TrapSignal> {
  return (trapTables[language] ??= new CueTable(language === 'en' ? TRAP_TABLE : DE_TRAP_TABLE, TRAP_SIGNALS));
}

/** The trap phrases of a language, in table order. */
export function builtInTrapCues(language: TaggerLanguage = 'en'): readonly Cue<TrapSignal>[] {
  return builtInTrapTable(language).cues();
}
