// Tokenising for the classifier: one pass over a sentence, lower-cased, contractions expanded
// (English), words reduced to their lemma family (lemmaTable.ts: "delegated", "delegation" →
// "delegate"), numbers and money folded into marker tokens. English and German have a table each
// and a word cache each, since the same letters can be two words ("die", "war").
import { dialectWord, scotsNegative } from './dialectWords';
import type { LemmaEntry, LemmaTable, TaggerLanguage } from './lemmaTable';
import { lemmaTable, setLemmaTable } from './lemmaTables';
import { BUILT_IN_STEMS } from './stemTable';
import { readVerbPositions } from './verbPositions';
import { isShapeWord } from './shapeWords';
import { EVIDENCE, QUIET, SHAPE_WORD, VERB_READING, wordFlags } from './wordFlags';

/** Marker tokens for things that are not words. They never collide with a stem (letters only). */
export const NUM = '#num';
export const MONEY = '#money';
export const PERCENT = '#pct';
export const CLOCK = '#clock';

export interface Token {
  /** The stem used for matching (or a marker such as {@link NUM}). */
  readonly stem: string;
  /** The stem's id in the registry below, or 0 when no lexicon, model or word class knows the stem. */
  readonly id: number;
  /** Bit flags of the word (wordFlags.ts): function word of English or another language, negation, … */
  readonly flags: number;
  /** The word as written, lower-cased, for cues and for rules that need the exact form. */
  readonly word: string;
  /** Index of the clause the token is in; a clause ends at , ; : ( ) — – or a dash between spaces. */
  readonly clause: number;
}

/**
 * A word's stem: its lemma family from the language's table (lemmaTable.ts), or the word itself when
 * the table does not know it. Lexicons, word classes and the model are compiled with this same
 * function, so a cue written "plan" matches "planned", "planning" and "plans".
 */
export function stemWord(word: string, language: TaggerLanguage = 'en'): string {
  const { read, entry } = readWord(word, language);
  return entry?.family ?? read;
}

/**
 * How a lower-case word is read: a dialect form as its standard word (dialectWords.ts), then its
 * lemma entry — or, for an English "-in'" the table does not know, the entry of its "-ing" form
 * ("plannin'" → planning). The one reading behind `stemWord` and the tokeniser's cache.
 */
function readWord(word: string, language: TaggerLanguage): { read: string; entry: LemmaEntry | undefined } {
  const read = dialectWord(word, language) ?? word;
  const table = lemmaTable(language);
  const entry = table.lookup(read)
    ?? (language === 'en' && read.length >= 5 && read.endsWith('in') ? table.lookup(`${read}g`) : undefined);
  return { read, entry };
}

/** Pronouns whose "'s" is "is" ("it's", "she's"); elsewhere "'s" is a possessive and is dropped. */
const IS_BEFORE_S = new Set(['it', 'that', 'he', 'she', 'there', 'what', 'who', 'here', 'where', 'how', 'everyone', 'nobody', 'this']);
/** Words ending in "n" before "'t" whose base is not simply the word minus "n" ("can't", "won't"). */
const NOT_BASE: ReadonlyMap<string, string> = new Map([['can', 'can'], ['won', 'will'], ['shan', 'shall'], ['ain', 'is']]);
const SUFFIX_WORD: ReadonlyMap<string, string> = new Map([['ll', 'will'], ['re', 'are'], ['ve', 'have'], ['m', 'am'], ['d', 'would']]);

/**
 * Stem ids: a stem of the shipped tables has a fixed id, its place in the built-in list plus one
 * (stemTable.ts); any other stem registered at compile time (a user's term, the trainer's corpus
 * words) gets the next id after those; every other stem is 0. Tokens carry the id, so the matchers
 * index arrays instead of hashing strings. Registering a new stem marks cached words with no id as
 * possibly stale (see `fresh`).
 */
const EXTRA_IDS = new Map<string, number>();
/** The registered stems by id minus the built-in count (the built-in ones are read from their table). */
const EXTRA_NAMES: string[] = [];

/** The id of `stem` if a shipped table names it or it was registered, else 0. Registers nothing. */
function knownStemId(stem: string): number {
  const place = BUILT_IN_STEMS.indexOf(stem);
  return place >= 0 ? place + 1 : EXTRA_IDS.get(stem) ?? 0;
}

/** The stem of id `id`, or undefined for 0 and ids never given. */
export function stemName(id: number): string | undefined {
  const builtIn = BUILT_IN_STEMS.size;
  return id >= 1 && id <= builtIn ? BUILT_IN_STEMS.stemAt(id - 1) : EXTRA_NAMES[id - builtIn - 1];
}

