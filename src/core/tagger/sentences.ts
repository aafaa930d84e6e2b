// Sentences from the user's text blocks, each with the line it starts on, for the classifier.
// A sentence ends at `.`, `!`, `?` or `…` (a run of them, with any closing quotes or brackets) when
// whitespace or the block's end follows, at the CJK stops `。！？`, at a blank line, and at the end
// of a block. Every list item, paragraph and table cell is its own block (see markdownText.ts), so a
// list item ends its sentence even without a full stop. A line break alone does not end one: prose
// is often hard-wrapped.
//
// Not a sentence end: abbreviations (`e.g.`, `i.e.`, `vs.`, `Mr.`, `Dr.`, and `etc.` or `a.m.` unless
// a capital follows), `No. 5`, decimals and versions (`3.5`, `v2.0`, no space after the dot), and an
// ellipsis followed by a lower-case word. A period after anything else, `Q1.` included, ends one.
//
// Contracts: the text is the source's wording with whitespace collapsed to single spaces and
// trimmed; fragments without a letter or digit are dropped; no sentence is longer than
// {@link MAX_SENTENCE_LENGTH} (a longer run is cut at a space, or hard when there is none), so the
// classifier's work per sentence is bounded. One pass, linear in the text.
import type { TextBlock } from './markdownText';
import { RUN_ON_WORDS, runOnClauses } from './runOnClauses';
import { isWhitespaceCode } from './textChars';
import { lazyPattern } from './lazyPattern';

export interface SentenceText {
  /** As written, whitespace collapsed and trimmed. */
  readonly text: string;
  /** Zero-based line of the entry where the sentence starts. */
  readonly line: number;
}

export const MAX_SENTENCE_LENGTH = 2000;

/** A sentence shorter than this many characters cannot have more than RUN_ON_WORDS words: not checked. */
const RUN_ON_CHARACTERS = 2 * RUN_ON_WORDS;

/** Abbreviations a period never ends a sentence after (lower-case, without the final period). */
const ALWAYS_ABBREVIATION: ReadonlySet<string> = new Set(['e.g', 'eg', 'i.e', 'ie', 'cf', 'vs', 'v', 'viz', 'approx', 'incl', 'esp', 'resp']);
/** Titles before a name: never an end when written with a capital (`Ms. Ode`), an ordinary word otherwise (`200 ms.`). */
const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'prof']);
/** Abbreviations that may also close a sentence: they do when the next word starts with a capital. */
const CAPITAL_ENDS: ReadonlySet<string> = new Set(['etc', 'a.m', 'p.m', 'am', 'pm', 'jr', 'sr', 'st', 'inc', 'ltd', 'co', 'corp', 'dept', 'est']);
/** Abbreviations that go before a number (`No. 5`, `p. 12`, `ca. 50`); before anything else the period ends the sentence. */
const NUMBER_PREFIX: ReadonlySet<string> = new Set(['no', 'nr', 'nos', 'p', 'pp', 'fig', 'vol', 'ch', 'sec', 'para', 'ca']);
/** The longest word in the lists above: a longer word without a period is none of them. */
const LONGEST_ABBREVIATION = Math.max(...[ALWAYS_ABBREVIATION, TITLES, CAPITAL_ENDS, NUMBER_PREFIX].flatMap((set) => [...set].map((word) => word.length)));
/** `u.s`, `p.s`: single letters joined by periods behave like {@link CAPITAL_ENDS}. */
const DOTTED_INITIALS = lazyPattern(String.raw`^(?:\p{L}\.)+\p{L}$`, 'u');
/** Longest word looked at as a possible abbreviation. */
const MAX_ABBREVIATION = 8;

const PERIOD = 46;
const ELLIPSIS = 0x2026;
const MAX_TERMINATOR_RUN = 8;
const MAX_CLOSERS = 4;

