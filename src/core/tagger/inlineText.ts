// Inline Markdown to plain words, for the tagger. markdown-it's inline parser is deliberately not run
// (it builds a token tree per paragraph, which would dominate the tagger's cost); this is one
// left-to-right pass over the inline source that drops the syntax and keeps what the user wrote:
//
//   [text](url "title")  → text        ![alt](src)      → alt        [text][ref] / [text] → text
//   `code`               → code        *em* __strong__  → em strong  ~~struck~~           → struck
//   <https://x>, <a@b.c> → (nothing)   <b>, </i>, <!-- … --> and other inline HTML  → (nothing)
//   \*                   → *           a backslash hard break (`\` at line end)      → (nothing)
//
// Contracts: the output only ever deletes characters from the input (never adds or reorders any,
// so every output character can be found in the source), and it keeps every line break, including
// those inside a dropped URL, tag or comment, so line N of the output is line N of the input.
// The pass is linear in the input: every forward search either runs over text no later search
// revisits, or goes through a cached "next occurrence" lookup, so no input (`'[['.repeat(n)`,
// `'](('.repeat(n)`, `'<a '.repeat(n)`, runs of backticks) makes it quadratic. No regular
// expression here can backtrack more than linearly.
//
// It is a simplification of CommonMark, chosen for the tagger's needs: brackets are dropped
// wherever they stand (so `[sic]` reads `sic`), `*` runs are dropped unless they stand alone
// between spaces (so `2*3` reads `23`), `_` runs are kept inside words (`snake_case`), and entities
// (`&amp;`) are left as written.
import { isWhitespaceCode } from './textChars';

const BACKSLASH = 92;
const BACKTICK = 96;
const STAR = 42;
const UNDERSCORE = 95;
const TILDE = 126;
const BANG = 33;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const LESS = 60;
const NEWLINE = 10;

/** Characters that may start inline syntax; everything else is copied without a second look. */
const SPECIAL = new Uint8Array(128);
for (const ch of '\\`*_~![]<') {
  SPECIAL[ch.charCodeAt(0)] = 1;
}

/** Where inline syntax may start; most paragraphs have none and are returned as they are. */
const ANY_SPECIAL = /[\\`*_~[\]<]/;

/** What `<…>` may hold to be dropped: an autolink, an e-mail autolink, or an HTML tag/comment/declaration. */
const AUTOLINK = /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*$/;
const EMAIL = /^[^\s<>@]+@[^\s<>@]+$/;
const HTML_TAG = /^\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/][^]*)?$/;
const HTML_DECLARATION = /^[!?][^]*$/;

/** Link labels longer than this are not labels (CommonMark's limit is 999). */
const MAX_LABEL = 999;
/** Parentheses nested deeper than this inside a link destination end the attempt (keeps scans short). */
const MAX_PAREN_DEPTH = 4;

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}

/**
 * `indexOf` that remembers its last answer per needle: asking again from a later position reuses it
 * while it still lies ahead, so repeated searches for an absent or distant closer cost O(n) in all.
 */
class NextIndex {
  private readonly cache = new Map<string, { from: number; at: number }>();

  constructor(private readonly text: string) {}

  find(needle: string, from: number): number {
    const hit = this.cache.get(needle);
    if (hit && hit.from <= from && (hit.at < 0 || hit.at >= from)) {
      return hit.at;
    }
    const at = this.text.indexOf(needle, from);
    this.cache.set(needle, { from, at });
    return at;
  }
}

/** Positions of backtick runs by length, built once per text, read with forward-only cursors. */
class BacktickRuns {
  private readonly runs = new Map<number, number[]>();
  private readonly cursors = new Map<number, number>();

  constructor(text: string) {
    let i = text.indexOf('`');
    while (i >= 0) {
      let end = i;
      while (end < text.length && text.charCodeAt(end) === BACKTICK) {
        end++;
      }
      const length = end - i;
      const list = this.runs.get(length);
      if (list) {
        list.push(i);
      } else {
        this.runs.set(length, [i]);
      }
      i = text.indexOf('`', end);
    }
  }

  /** Start of the first run of exactly `length` backticks at or after `from`; -1 if none. */
  next(length: number, from: number): number {
    const list = this.runs.get(length);
    if (!list) {
      return -1;
    }
    let cursor = this.cursors.get(length) ?? 0;
    while (cursor < list.length && (list[cursor] ?? 0) < from) {
      cursor++;
    }
    this.cursors.set(length, cursor);
    return list[cursor] ?? -1;
  }
}