/** The stems by id (index 0 is unused): for the trainer, to name a model's features. */
export function stemNames(): string[] {
  const names = [''];
  for (let id = 1; id <= BUILT_IN_STEMS.size + EXTRA_NAMES.length; id++) {
    names.push(stemName(id) as string);
  }
  return names;
}

/** The id of `stem`, registering it if new. For compile time (user terms, the trainer). */
export function stemId(stem: string): number {
  let id = knownStemId(stem);
  if (id === 0) {
    id = BUILT_IN_STEMS.size + EXTRA_NAMES.length + 1;
    if (id >= MAX_STEM_ID) {
      return 0; // Pair keys (model.ts) need ids below 2^15; a stem past that (thousands of user terms) matches nothing.
    }
    EXTRA_IDS.set(stem, id);
    EXTRA_NAMES.push(stem);
    // Cached words whose stem had no id are refreshed lazily (see `fresh`). Clearing the caches here
    // instead, once per registered stem, made loading the tagger take hundreds of milliseconds.
    stemEpoch += 1;
  }
  return id;
}

interface WordInfo {
  /** The word itself, interned: the same string object for every occurrence (cheap to hash again). */
  readonly word: string;
  readonly stem: string;
  /** Ids only ever go from 0 (unknown) to a registered id, never change after that. */
  id: number;
  /** The stem epoch `id` was looked up in. */
  epoch: number;
  readonly flags: number;
  /** A Scots "-nae" negative's auxiliary ("cannae" → "can"): the tokeniser reads it as two words, the auxiliary and "not". */
  readonly negativeOf: string | undefined;
  /** This word's tokens by clause (see {@link tokenOf}), made as sentences need them. */
  tokens: (Token | undefined)[] | undefined;
}

/**
 * Clauses below this share their tokens (see {@link tokenOf}); a token of a later clause is made for
 * its sentence alone. Almost every sentence has fewer clauses.
 */
const SHARED_CLAUSES = 8;

/**
 * The token of a cached word in clause `clause`. Tokens are read only and carry nothing but the
 * word's reading and the clause, so every occurrence of a word in the same clause number shares one
 * token object (made on first use, and again when the word's id has since become known): a sentence
 * of 20 words allocated 20 tokens, the largest part of what tagging allocated. The token is the
 * same, field for field and in the same order, as one made for the occurrence alone.
 */
function tokenOf(info: WordInfo, clause: number): Token {
  if (clause >= SHARED_CLAUSES) {
    return { stem: info.stem, id: info.id, word: info.word, clause, flags: info.flags };
  }
  let kept = info.tokens;
  if (kept === undefined) {
    kept = new Array<Token | undefined>(SHARED_CLAUSES);
    info.tokens = kept;
  }
  let token = kept[clause];
  if (token === undefined || token.id !== info.id) {
    token = { stem: info.stem, id: info.id, word: info.word, clause, flags: info.flags };
    kept[clause] = token;
  }
  return token;
}

/** A cached word with its id brought up to date (only unknown stems can have become known, by registration). */
function fresh(info: WordInfo): WordInfo {
  if (info.id === 0 && info.epoch !== stemEpoch) {
    info.id = EXTRA_IDS.get(info.stem) ?? 0;
    info.epoch = stemEpoch;
  }
  return info;
}

/** Stem ids stay below this (pair keys in sentenceModel.ts need them below 2^15). */
export const MAX_STEM_ID = 32768;
const WORD_CACHE_LIMIT = 50_000;
/** Bumped whenever a stem is registered: a cached id of 0 from an older epoch may be stale. */
let stemEpoch = 0;

/**
 * One language's word cache, with a front cache looked up by the characters of the text itself
 * (FNV-1a hash computed while scanning, linear probing, compared in place), so a known word costs
 * no slice. The front cache starts small and grows to SPAN_LIMIT slots as words arrive (a large
 * table made up front was a measurable part of loading the tagger, and 4,096 slots were 32 KB of
 * the first tag's young objects); once that is half full it starts again. It only ever holds what
 * `word` returns, so its size changes speed, never a result.
 */
const SPAN_START = 1 << 8;
const SPAN_LIMIT = 1 << 16;

class WordCache {
  private readonly words = new Map<string, WordInfo>();
  private spans: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(SPAN_START);
  private spanMask = SPAN_START - 1;
  private spanCount = 0;

  constructor(readonly language: TaggerLanguage) {}

