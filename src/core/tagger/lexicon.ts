// A compiled lexicon of cues (words and phrases) and the matcher over a tokenised sentence.
// Phrases are stemmed once at compile time with the sentence tokeniser, so "signed off" in the data
// matches "sign off", "signing off" and "signs off" in text. Matching looks each token's stem id up
// in a typed array of the cues that start with it (`CueMatcher`; phrases also by their first two
// stems), then checks the phrase's remaining tokens: no per-cue scan of the text.
//
// Phrase syntax: words separated by spaces; `*` matches exactly one token; `~N` (N = 1..9) matches
// zero to N tokens, so "asked ~3 what" matches "asked what", "asked Ravi what", "asked the team what".
// A phrase cannot start with a wildcard. Where matches overlap, the one with more literal tokens
// wins (a phrase beats the words inside it), so a weight-0 "stop" phrase such as "in order to"
// silences a cue word ("order") it contains.
import type { TaggerLanguage } from './lemmaTable';
import { MAX_STEM_ID, stemId, tokenize, type Token } from './tokens';
import type { FunctionId, StyleId } from './types';

/** One cue in the source data: phrase, weight, and optionally the Kotter function and style it signals. */
export type CueSpec = readonly [phrase: string, weight: number, fn?: FunctionId | null, style?: StyleId | null];

/** A stem id, `*` for any one token, or a gap of up to `gap` tokens. */
export type PatternPart = number | '*' | { readonly gap: number };

export interface Cue<S extends string = string> {
  /** The phrase as written in the data (or by the user). */
  readonly phrase: string;
  readonly side: S;
  readonly weight: number;
  readonly fn: FunctionId | null;
  readonly style: StyleId | null;
  /** Pattern: stem ids (tokens.ts), `*` for one token, or a gap of up to `n` tokens as `{ gap: n }`. */
  readonly pattern: readonly PatternPart[];
  /** Literal (non-wildcard) token count: the priority when matches overlap. */
  readonly literals: number;
}

export interface CueMatch<S extends string = string> {
  readonly cue: Cue<S>;
  /** Token index of the first matched token. */
  readonly start: number;
  /** Token index of the last matched token. */
  readonly end: number;
  /** Token indices of the literal tokens matched (gaps excluded). */
  readonly positions: readonly number[];
}

export interface Lexicon<S extends string = string> {
  readonly size: number;
  /** All non-overlapping matches in `tokens`, in order of their first token. */
  match(tokens: readonly Token[]): CueMatch<S>[];
}

const GAP = /^~([1-9])$/;

/**
 * A phrase's pattern as text parts: stems (as the sentence tokeniser makes them), `*`, or `~N`.
 * This is what the precompiled table (builtInLexicon.ts) stores, so loading skips the tokeniser.
 */
export function patternStems(phrase: string, language: TaggerLanguage = 'en'): string[] {
  const parts: string[] = [];
  for (const part of phrase.trim().split(/\s+/)) {
    if (GAP.test(part) || part === '*' || part.startsWith('#')) {
      parts.push(part);
    } else {
      for (const token of tokenize(part, language)) {
        parts.push(token.stem);
      }
    }
  }
  return parts;
}

/** Text parts (see {@link patternStems}) to a pattern of stem ids. */
export function patternOf(parts: readonly string[]): PatternPart[] {
  return parts.map((part) => {
    const gap = GAP.exec(part);
    return gap ? { gap: Number(gap[1]) } : part === '*' ? '*' : stemId(part);
  });
}

/** A cue from its pattern; undefined when the pattern is empty or starts with a wildcard (such cues are dropped). */
export function cueOf<S extends string>(
  side: S, phrase: string, weight: number, fn: FunctionId | null, style: StyleId | null, pattern: readonly PatternPart[],
): Cue<S> | undefined {
  if (typeof pattern[0] !== 'number') {
    return undefined;
  }
  const literals = pattern.filter((part) => typeof part === 'number').length;
  return { phrase, side, weight, fn, style, pattern, literals };
}

/** Compile cue specs for one side. Empty or wildcard-first phrases are dropped. */
export function compileCues<S extends string>(side: S, specs: readonly CueSpec[], language: TaggerLanguage = 'en'): Cue<S>[] {
  const cues: Cue<S>[] = [];
  for (const [phrase, weight, fn, style] of specs) {
    const cue = cueOf(side, phrase, weight, fn ?? null, style ?? null, patternOf(patternStems(phrase, language)));
    if (cue !== undefined) {
      cues.push(cue);
    }
  }
  return cues;
}