/** As many line breaks as `text[start, end)` holds: what a dropped span leaves behind. */
function lineBreaksIn(text: string, start: number, end: number): string {
  let count = 0;
  for (let i = start; i < end; i++) {
    count += text.charCodeAt(i) === NEWLINE ? 1 : 0;
  }
  return count === 0 ? '' : '\n'.repeat(count);
}

/** Skips spaces and tabs and at most one line break (as CommonMark allows inside a link). */
function skipLinkSpace(text: string, i: number): number {
  let newlines = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      if (++newlines > 1) {
        break;
      }
    } else if (code !== 32 && code !== 9) {
      break;
    }
    i++;
  }
  return i;
}

/**
 * With `text[at]` the `(` after `]`: the index just past the `)` that closes an inline link's
 * destination and optional title, or -1 when what follows is not one.
 */
function linkTailEnd(text: string, at: number, next: NextIndex): number {
  let i = skipLinkSpace(text, at + 1);
  if (text.charCodeAt(i) === LESS) {
    const close = next.find('>', i + 1);
    const lineEnd = next.find('\n', i + 1);
    if (close < 0 || (lineEnd >= 0 && lineEnd < close)) {
      return -1;
    }
    i = close + 1;
  } else {
    let depth = 0;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === OPEN_PAREN) {
        if (++depth > MAX_PAREN_DEPTH) {
          return -1;
        }
      } else if (code === CLOSE_PAREN) {
        if (depth === 0) {
          break;
        }
        depth--;
      } else if (code <= 32 || isWhitespaceCode(code)) {
        break;
      }
    }
  }
  const beforeTitle = i;
  i = skipLinkSpace(text, i);
  const quote = text[i];
  if (i > beforeTitle && (quote === '"' || quote === "'" || quote === '(')) {
    const close = next.find(quote === '(' ? ')' : quote, i + 1);
    if (close < 0) {
      return -1;
    }
    i = skipLinkSpace(text, close + 1);
  }
  return text.charCodeAt(i) === CLOSE_PAREN ? i + 1 : -1;
}

/** With `text[at]` the `<`: the index just past the `>` of an autolink, tag or comment, or -1. */
function angleEnd(text: string, at: number, next: NextIndex): number {
  if (text.startsWith('<!--', at)) {
    const close = next.find('-->', at + 4);
    return close < 0 ? -1 : close + 3;
  }
  const close = next.find('>', at + 1);
  const reopen = next.find('<', at + 1);
  if (close < 0 || (reopen >= 0 && reopen < close)) {
    return -1;
  }
  // The spans tested here never overlap: a failed attempt moves on past `close`'s only `<`.
  const inside = text.slice(at + 1, close);
  return AUTOLINK.test(inside) || EMAIL.test(inside) || HTML_TAG.test(inside) || HTML_DECLARATION.test(inside)
    ? close + 1
    : -1;
}

/** Drops one run of `*`, `_` or `~~` that can open or close emphasis; keeps literal ones. */
function isEmphasisRun(text: string, start: number, end: number): boolean {
  const marker = text.charCodeAt(start);
  if (marker === TILDE && end - start !== 2) {
    return false;
  }
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  if (isWhitespaceCode(before) && isWhitespaceCode(after)) {
    return false; // `a * b`: a lone operator or bullet, not emphasis.
  }
  return !(marker === UNDERSCORE && isAlphanumeric(before) && isAlphanumeric(after));
}

