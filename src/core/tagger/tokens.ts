// Tokenising for the classifier: one pass over a sentence, lower-cased, contractions expanded,
// words reduced by a light suffix-stripping stemmer, numbers and money folded into marker tokens.
// The lexicon is stemmed with the same functions, so only consistency matters, not linguistics:
// "planned", "planning" and "plans" all become "plan"; "change", "changed", "changing" "chang".
import { wordFlags } from './wordFlags';

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

/** Irregular forms the suffix rules cannot reach, mapped to the stem of their base form. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['felt', 'feel'], ['told', 'tell'], ['said', 'say'], ['says', 'say'], ['thought', 'think'], ['gave', 'give'],
  ['given', 'give'], ['took', 'take'], ['taken', 'take'], ['spoke', 'speak'], ['stood', 'stand'], ['heard', 'hear'],
  ['knew', 'know'], ['known', 'know'], ['understood', 'understand'], ['wrote', 'writ'], ['written', 'writ'],
  ['met', 'meet'], ['sent', 'send'], ['sat', 'sit'], ['built', 'build'], ['kept', 'keep'], ['bought', 'buy'],
  ['brought', 'bring'], ['taught', 'teach'], ['chose', 'choos'], ['chosen', 'choos'], ['ran', 'run'],
  ['began', 'begin'], ['drew', 'draw'], ['grew', 'grow'], ['grown', 'grow'], ['got', 'get'], ['made', 'mak'],
  ['did', 'do'], ['does', 'do'], ['done', 'do'], ['went', 'go'], ['gone', 'go'], ['lost', 'los'], ['won', 'win'],
  ['paid', 'pay'], ['led', 'lead'], ['fell', 'fall'], ['fought', 'fight'], ['found', 'find'], ['held', 'hold'],
  ['let', 'let'], ['put', 'put'], ['set', 'set'], ['cut', 'cut'], ['shut', 'shut'], ['spent', 'spend'],
  ['woke', 'wak'], ['broke', 'break'], ['broken', 'break'], ['forgot', 'forget'], ['forgotten', 'forget'],
  ['meant', 'mean'], ['lent', 'lend'], ['rang', 'ring'], ['rung', 'ring'], ['swore', 'swear'], ['wore', 'wear'],
  ['children', 'child'], ['people', 'people'], ['men', 'man'], ['women', 'woman'], ['staff', 'staff'],
  ['feet', 'foot'], ['teeth', 'tooth'], ['better', 'better'], ['best', 'best'], ['news', 'news'],
  ['this', 'this'], ['his', 'his'], ['has', 'has'], ['was', 'was'], ['is', 'is'], ['us', 'us'], ['as', 'as'],
  ['yes', 'yes'], ['bus', 'bus'], ['less', 'less'], ['unless', 'unless'], ['always', 'always'],
  ['sometimes', 'sometimes'], ['perhaps', 'perhaps'], ['themselves', 'themselves'], ['ourselves', 'ourselves'],
  ['yourselves', 'yourselves'], ['towards', 'toward'], ['afterwards', 'afterward'], ['across', 'across'],
  ['during', 'during'], ['morning', 'morning'], ['mornings', 'morning'], ['evening', 'evening'],
  ['evenings', 'evening'], ['nothing', 'nothing'], ['something', 'something'], ['anything', 'anything'],
  ['everything', 'everything'], ['thing', 'thing'], ['things', 'thing'], ['being', 'being'], ['bring', 'bring'],
  ['meeting', 'meeting'], ['meetings', 'meeting'], ['feeling', 'feel'], ['feelings', 'feel'],
  ['need', 'need'], ['needs', 'need'], ['needed', 'need'], ['speed', 'speed'], ['feed', 'feed'],
  ['seed', 'seed'], ['bed', 'bed'], ['beds', 'bed'], ['red', 'red'], ['shed', 'shed'],
  ['cancelled', 'cancel'], ['cancelling', 'cancel'], ['travelled', 'travel'], ['travelling', 'travel'],
  ['labelled', 'label'], ['labelling', 'label'], ['modelled', 'model'], ['signalled', 'signal'],
  ['staffing', 'staffing'], ['staffed', 'staffed'], ['timed', 'timed'], ['timing', 'timing'],
  ['meaning', 'meaning'], ['meanings', 'meaning'], ['coaching', 'coaching'], ['coached', 'coaching'],
  ['fuelled', 'fuel'], ['levelled', 'level'], ['totalled', 'total'], ['counselled', 'counsel'],
]);

/** Undone after -ing/-ed ("planned" → "plan"); not d, f, l, s or z, whose doubles are usually part of the word. */
const DOUBLED = /([bgkmnprt])\1$/;

/** The light stemmer: plural, -ing, -ed, -ly and a final -e removed; a doubled consonant undone. */
export function stemWord(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) {
    return irregular;
  }
  let w = word;
  if (w.length <= 3) {
    return w;
  }
  if (w.endsWith('ies') && w.length > 4) {
    w = `${w.slice(0, -3)}y`;
  } else if (w.endsWith('sses')) {
    w = w.slice(0, -2);
  } else if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w)) {
    w = w.slice(0, -1);
  }
  if (w.endsWith('ing') && w.length >= 6) {
    w = w.slice(0, -3).replace(DOUBLED, '$1');
  } else if (w.endsWith('ied') && w.length >= 5) {
    w = `${w.slice(0, -3)}y`;
  } else if (w.endsWith('ed') && w.length >= 5) {
    w = w.slice(0, -2).replace(DOUBLED, '$1');
  } else if (w.endsWith('ly') && w.length >= 6) {
    w = w.slice(0, -2);
  }
  if (w.endsWith('e') && w.length >= 4) {
    w = w.slice(0, -1);
  }
  return w;
}

