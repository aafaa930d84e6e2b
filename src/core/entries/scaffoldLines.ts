// Which lines of an entry the product wrote, so that code reading the user's answers (the tagger)
// can skip the questions. Recognition is by text, not by position: the user may move, delete or
// reorder sections, and snippets insert the same prompts anywhere. Every check is a Set lookup or
// one fixed regular expression, so the cost per line does not grow with the number of prompts.
//
// The texts come from the kinds, the prompt packs and the review's scaffold through the import
// `#scaffold-text` (scaffoldSources.ts; in the tagger's bundles, the same texts written out once:
// scaffoldTextTable.ts), read the first time a check needs them.
import { reviewParagraphs, scaffoldPrompts, scaffoldTitle } from '#scaffold-text';

/** Case, surrounding and repeated whitespace, Unicode form and curly apostrophes do not matter. */
export function normalisePromptText(text: string): string {
  return text.normalize('NFC').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

// The two line shapes below were regular expressions — a level-2 heading
// `/^ {0,3}##[ \t]+(.*?)(?:[ \t]+#+)?\s*$/` and a bare label `/^\s*[-*+][ \t]+(.+?)[ \t]*:\s*$/` —
// whose lazy group backtracks over runs of spaces: quadratic on a long line of them (70 ms at 8,000
// spaces, seconds beyond). They are scanned by hand instead, in one pass each, giving exactly what
// the expressions gave (a differential property test holds them to it).

/** `\s` in a regular expression, which is also what String.prototype.trim removes. */
function isSpace(char: string): boolean {
  return char.trim() === '' && char !== '';
}

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

/** Characters `.` does not match. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** A level-2 ATX heading's text, without an optional closing `#` sequence; undefined for any other line. */
export function headingText(line: string): string | undefined {
  let at = 0;
  while (at < 3 && line[at] === ' ') {
    at += 1;
  }
  if (!line.startsWith('##', at) || !isBlank(line[at + 2])) {
    return undefined;
  }
  at += 2;
  while (isBlank(line[at])) {
    at += 1;
  }
  const rest = line.slice(at);
  let end = rest.length;
  while (end > 0 && isSpace(rest[end - 1] as string)) {
    end -= 1;
  }
  // A closing sequence: `#`s at the end, after at least one space or tab.
  let hashes = end;
  while (hashes > 0 && rest[hashes - 1] === '#') {
    hashes -= 1;
  }
  let blanks = hashes;
  while (blanks > 0 && isBlank(rest[blanks - 1])) {
    blanks -= 1;
  }
  const textEnd = hashes < end && blanks < hashes ? blanks : end;
  const text = rest.slice(0, textEnd);
  return LINE_BREAK.test(text) ? undefined : text;
}

/** The label of a list item that holds only a label and a colon (`- Competence on this task:`). */
export function bareLabel(line: string): string | undefined {
  let marker = 0;
  while (marker < line.length && isSpace(line[marker] as string)) {
    marker += 1;
  }
  if (line[marker] !== '-' && line[marker] !== '*' && line[marker] !== '+') {
    return undefined;
  }
  let start = marker + 1;
  while (isBlank(line[start])) {
    start += 1;
  }
  let end = line.length;
  while (end > 0 && isSpace(line[end - 1] as string)) {
    end -= 1;
  }
  const colon = end - 1;
  if (start === marker + 1 || line[colon] !== ':') {
    return undefined;
  }
  if (start >= colon) {
    // Only blanks before the colon: the label is the last of them, if one is left after the first.
    if (colon - 1 < marker + 2) {
      return undefined;
    }
    start = colon - 1;
  }
  let labelEnd = colon;
  while (labelEnd > start + 1 && isBlank(line[labelEnd - 1])) {
    labelEnd -= 1;
  }
  const label = line.slice(start, labelEnd);
  return LINE_BREAK.test(label) ? undefined : label;
}

/** Headings and labels already normalised (normalisePromptText). */
export interface ScaffoldPrompts {
  readonly headings: ReadonlySet<string>;
  readonly labels: ReadonlySet<string>;
}

export interface ScaffoldSources {
  /** Texts that, as a `## ` heading, are product prompts. */
  readonly headings: Iterable<string>;
  /** Labels that, as `- <label>:` with nothing after the colon, are unanswered structured items. */
  readonly labels: Iterable<string>;
}

/**
 * A line predicate over the given sources; {@link isScaffoldedPrompt} is the one over the packs and
 * kinds of both languages. A translation builds its own by passing its texts.
 */
export function createScaffoldMatcher(sources: ScaffoldSources): (lineText: string) => boolean {
  return normalisedMatcher(new Set(Array.from(sources.headings, normalisePromptText)), new Set(Array.from(sources.labels, normalisePromptText)));
}

/** The predicate over headings and labels already normalised (normalisePromptText). */
function normalisedMatcher(headings: ReadonlySet<string>, labels: ReadonlySet<string>): (lineText: string) => boolean {
  return (lineText) => {
    const heading = headingText(lineText);
    if (heading !== undefined) {
      return headings.has(normalisePromptText(heading));
    }
    // A task item's label (`- [ ] One commitment for tomorrow:`) is read past its box.
    const label = bareLabel(lineText)?.replace(/^\[[ xX]\][ \t]+/, '');
    return label !== undefined && labels.has(normalisePromptText(label));
  };
}

/**
 * True for a `## ` heading whose text is a prompt of any pack or any kind, in English or German,
 * and for an unanswered structured item such as `- Competence on this task:`. False once the user
 * writes after the colon (`- Competence on this task: high` is an answer) and for any other line.
 * Both languages at once: a journal may hold entries of both, and the tagger reads both.
 */
export function isScaffoldedPrompt(lineText: string): boolean {
  // Built on first use: the tagger loads this module, and a first tag of plain prose never asks.
  if (scaffoldedPrompt === undefined) {
    const { headings, labels } = scaffoldPrompts();
    scaffoldedPrompt = normalisedMatcher(headings, labels);
  }
  return scaffoldedPrompt(lineText);
}

let scaffoldedPrompt: ((lineText: string) => boolean) | undefined;

/**
 * A paragraph predicate over whole paragraphs the product writes (a review's questions, practice and
 * reason). Most paragraphs are turned away by their first characters, before any normalising: the
 * tagger asks this of every paragraph of every entry. The paragraphs are normalised the first time
 * one gets past that, not before: most entries never hold one.
 */
export function createParagraphMatcher(paragraphs: readonly string[]): (content: string) => boolean {
  let texts: ReadonlySet<string> | undefined;
  const PREFIX = 6;
  const prefixes = new Set(paragraphs.map((paragraph) => paragraph.slice(0, PREFIX).toLowerCase()));
  const longest = Math.max(0, ...paragraphs.map((paragraph) => paragraph.length)) + 32;
  return (content) => content.length <= longest && prefixes.has(content.slice(0, PREFIX).toLowerCase())
    && (texts ??= new Set(paragraphs.map(normalisePromptText))).has(normalisePromptText(content));
}

let scaffoldedParagraph: ((content: string) => boolean) | undefined;

/** True for a paragraph a review scaffolds whole: its questions, its practice, the reason for it. */
export function isScaffoldedParagraph(content: string): boolean {
  // Built on first use, like isScaffoldedPrompt.
  scaffoldedParagraph ??= createParagraphMatcher(reviewParagraphs());
  return scaffoldedParagraph(content);
}

let title: RegExp | undefined;
/** Whether every title the expression matches starts `# ` (its source starts `^# `, as scaffoldSources.ts writes it). */
let titleStartsWithHash: boolean | undefined;

/**
 * True for a `# ` title line as a kind's template writes it, e.g. `# 1:1 with Ana, 2026-11-23`. A line
 * that does not start `# ` is answered without the expression: the tagger asks about every structured
 * item's label (`- They will:`), and compiling the ~1,000-character Unicode expression, then running
 * it until V8 compiles it to machine code, cost each thread that tags about 10 ms.
 */
export function isScaffoldedTitle(lineText: string): boolean {
  titleStartsWithHash ??= scaffoldTitle().startsWith('^# ');
  if (titleStartsWithHash && !lineText.startsWith('# ')) {
    return false;
  }
  // Built on first use, like isScaffoldedPrompt.
  title ??= new RegExp(scaffoldTitle(), 'u');
  return title.test(lineText);
}

/** Any line the product scaffolded: a title, a prompt heading or an unanswered structured item. */
export function isScaffoldedLine(lineText: string): boolean {
  return isScaffoldedPrompt(lineText) || isScaffoldedTitle(lineText);
}

export interface AnswerLocation {
  /** Zero-based line. */
  readonly line: number;
  /** Zero-based column: 0 on an empty answer line, the end of the line on a `- Label: ` item. */
  readonly character: number;
}

/**
 * Where the cursor goes in a freshly scaffolded entry (front matter and body, LF or CRLF): two lines
 * below the first `## ` heading, which by the body-format contract is either the empty answer line
 * or the first structured item (then the cursor goes after its `: `). `undefined` when the text has
 * no heading or the line is missing.
 */
export function firstAnswerLocation(text: string): AnswerLocation | undefined {
  const lines = text.split(/\r?\n/);
  let start = 0;
  if (lines[0] === '---') {
    const close = lines.indexOf('---', 1);
    start = close < 0 ? 0 : close + 1;
  }
  for (let index = start; index < lines.length; index++) {
    if (headingText(lines[index] ?? '') !== undefined) {
      const answer = lines[index + 2];
      return answer === undefined ? undefined : { line: index + 2, character: answer.length };
    }
  }
  return undefined;
}