function patternKey(cue: Cue): string {
  return cue.pattern.map((part) => (typeof part === 'object' ? `~${part.gap}` : String(part))).join(' ');
}

/** Literal positions of the match being tried, shared by all searches (phrases have few literals). */
const scratch = new Int32Array(64);
let scratchCount = 0;

/**
 * Match `pattern` from part `part` at token `at`, recording literal positions in `scratch`; the
 * index just past the match, or -1. Gaps are tried shortest first, and a failed branch rewinds
 * `scratchCount`, so matching allocates nothing until it succeeds.
 */
function matchFrom(tokens: readonly Token[], pattern: readonly PatternPart[], part: number, at: number): number {
  for (let p = part, i = at; ; p += 1) {
    if (p === pattern.length) {
      return i;
    }
    const expected = pattern[p] as PatternPart;
    if (typeof expected === 'object') {
      const mark = scratchCount;
      for (let skip = 0; skip <= expected.gap && i + skip <= tokens.length; skip += 1) {
        const end = matchFrom(tokens, pattern, p + 1, i + skip);
        if (end >= 0) {
          return end;
        }
        scratchCount = mark;
      }
      return -1;
    }
    const token = tokens[i];
    if (token === undefined) {
      return -1;
    }
    if (expected !== '*') {
      if (token.id !== expected || scratchCount >= scratch.length) {
        return -1;
      }
      scratch[scratchCount] = i;
      scratchCount += 1;
    }
    i += 1;
  }
}

/** The literal positions in `scratch`, as a new array. */
function scratchPositions(): number[] {
  const positions: number[] = [];
  for (let at = 0; at < scratchCount; at += 1) {
    positions.push(scratch[at] as number);
  }
  return positions;
}

/** The cues left when a later cue with the same pattern replaces an earlier one (at the later position). */
export function distinctCues<S extends string>(cues: readonly Cue<S>[]): Cue<S>[] {
  const byKey = new Map<string, Cue<S>>();
  for (const cue of cues) {
    byKey.delete(patternKey(cue)); // Re-inserted last, so the replacement keeps the later position.
    byKey.set(patternKey(cue), cue);
  }
  return [...byKey.values()];
}

/**
 * Build a lexicon from compiled cues. A later cue with the same pattern replaces an earlier one,
 * whatever its side: that is how user terms (`overrides`, after `cues`) override the built-in
 * lexicon. `distinct` promises that `cues` has no two cues with one pattern (the precompiled
 * tables), so only the overrides need de-duplicating: loading the tagger skips thousands of keys.
 */
export function createLexicon<S extends string>(
  cues: readonly Cue<S>[], overrides: readonly Cue<S>[] = [], distinct = false,
): Lexicon<S> {
  let all: readonly Cue<S>[];
  if (!distinct) {
    all = distinctCues([...cues, ...overrides]);
  } else if (overrides.length === 0) {
    all = cues;
  } else {
    const replaced = new Set(overrides.map(patternKey));
    all = distinctCues([...cues.filter((cue) => !replaced.has(patternKey(cue))), ...overrides]);
  }
  const matcher = new CueMatcher<S>();
  for (let at = 0; at < all.length; at += 1) { // Indexed: a for…of allocates per step in the interpreter, where this runs once.
    matcher.add(all[at] as Cue<S>);
  }
  return matcher;
}

/**
 * Cues indexed by their first stem id, and the matcher over them. `add` indexes a cue at once; a
 * lexicon over a shipped table (builtInLexicon.ts) instead marks the stems its cues start with
 * (`defer`) and hands over a stem's cues, in table order, the first time a sentence holds it
 * (`pending`), so loading builds no cue a first tag does not meet. Either way a stem's cues are
 * indexed in the order given and matched in the same order.
 */
export class CueMatcher<S extends string> implements Lexicon<S> {
  size = 0;
  // The cues by their first stem id: `firstIndex[id]` is 1 + the place of its entry in `entries`,
  // 0, or -1 for cues not indexed yet. A typed array, so matching does no hashing (an array written
  // at scattered ids is a dictionary) and loading allocates no large array on the heap.
  private readonly firstIndex: Int32Array;
  private readonly entries: FirstToken<S>[] = [];
  // Phrases by their first two stem ids (pairKey), and the stem ids that are the second part of
  // some phrase: a next token that is none needs no lookup at all.
  private readonly byPair = new PairTable<S>();
  private readonly seconds: Uint8Array;