// Character classes for the scan, by ASCII code; codes from 128 on are classified by `classify`.
const ORDINARY = 0;
const WORD = 1; // ASCII letter or digit.
const SPACE = 2;
const OTHER_SPACE = 3; // Whitespace that collapsing would change: tab, CR, and the Unicode spaces.
const NEWLINE = 4;
const TERMINATOR = 5;
const WIDE_TERMINATOR = 6; // CJK 。！？, which need no space after them.
const NON_ASCII = 7; // Possibly a letter: checked with a Unicode regex only when a sentence has no ASCII word character.

// Filled by comparing codes, not by testing each character with /[A-Za-z0-9]/ and /\s/ (the same
// classes: `\s` is tab to carriage return and space among ASCII), which loading paid 256 times.
const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const word = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  ASCII_CLASS[code] = word ? WORD : code === 32 ? SPACE : code === 10 ? NEWLINE : code >= 9 && code <= 13 ? OTHER_SPACE
    : code === 46 || code === 33 || code === 63 ? TERMINATOR : ORDINARY;
}

function classify(code: number): number {
  if (code < 128) {
    return ASCII_CLASS[code] ?? ORDINARY;
  }
  if (isWhitespaceCode(code)) {
    return OTHER_SPACE;
  }
  if (code === ELLIPSIS) {
    return TERMINATOR;
  }
  return code === 0x3002 || code === 0xff01 || code === 0xff1f ? WIDE_TERMINATOR : NON_ASCII;
}

function isTerminator(code: number): boolean {
  return code === PERIOD || code === 33 || code === 63 || code === ELLIPSIS;
}

/** Closing quotes and brackets that belong to the sentence they follow: `"Go."` `(see above.)` */
function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 41 || code === 93 || code === 0x2019 || code === 0x201d || code === 0xbb;
}

// Built on first use (lazyPattern.ts): the scans below decide ASCII text without them.
const CAPITAL = lazyPattern(String.raw`^\p{Lu}`, 'u');
const LOWER_CASE = lazyPattern(String.raw`^\p{Ll}`, 'u');
const WORD_CHARACTER = lazyPattern(String.raw`[\p{L}\p{N}]`, 'u');
const WHITESPACE_RUN = /\s+/g;
const LEADING_PUNCTUATION = lazyPattern(String.raw`^[^\p{L}\p{N}]+`, 'u');

/** How the first visible character at or after `from` starts: 'upper', 'lower', 'digit' or 'other'. */
function nextCase(text: string, from: number): 'upper' | 'lower' | 'digit' | 'other' {
  let i = from;
  while (i < text.length && isWhitespaceCode(text.charCodeAt(i))) {
    i++;
  }
  if (i >= text.length) {
    return 'other'; // Not read past the end: a read there is NaN, and deoptimises the compiled scan.
  }
  const code = text.charCodeAt(i);
  if (code >= 65 && code <= 90) {
    return 'upper';
  }
  if (code >= 97 && code <= 122) {
    return 'lower';
  }
  if (code >= 48 && code <= 57) {
    return 'digit';
  }
  if (code >= 128) {
    const next = text.slice(i, i + 2);
    return CAPITAL().test(next) ? 'upper' : LOWER_CASE().test(next) ? 'lower' : 'other';
  }
  return 'other';
}

/**
 * The word just before `at`, as written but without leading punctuation, when it is short enough
 * to be an abbreviation; '' otherwise. Never looks before `floor` or further than a few characters.
 */
function abbreviationBefore(text: string, at: number, floor: number): string {
  let k = at;
  while (k > floor && !isWhitespaceCode(text.charCodeAt(k - 1))) {
    if (at - k >= MAX_ABBREVIATION) {
      return '';
    }
    k--;
  }
  const word = text.slice(k, at);
  return (ASCII_CLASS[word.charCodeAt(0)] ?? NON_ASCII) === WORD ? word : word.replace(LEADING_PUNCTUATION(), '');
}