/** The output being built: the kept pieces, and how far the source has been copied. */
class Output {
  readonly parts: string[] = [];
  /** source[copied, i) is kept and not yet in `parts`. */
  copied = 0;

  constructor(private readonly source: string) {}

  /** Drops `source[from, to)`, leaving `keep` (its line breaks) in its place. */
  drop(from: number, to: number, keep = ''): void {
    this.parts.push(this.source.slice(this.copied, from));
    if (keep !== '') {
      this.parts.push(keep);
    }
    this.copied = to;
  }

  finish(): string {
    this.parts.push(this.source.slice(this.copied));
    return this.parts.join('');
  }
}

/** The text of one inline token's source with Markdown inline syntax removed (see the file comment). */
export function stripInlineMarkdown(source: string): string {
  const first = source.search(ANY_SPECIAL);
  if (first < 0) {
    return source;
  }
  const out = new Output(source);
  let next: NextIndex | undefined;
  let backticks: BacktickRuns | undefined;
  let i = first > 0 && source.charCodeAt(first - 1) === BANG ? first - 1 : first; // `!` only matters before `[`.
  while (i < source.length) {
    const code = source.charCodeAt(i);
    if (code >= 128 || SPECIAL[code] === 0) {
      i++;
      continue;
    }
    switch (code) {
      case BACKSLASH: {
        const escaped = source.charCodeAt(i + 1);
        if (escaped === NEWLINE) {
          out.drop(i, i + 1);
          i++;
        } else if (isAsciiPunctuation(escaped)) {
          out.drop(i, i + 1);
          i += 2; // The escaped character is copied as text, never read as syntax.
        } else {
          i++;
        }
        break;
      }
      case BACKTICK: {
        let end = i;
        while (source.charCodeAt(end) === BACKTICK) {
          end++;
        }
        backticks ??= new BacktickRuns(source);
        const close = backticks.next(end - i, end);
        if (close < 0) {
          i = end; // An unmatched run is literal text.
        } else {
          out.drop(i, end);
          out.drop(close, close + (end - i)); // Keeps the code between the backtick runs.
          i = out.copied;
        }
        break;
      }
      case STAR:
      case UNDERSCORE:
      case TILDE: {
        let end = i;
        while (source.charCodeAt(end) === code) {
          end++;
        }
        if (isEmphasisRun(source, i, end)) {
          out.drop(i, end);
        }
        i = end;
        break;
      }
      case BANG:
        if (i + 1 < source.length && source.charCodeAt(i + 1) === OPEN_BRACKET) { // In bounds: a read past the end deoptimises.
          out.drop(i, i + 1); // `![alt](src)`: the image's alt text stays, like a link's text.
        }
        i++;
        break;
      case OPEN_BRACKET:
        out.drop(i, i + 1);
        i++;
        break;
      case CLOSE_BRACKET: {
        next ??= new NextIndex(source);
        const after = source.charCodeAt(i + 1);
        let end = i + 1;
        if (after === OPEN_PAREN) {
          const tail = linkTailEnd(source, i + 1, next);
          end = tail < 0 ? i + 1 : tail;
        } else if (after === OPEN_BRACKET) {
          const close = next.find(']', i + 2);
          const reopen = next.find('[', i + 2);
          if (close >= 0 && close - i <= MAX_LABEL && (reopen < 0 || reopen > close)) {
            end = close + 1; // `[text][ref]` or `[text][]`: the reference label is not text.
          }
        }
        out.drop(i, end, lineBreaksIn(source, i, end));
        i = end;
        break;
      }
      case LESS: {
        next ??= new NextIndex(source);
        const end = angleEnd(source, i, next);
        if (end < 0) {
          i++;
        } else {
          out.drop(i, end, lineBreaksIn(source, i, end));
          i = end;
        }
        break;
      }
      default:
        i++;
    }
  }
  return out.finish();
}