/** Pronouns whose "'s" is "is" ("it's", "she's"); elsewhere "'s" is a possessive and is dropped. */
const IS_BEFORE_S = new Set(['it', 'that', 'he', 'she', 'there', 'what', 'who', 'here', 'where', 'how', 'everyone', 'nobody', 'this']);
/** Words ending in "n" before "'t" whose base is not simply the word minus "n" ("can't", "won't"). */
const NOT_BASE: ReadonlyMap<string, string> = new Map([['can', 'can'], ['won', 'will'], ['shan', 'shall']]);
const SUFFIX_WORD: ReadonlyMap<string, string> = new Map([['ll', 'will'], ['re', 'are'], ['ve', 'have'], ['m', 'am'], ['d', 'would']]);

/**
 * Stem ids: every stem that a lexicon, the model or a word class mentions is registered (at compile
 * time) and gets a small integer; every other stem is 0. Tokens carry the id, so the matchers index
 * arrays instead of hashing strings. Registering a new stem clears the word cache (its ids may be stale).
 */
const STEM_IDS = new Map<string, number>();

/** The id of `stem`, registering it if new. For compile time (lexicons, model, word classes). */
export function stemId(stem: string): number {
  let id = STEM_IDS.get(stem);
  if (id === undefined) {
    id = STEM_IDS.size + 1;
    if (id >= MAX_STEM_ID) {
      return 0; // Pair keys (model.ts) need ids below 2^15; a stem past that (thousands of user terms) matches nothing.
    }
    STEM_IDS.set(stem, id);
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
}

/** A cached word with its id brought up to date (only unknown stems can have become known). */
function fresh(info: WordInfo): WordInfo {
  if (info.id === 0 && info.epoch !== stemEpoch) {
    info.id = STEM_IDS.get(info.stem) ?? 0;
    info.epoch = stemEpoch;
  }
  return info;
}

const MAX_STEM_ID = 32768;
const WORD_CACHE = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 50_000;

/**
 * A front cache for {@link wordInfo}, looked up by the characters of the text itself (FNV-1a hash
 * computed while scanning, linear probing, compared in place), so a known word costs no slice.
 */
const SPAN_SIZE = 1 << 16;
const SPAN_MASK = SPAN_SIZE - 1;
let spanTable: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(SPAN_SIZE);
let spanCount = 0;
/** Bumped whenever a stem is registered: a cached id of 0 from an older epoch may be stale. */
let stemEpoch = 0;


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

/** The info of the word `text[start, end)`, whose FNV-1a hash is `hash`. */
function spanInfo(text: string, start: number, end: number, hash: number): WordInfo {
  let slot = hash & SPAN_MASK;
  for (let info = spanTable[slot]; info !== undefined; info = spanTable[slot]) {
    if (sameSpan(info.word, text, start, end)) {
      return fresh(info);
    }
    slot = (slot + 1) & SPAN_MASK;
  }
  const info = wordInfo(text.slice(start, end));
  if (spanCount >= SPAN_SIZE / 2) {
    spanTable = new Array<WordInfo | undefined>(SPAN_SIZE); // Full enough: start again (the slot is now free).
    spanCount = 0;
  }
  spanTable[slot] = info;
  spanCount += 1;
  return info;
}

const NUM_ID = stemId(NUM);
const CLOCK_ID = stemId(CLOCK);
const MONEY_ID = stemId(MONEY);
const PERCENT_ID = stemId(PERCENT);

/** Stem and flags of a word, memoised (bounded): a journal reuses a small vocabulary. */
function wordInfo(word: string): WordInfo {
  let info = WORD_CACHE.get(word);
  if (info === undefined) {
    if (WORD_CACHE.size >= WORD_CACHE_LIMIT) {
      WORD_CACHE.clear();
    }
    const stem = stemWord(word);
    info = { word, stem, id: STEM_IDS.get(stem) ?? 0, epoch: stemEpoch, flags: wordFlags(word) };
    WORD_CACHE.set(word, info);
    return info;
  }
  return fresh(info);
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
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
export function tokenize(text: string): Token[] {
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
        const info = spanInfo(lower, start, i, hash >>> 0);
        tokens.push({ stem: info.stem, id: info.id, word: info.word, clause, flags: info.flags });
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
        tokens.push(wordToken(base, clause), wordToken(expansion, clause));
      } else if (suffix === 's') {
        tokens.push(wordToken(word, clause));
        if (IS_BEFORE_S.has(word)) {
          tokens.push(wordToken('is', clause));
        } else if (word === 'let') {
          tokens.push(wordToken('us', clause));
        }
      } else {
        tokens.push(wordToken(word + suffix, clause)); // "o'clock": the apostrophe joins.
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
        if ((separator === 46 || separator === 44 || separator === 58) && isDigit(lower.charCodeAt(i + 1))) {
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
  return tokens;
}

function wordToken(word: string, clause: number): Token {
  const info = wordInfo(word);
  return { stem: info.stem, id: info.id, word: info.word, clause, flags: info.flags };
}