/**
 * With a terminator at `at`: the index just past the sentence's end (terminator run and closers),
 * or -1 when it does not end a sentence here. `start` is where the sentence began.
 */
function sentenceEnd(text: string, at: number, start: number): number {
  if (at > start && isTerminator(text.charCodeAt(at - 1))) {
    return -1; // The rest of a run that was already judged (`waited... then`).
  }
  let j = at;
  let periods = 0;
  let ellipsis = false;
  while (j < text.length && j - at < MAX_TERMINATOR_RUN && isTerminator(text.charCodeAt(j))) {
    const code = text.charCodeAt(j);
    periods += code === PERIOD ? 1 : 0;
    ellipsis ||= code === ELLIPSIS;
    j++;
  }
  const runLength = j - at;
  for (let closers = 0; j < text.length && closers < MAX_CLOSERS && isCloser(text.charCodeAt(j)); closers++) {
    j++;
  }
  if (j < text.length && !isWhitespaceCode(text.charCodeAt(j))) {
    return -1; // `3.5`, `e.g.,`, `example.com`, `what?!—`.
  }
  if (ellipsis || (periods === runLength && periods > 1)) {
    return nextCase(text, j) === 'lower' ? -1 : j; // `I thought… maybe not` reads on.
  }
  if (runLength === 1 && periods === 1) {
    const written = abbreviationBefore(text, at, start);
    if (written === '' || (written.length > LONGEST_ABBREVIATION && !written.includes('.'))) {
      return j; // Most sentences end on a word too long to be an abbreviation: no lower-casing, no lookups.
    }
    const word = written.toLowerCase();
    if (ALWAYS_ABBREVIATION.has(word) || (TITLES.has(word) && written !== word)) {
      return -1;
    }
    if (CAPITAL_ENDS.has(word) || (word.includes('.') && DOTTED_INITIALS().test(word))) {
      return nextCase(text, j) === 'upper' ? j : -1;
    }
    if (NUMBER_PREFIX.has(word) && nextCase(text, j) === 'digit') {
      return -1;
    }
  }
  return j;
}

/** Appends `text[start, end)` as a sentence if it has a letter or digit (see {@link splitBlock}). */
function pushSentence(out: SentenceText[], text: string, start: number, end: number, collapse: boolean, word: boolean, maybeWord: boolean, line: number): void {
  const raw = text.slice(start, end);
  const sentence = collapse ? raw.replace(WHITESPACE_RUN, ' ') : raw;
  if (word || (maybeWord && WORD_CHARACTER().test(sentence))) {
    out.push({ text: sentence, line });
  }
}

/**
 * Appends one block's sentences to `out`. One scan with a character-class table, state in locals
 * (no closures, which would move it to the heap); a sentence's text is a single slice, collapsed by
 * a regular expression only when it holds a tab, a line break or a double space, and checked for
 * letters by a Unicode regular expression only when it has no ASCII one.
 */