  /** Stem and flags of a word, memoised (bounded): a journal reuses a small vocabulary. */
  word(word: string): WordInfo {
    let info = this.words.get(word);
    if (info === undefined) {
      if (this.words.size >= WORD_CACHE_LIMIT) {
        this.words.clear();
      }
      // A dialect form is read as its standard word (readWord), keeping the word as written.
      const { read, entry } = readWord(word, this.language);
      const stem = entry?.family ?? read;
      const flags = wordFlags(read, this.language) | (entry?.evidence ? (entry.quiet === true ? EVIDENCE | QUIET : EVIDENCE) : entry?.verbReading ? VERB_READING : 0)
        | (isShapeWord(word) ? SHAPE_WORD : 0); // As written: the shapes read `Token.word`.

      const negativeOf = this.language === 'en' ? scotsNegative(word) : undefined;
      info = { word, stem, id: knownStemId(stem), epoch: stemEpoch, flags, negativeOf, tokens: undefined };
      this.words.set(word, info);
      return info;
    }
    return fresh(info);
  }

  /** The info of the word `text[start, end)`, whose FNV-1a hash is `hash`. */
  span(text: string, start: number, end: number, hash: number): WordInfo {
    let slot = hash & this.spanMask;
    for (let info = this.spans[slot]; info !== undefined; info = this.spans[slot]) {
      if (sameSpan(info.word, text, start, end)) {
        return fresh(info);
      }
      slot = (slot + 1) & this.spanMask;
    }
    const info = this.word(text.slice(start, end));
    if (this.spanCount >= this.spans.length / 2) {
      // Full enough: four times larger up to the limit, keeping what it holds; at the limit, start again.
      const grow = this.spans.length < SPAN_LIMIT;
      const old = this.spans;
      this.spans = new Array<WordInfo | undefined>(grow ? old.length * 4 : old.length);
      this.spanMask = this.spans.length - 1;
      this.spanCount = 0;
      if (grow) {
        for (const kept of old) {
          if (kept !== undefined) {
            this.remember(kept, spanHash(kept.word));
          }
        }
      }
    }
    this.remember(info, hash);
    return info;
  }

  private remember(info: WordInfo, hash: number): void {
    let slot = hash & this.spanMask;
    while (this.spans[slot] !== undefined) {
      slot = (slot + 1) & this.spanMask;
    }
    this.spans[slot] = info;
    this.spanCount += 1;
  }
}

/** The FNV-1a hash `tokenize` computes while scanning a word. */
function spanHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < word.length; at += 1) {
    hash = Math.imul(hash ^ word.charCodeAt(at), 0x01000193);
  }
  return hash >>> 0;
}

/** Each language's cache, made on first use (a German one only when German is read). */
let caches: Partial<Record<TaggerLanguage, WordCache>> = {};

function cacheFor(language: TaggerLanguage): WordCache {
  let cache = caches[language];
  if (cache === undefined) {
    cache = new WordCache(language);
    caches[language] = cache;
  }
  return cache;
}

/** Puts `table` in place of its language's built-in table and forgets every cached word (for the trainer). */
export function useLemmaTable(table: LemmaTable): void {
  setLemmaTable(table);
  caches = {};
}

function sameSpan(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) {
    return false;
  }
  for (let at = 0; at < word.length; at += 1) {
    if (word.charCodeAt(at) !== text.charCodeAt(start + at)) {
      return false;
    }
  }
  return true;
}

const NUM_ID = stemId(NUM);
const CLOCK_ID = stemId(CLOCK);
const MONEY_ID = stemId(MONEY);
const PERCENT_ID = stemId(PERCENT);

/** a–z, and the lower-case Latin-1 letters (ä ö ü ß é …) that German and loanwords use. */
function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Clause breaks: , ; : ( ) – — (and " - ", handled in the scan). */
function isClauseBreak(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 40 || code === 41 || code === 0x2013 || code === 0x2014;
}

/** Length of "am"/"a.m."/"pm"/"p.m." (with an optional final period) at `at`, or 0. */
function amPmLength(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first !== 97 && first !== 112) {
    return 0;
  }
  let i = at + 1;
  if (text.charCodeAt(i) === 46) {
    i += 1;
  }
  if (text.charCodeAt(i) !== 109 || isLetter(text.charCodeAt(i + 1))) {
    return 0;
  }
  i += 1;
  return text.charCodeAt(i) === 46 ? i + 1 - at : i - at;
}

/**
 * Split a sentence into tokens: one hand-written scan of the lower-cased text. Words are runs of
 * a–z; contractions are expanded as they are read ("didn't" → did not, "she's" → she is, "Ana's" →
 * ana); numbers keep their decimals, thousands and a clock's colon; "5 a.m." and "2pm" become one
 * clock token; £ $ € ¥ and % become markers; , ; : ( ) – — and " - " end a clause. Anything else
 * (other punctuation, emoji, other scripts) is skipped.
 */
