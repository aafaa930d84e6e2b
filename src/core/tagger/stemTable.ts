// The built-in stems: every stem a shipped table names (the cue and trap tables, the word classes, the
// sentence models), in one sorted list, so that a built-in stem's id is fixed when the tables are
// generated — its place in the list plus one — and loading the tagger registers nothing. The tables
// name stems by their place (builtInLexicon.ts, modelTable.ts, wordClasses.ts); the tokeniser finds a
// word's stem here, in place, by binary search (tokens.ts `stemId`), once per distinct word.
//
// Format (lexiconTable.generated.ts, written by scripts/generateLexicon.ts): STEMS holds the stems
// separated by single spaces, sorted by UTF-16 code unit (as `<` compares strings), each once; stems
// never hold a space. STEM_INDEX is the number of stems, then the offset in STEMS of every BLOCK-th
// stem (the 0th, the BLOCK-th, …), each in three base-64 digits (base64Numbers.ts): a search reads
// about eight block heads and at most BLOCK stems, and nothing is split or allocated.
import { base64Width, readBase64, writeBase64 } from './base64Numbers';
import { STEM_INDEX, STEMS } from './lexiconTable.generated';

/** Stems per block of the index. */
export const STEM_BLOCK = 16;
/** Base-64 digits of the count and of each offset. */
const WIDTH = 3;

/** A sorted list of stems in the two strings of the format above (the generator's half). */
export function encodeStemTable(stems: readonly string[]): { readonly stems: string; readonly index: string } {
  const sorted = [...new Set(stems)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (sorted.some((stem) => stem === '' || stem.includes(' '))) {
    throw new Error('stem table: a stem is empty or holds a space');
  }
  let index = writeBase64(sorted.length, WIDTH);
  let offset = 0;
  sorted.forEach((stem, at) => {
    if (at % STEM_BLOCK === 0) {
      index += writeBase64(offset, WIDTH);
    }
    offset += stem.length + 1;
  });
  if (base64Width(offset) > WIDTH) {
    throw new Error(`stem table: ${offset} characters do not fit ${WIDTH} base-64 digits of offset`);
  }
  return { stems: sorted.join(' '), index };
}

/** A stem table: the sorted list and its index, searched in place. */
export class StemTable {
  /** How many stems the table holds. */
  readonly size: number;
  /** Where each block starts in the list, read from the index on the first search. */
  private blocks: Int32Array | undefined;

  constructor(private readonly stems: string, private readonly index: string) {
    this.size = stems === '' ? 0 : readBase64(index, 0, WIDTH);
  }

  /** Where block `block` starts in the list. */
  private blockStart(block: number): number {
    let blocks = this.blocks;
    if (blocks === undefined) {
      blocks = new Int32Array(Math.ceil(this.size / STEM_BLOCK));
      for (let at = 0; at < blocks.length; at++) {
        blocks[at] = readBase64(this.index, WIDTH * (at + 1), WIDTH);
      }
      this.blocks = blocks;
    }
    return blocks[block] as number;
  }

  /** Where the stem starting at `start` ends (the next space, or the list's end). */
  private stemEnd(start: number): number {
    const end = this.stems.indexOf(' ', start);
    return end < 0 ? this.stems.length : end;
  }

  /** `stem` against the listed stem at [start, end): negative, 0 or positive, as `<` orders strings. */
  private compare(stem: string, start: number, end: number): number {
    const length = Math.min(stem.length, end - start);
    for (let at = 0; at < length; at++) {
      const difference = stem.charCodeAt(at) - this.stems.charCodeAt(start + at);
      if (difference !== 0) {
        return difference;
      }
    }
    return stem.length - (end - start);
  }

  /** The place of `stem` in the list, or -1. */
  indexOf(stem: string): number {
    if (this.size === 0) {
      return -1;
    }
    // The last block whose first stem is not after `stem`.
    let low = 0;
    let high = Math.ceil(this.size / STEM_BLOCK) - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      const start = this.blockStart(middle);
      if (this.compare(stem, start, this.stemEnd(start)) < 0) {
        high = middle - 1;
      } else {
        low = middle;
      }
    }
    let start = this.blockStart(low);
    const last = Math.min(this.size, (low + 1) * STEM_BLOCK);
    for (let at = low * STEM_BLOCK; at < last; at++) {
      const end = this.stemEnd(start);
      const order = this.compare(stem, start, end);
      if (order === 0) {
        return at;
      }
      if (order < 0) {
        return -1;
      }
      start = end + 1;
    }
    return -1;
  }

  /** The stem at `place` (0 ≤ place < size). */
  stemAt(place: number): string {
    let start = this.blockStart(Math.floor(place / STEM_BLOCK));
    for (let skip = place % STEM_BLOCK; skip > 0; skip--) {
      start = this.stemEnd(start) + 1;
    }
    return this.stems.slice(start, this.stemEnd(start));
  }
}

/** The shipped stems (lexiconTable.generated.ts). */
export const BUILT_IN_STEMS = new StemTable(STEMS, STEM_INDEX);