function splitBlock(block: TextBlock, out: SentenceText[]): void {
  const { text } = block;
  let start = -1; // First visible character of the sentence being read; -1 between sentences.
  let visibleEnd = 0; // Just past the sentence's last visible character.
  let startLine = 0;
  let hasWord = false;
  let maybeWord = false;
  let collapse = false;
  let line = block.line; // Line of the character being read.
  let lineHasText = false;
  let previousSpace = false;
  let lastSpace = -1; // Last whitespace inside the current sentence, where an over-long one is cut.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = code < 128 ? (ASCII_CLASS[code] ?? ORDINARY) : classify(code);
    if (kind === SPACE || kind === OTHER_SPACE || kind === NEWLINE) {
      if (kind === NEWLINE) {
        if (!lineHasText && start >= 0) {
          pushSentence(out, text, start, visibleEnd, collapse, hasWord, maybeWord, startLine); // A blank line.
          start = -1;
        }
        line++;
        lineHasText = false;
      }
      collapse ||= kind !== SPACE || previousSpace;
      previousSpace = true;
      lastSpace = i;
      continue;
    }
    previousSpace = false;
    lineHasText = true;
    if (start < 0) {
      start = i;
      startLine = line;
      hasWord = false;
      maybeWord = false;
      collapse = false;
    } else if (i - start >= MAX_SENTENCE_LENGTH) {
      // Over-long: cut at the last space if that keeps at least half, else hard (not inside a surrogate pair).
      let cut = lastSpace > start + MAX_SENTENCE_LENGTH / 2 ? lastSpace + 1 : i;
      if (cut === i && code >= 0xdc00 && code <= 0xdfff) {
        cut = i - 1;
      }
      visibleEnd = cut;
      while (visibleEnd > start && isWhitespaceCode(text.charCodeAt(visibleEnd - 1))) {
        visibleEnd--;
      }
      // Which side of the cut the letters seen so far are on is not tracked: both pieces are re-checked.
      pushSentence(out, text, start, visibleEnd, collapse, false, true, startLine);
      start = cut;
      startLine = line;
      hasWord = false;
      maybeWord = true;
      collapse = false;
    }
    visibleEnd = i + 1;
    if (kind === WORD || kind === ORDINARY) {
      // Most of a text: run through the ASCII characters that change nothing but `visibleEnd`, and
      // the single spaces between them (which change only `lastSpace`), stopping before the length
      // limit so the cut above still happens on time.
      hasWord ||= kind === WORD;
      const limit = Math.min(text.length, start + MAX_SENTENCE_LENGTH);
      let j = i + 1;
      let end = j; // Just past the last visible character read.
      for (; j < limit; j++) {
        const next = text.charCodeAt(j);
        const nextKind = next < 128 ? ASCII_CLASS[next] : NON_ASCII;
        if (nextKind === WORD) {
          hasWord = true;
          end = j + 1;
        } else if (nextKind === ORDINARY) {
          end = j + 1;
        } else if (nextKind === SPACE && end === j) {
          lastSpace = j;
        } else {
          break;
        }
      }
      visibleEnd = end;
      previousSpace = end < j;
      i = j - 1;
    } else if (kind === NON_ASCII) {
      maybeWord = true;
    } else if (kind === WIDE_TERMINATOR) {
      pushSentence(out, text, start, visibleEnd, collapse, hasWord, maybeWord, startLine);
      start = -1;
    } else if (kind === TERMINATOR) {
      const after = sentenceEnd(text, i, start);
      if (after >= 0) {
        pushSentence(out, text, start, after, collapse, hasWord, maybeWord, startLine);
        start = -1;
        i = after - 1;
      }
    }
  }
  if (start >= 0) {
    pushSentence(out, text, start, visibleEnd, collapse, hasWord, maybeWord, startLine);
  }
}

/**
 * The sentences of the blocks, in order, each with the entry line it starts on. A run-on of more
 * than RUN_ON_WORDS words is read as its clauses (runOnClauses.ts), each with the run's first line.
 */
export function splitSentences(blocks: readonly TextBlock[]): readonly SentenceText[] {
  const out: SentenceText[] = [];
  for (let at = 0; at < blocks.length; at += 1) {
    splitBlock(blocks[at] as TextBlock, out);
  }
  // Copied only from the first run-on on; without one, `out` is returned as it is.
  let clauses: SentenceText[] | undefined;
  for (let at = 0; at < out.length; at++) {
    const sentence = out[at] as SentenceText;
    const pieces = sentence.text.length > RUN_ON_CHARACTERS ? runOnClauses(sentence.text) : undefined;
    if (pieces !== undefined && pieces.length > 1) {
      clauses ??= out.slice(0, at);
      for (let piece = 0; piece < pieces.length; piece += 1) {
        clauses.push({ text: pieces[piece] as string, line: sentence.line });
      }
    } else {
      clauses?.push(sentence);
    }
  }
  return clauses ?? out;
}