export function tokenize(text: string, language: TaggerLanguage = 'en'): Token[] {
  const cache = cacheFor(language);
  const lower = text.toLowerCase();
  const tokens: Token[] = [];
  const length = lower.length;
  let clause = 0;
  let i = 0;
  while (i < length) {
    const code = lower.charCodeAt(i);
    if (isLetter(code)) {
      const start = i;
      let hash = 0x811c9dc5;
      while (i < length) {
        const letter = lower.charCodeAt(i);
        if (!isLetter(letter)) {
          break;
        }
        hash = Math.imul(hash ^ letter, 0x01000193);
        i += 1;
      }
      if (!(isApostrophe(lower.charCodeAt(i)) && isLetter(lower.charCodeAt(i + 1)))) {
        const info = cache.span(lower, start, i, hash >>> 0);
        if (info.negativeOf === undefined) {
          tokens.push(tokenOf(info, clause));
        } else {
          tokens.push(wordToken(cache, info.negativeOf, clause), wordToken(cache, 'not', clause)); // "cannae" → can not
        }
        continue;
      }
      if (language !== 'en') {
        tokens.push(tokenOf(cache.word(lower.slice(start, i)), clause)); // "geht's": the apostrophe ends the word.
        continue;
      }
      // A contraction or an inner apostrophe: rarer, handled with slices.
      const word = lower.slice(start, i);
      const suffixStart = i + 1;
      let end = suffixStart;
      while (end < length && isLetter(lower.charCodeAt(end))) {
        end += 1;
      }
      const suffix = lower.slice(suffixStart, end);
      i = end;
      const expansion = suffix === 't' && word.endsWith('n') ? 'not' : SUFFIX_WORD.get(suffix);
      if (expansion !== undefined) {
        const base = expansion === 'not' ? NOT_BASE.get(word) ?? word.slice(0, -1) : word;
        tokens.push(wordToken(cache, base, clause), wordToken(cache, expansion, clause));
      } else if (suffix === 's') {
        tokens.push(wordToken(cache, word, clause));
        if (IS_BEFORE_S.has(word)) {
          tokens.push(wordToken(cache, 'is', clause));
        } else if (word === 'let') {
          tokens.push(wordToken(cache, 'us', clause));
        }
      } else {
        tokens.push(wordToken(cache, word + suffix, clause)); // "o'clock": the apostrophe joins.
      }
      continue;
    }
    if (isDigit(code)) {
      const start = i;
      let clock = false;
      while (i < length) {
        while (i < length && isDigit(lower.charCodeAt(i))) {
          i += 1;
        }
        const separator = lower.charCodeAt(i);
        if ((separator === 46 || separator === 44 || separator === 58) && i + 1 < length && isDigit(lower.charCodeAt(i + 1))) { // In bounds: a read past the end deoptimises.
          clock ||= separator === 58;
          i += 1;
        } else {
          break;
        }
      }
      const number = lower.slice(start, i);
      if (isApostrophe(lower.charCodeAt(i)) && lower.charCodeAt(i + 1) === 115 && !isLetter(lower.charCodeAt(i + 2))) {
        i += 2; // "Oven 2's": a possessive, dropped as after a word.
      }
      let after = i;
      while (lower.charCodeAt(after) === 32) {
        after += 1;
      }
      const amPm = number.length <= 5 ? amPmLength(lower, after) : 0;
      if (amPm > 0) {
        tokens.push({ stem: CLOCK, id: CLOCK_ID, word: 'a.m./p.m.', clause, flags: 0 });
        i = after + amPm;
      } else {
        tokens.push(clock ? { stem: CLOCK, id: CLOCK_ID, word: number, clause, flags: 0 } : { stem: NUM, id: NUM_ID, word: number, clause, flags: 0 });
      }
      continue;
    }
    if (code === 163 || code === 36 || code === 0x20ac || code === 165) {
      tokens.push({ stem: MONEY, id: MONEY_ID, word: lower.charAt(i), clause, flags: 0 });
    } else if (code === 37) {
      tokens.push({ stem: PERCENT, id: PERCENT_ID, word: '%', clause, flags: 0 });
    } else if (isClauseBreak(code) || (code === 45 && lower.charCodeAt(i - 1) === 32 && lower.charCodeAt(i + 1) === 32)) {
      clause += 1;
    }
    i += 1;
  }
  return language === 'en' ? readVerbPositions(tokens) : tokens;
}

function wordToken(cache: WordCache, word: string, clause: number): Token {
  return tokenOf(cache.word(word), clause);
}