  /**
   * `pending(id)`: the cues starting with stem `id`, for stems marked by `defer`. `ids`: every stem
   * id of the cues is below it (a shipped table's cues name built-in stems only); a token's may not be.
   */
  constructor(private readonly pending?: (id: number) => readonly Cue<S>[], ids = MAX_STEM_ID) {
    this.firstIndex = new Int32Array(ids);
    this.seconds = new Uint8Array(ids);
  }

  /** Marks `id` as the first stem of `count` cues that `pending` gives when a sentence first holds it. */
  defer(id: number, count: number): void {
    if (this.firstIndex[id] === 0) {
      this.firstIndex[id] = -1;
    }
    this.size += count;
  }

  /** Indexes one cue (its first stem must not be deferred). */
  add(cue: Cue<S>): void {
    const { entries, firstIndex } = this;
    const first = cue.pattern[0] as number;
    let entry = entries[(firstIndex[first] as number) - 1];
    if (entry === undefined) {
      entry = { single: undefined, rest: [] };
      entries.push(entry);
      firstIndex[first] = entries.length;
    }
    const second = cue.pattern[1];
    if (second === undefined) {
      entry.single = cue;
    } else if (typeof second === 'number') {
      if (second !== 0) {
        this.seconds[second] = 1; // Never 0: a next token with no stem id never looked a phrase up.
      }
      this.byPair.add(pairKey(first, second), cue);
    } else {
      entry.rest.push(cue);
    }
    this.size += 1;
  }

  /** Indexes the deferred cues of stem `id`; its place in `entries`. */
  private expand(id: number): number {
    this.firstIndex[id] = 0;
    const cues = (this.pending as (id: number) => readonly Cue<S>[])(id);
    for (let at = 0; at < cues.length; at += 1) {
      this.add(cues[at] as Cue<S>);
      this.size -= 1; // Counted when deferred.
    }
    return this.firstIndex[id] as number;
  }

  match(tokens: readonly Token[]): CueMatch<S>[] {
    // No closures in here: under tsx (esbuild keepNames) each one created costs a defineProperty.
    const { firstIndex, entries, byPair, seconds } = this;
    const found: CueMatch<S>[] = [];
    let overlap = false;
    let covered = -1; // Highest literal position matched so far.
    for (let at = 0; at < tokens.length; at += 1) {
      const id = (tokens[at] as Token).id;
      let place = id < firstIndex.length ? firstIndex[id] as number : 0;
      if (place === 0) {
        continue;
      }
      if (place < 0) {
        place = this.expand(id);
      }
      const entry = entries[place - 1] as FirstToken<S>;
      const next = tokens[at + 1];
      const phrases = next === undefined || next.id >= seconds.length || seconds[next.id] === 0 ? undefined : byPair.get(pairKey(id, next.id));
      for (let list = 0; list < 2; list += 1) {
        const cues = list === 0 ? phrases : entry.rest;
        for (let index = 0; cues !== undefined && index < cues.length; index += 1) {
          const cue = cues[index] as Cue<S>;
          scratchCount = 0;
          const end = matchFrom(tokens, cue.pattern, 0, at);
          if (end >= 0) {
            overlap ||= at <= covered;
            covered = Math.max(covered, scratch[scratchCount - 1] as number);
            found.push({ cue, start: at, end: end - 1, positions: scratchPositions() });
          }
        }
      }
      if (entry.single !== undefined) {
        overlap ||= at <= covered;
        covered = Math.max(covered, at);
        found.push({ cue: entry.single, start: at, end: at, positions: singlePosition(at) });
      }
    }
    return overlap ? resolveOverlaps(found) : found;
  }
}

/** The cues whose pattern starts with one stem: the one-word cue, and phrases whose second part is a wildcard. */
interface FirstToken<S extends string> {
  single: Cue<S> | undefined;
  readonly rest: Cue<S>[];
}

/** One number for the first two stem ids of a phrase (ids stay below MAX_STEM_ID = 2^15). */
function pairKey(first: number, second: number): number {
  return first * MAX_STEM_ID + second;
}

/**
 * The phrases by pair key, read for most tokens of every sentence: an open-addressing table of the
 * keys in a typed array (Fibonacci hashing, linear probing, at most half full), so a lookup is a
 * multiplication and a few array reads instead of a Map's hashing. Filled as cues are indexed (at
 * once, or a stem's cues when a sentence first holds it: CueMatcher), doubling to stay half empty;
 * a key's list keeps its cues in the order added.
 */
class PairTable<S extends string> {
  /** 1 + the pair key in each slot, or 0 for an empty slot (pair keys stay below 2^30). */
  private keys = new Int32Array(16);
  /** The list of each slot's key. */
  private lists = new Array<Cue<S>[]>(16);
  private shift = 32 - 4;
  private mask = 15;
  private count = 0;

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** Appends `cue` to the list of `key`. */
  add(key: number, cue: Cue<S>): void {
    let slot = this.slotOf(key);
    for (let held = this.keys[slot] as number; held !== 0; held = this.keys[slot] as number) {
      if (held === key + 1) {
        (this.lists[slot] as Cue<S>[]).push(cue);
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = key + 1;
    this.lists[slot] = [cue];
    this.count += 1;
    if (2 * this.count > this.keys.length) {
      this.grow();
    }
  }

  /** Twice the slots, every key placed again (its list unchanged). */
  private grow(): void {
    const { keys, lists } = this;
    this.keys = new Int32Array(2 * keys.length);
    this.lists = new Array<Cue<S>[]>(2 * keys.length);
    this.shift -= 1;
    this.mask = 2 * this.mask + 1;
    for (let old = 0; old < keys.length; old += 1) {
      const held = keys[old] as number;
      if (held !== 0) {
        let slot = this.slotOf(held - 1);
        while (this.keys[slot] !== 0) {
          slot = (slot + 1) & this.mask;
        }
        this.keys[slot] = held;
        this.lists[slot] = lists[old] as Cue<S>[];
      }
    }
  }

  get(key: number): Cue<S>[] | undefined {
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & this.mask) {
      const held = this.keys[slot] as number;
      if (held === key + 1) {
        return this.lists[slot];
      }
      if (held === 0) {
        return undefined;
      }
    }
  }
}

const SINGLE_POSITIONS: (readonly number[])[] = [];

/** `[at]`, shared (positions are read-only), so a one-word match allocates no array. */
function singlePosition(at: number): readonly number[] {
  let positions = SINGLE_POSITIONS[at];
  if (positions === undefined) {
    positions = Object.freeze([at]);
    SINGLE_POSITIONS[at] = positions;
  }
  return positions;
}

/** Keep the longest of overlapping matches (then the earlier, then the heavier). Deterministic. */
function resolveOverlaps<S extends string>(found: readonly CueMatch<S>[]): CueMatch<S>[] {
  // Ranked by insertion, which is stable as Array.prototype.sort is: the lists are a few matches long,
  // and a sort with a comparator closure cost more than the rest of resolving.
  const ranked: CueMatch<S>[] = [];
  for (let index = 0; index < found.length; index += 1) {
    const match = found[index] as CueMatch<S>;
    let at = ranked.length;
    while (at > 0 && outranks(match, ranked[at - 1] as CueMatch<S>)) {
      at -= 1;
    }
    ranked.splice(at, 0, match);
  }
  const taken: boolean[] = [];
  const kept: CueMatch<S>[] = [];
  for (let index = 0; index < ranked.length; index += 1) {
    const candidate = ranked[index] as CueMatch<S>;
    const { positions } = candidate;
    let free = true;
    for (let at = 0; at < positions.length && free; at += 1) {
      free = taken[positions[at] as number] !== true;
    }
    if (!free) {
      continue;
    }
    for (let at = 0; at < positions.length; at += 1) {
      taken[positions[at] as number] = true;
    }
    // Kept in order of start, as a stable sort by start would leave them.
    let at = kept.length;
    while (at > 0 && (kept[at - 1] as CueMatch<S>).start > candidate.start) {
      at -= 1;
    }
    kept.splice(at, 0, candidate);
  }
  return kept;
}

/** Whether `a` ranks strictly before `b`: more literal tokens, then an earlier start, then a heavier cue. */
function outranks<S extends string>(a: CueMatch<S>, b: CueMatch<S>): boolean {
  return (b.cue.literals - a.cue.literals || a.start - b.start || b.cue.weight - a.cue.weight) < 0;
}
