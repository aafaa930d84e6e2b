// The parts of a feedback note in the SBI form, found in an entry's Markdown: situation, behaviour and
// impact, then what I will say (a recognition or a request). A part is found by its first word,
// in English or German, as the feedback kind's template and the lj-feedback snippet write it and as a
// person writes it by hand:
//   - a heading: `## Situation: when and where was it?`, `### The impact`, `## Wirkung`;
//   - a labelled line: `- Behaviour: interrupted twice`, `**Impact:** the client noticed`, `Situation: …`.
// A heading's answer is the text under it, up to the next heading or part; a label's is the text
// after its colon and the lines below it up to a blank line. Drafted blocks, front matter and fenced
// code are never read. Linear in the text.
import { blankDrafted } from '../entries/drafted';
import { isScaffoldedLine } from '../entries/scaffoldLines';
import { atxHeading, bodyLines } from '../reflect/markdownLines';

export type SbiPart = 'situation' | 'behaviour' | 'impact';
/** What I will say: `recognition` (what to keep doing) or `request` (what to do differently, growth feedback). */
export type SayPart = 'recognition' | 'request';
export type NotePart = SbiPart | SayPart;

export const SBI_PARTS: readonly SbiPart[] = ['situation', 'behaviour', 'impact'];

/** First words of each part, lower case, English and German. */
const PART_WORDS: Readonly<Record<NotePart, readonly string[]>> = {
  situation: ['situation'],
  behaviour: ['behaviour', 'behavior', 'verhalten'],
  impact: ['impact', 'wirkung', 'auswirkung', 'auswirkungen'],
  recognition: ['recognition', 'anerkennung', 'praise', 'lob'],
  request: ['request', 'bitte', 'growth'],
};

const WORD_TO_PART: ReadonlyMap<string, NotePart> = new Map(
  (Object.entries(PART_WORDS) as [NotePart, readonly string[]][]).flatMap(([part, words]) => words.map((word) => [word, part] as const)),
);

/** A leading article a person may write before the part's word: `The situation`, `Die Wirkung`. */
const ARTICLES = new Set(['the', 'die', 'das', 'der']);

export interface FoundPart {
  readonly part: NotePart;
  /** Zero-based line of its heading or label. */
  readonly line: number;
  /** Its answer, whitespace collapsed; '' when there is none yet. */
  readonly answer: string;
}

/** The part a text (a heading's, or a label's before its colon) names by its first word, if any. */
function partNamed(text: string, heading: boolean): NotePart | undefined {
  // A label's explanation in brackets is not counted: `Recognition (what to keep doing)`.
  const plain = heading ? text : text.replace(/\([^)]*\)/g, ' ');
  const words = plain.replace(/[*_`]/g, '').trim().toLowerCase().split(/[\s:—–(),.?-]+/).filter((word) => word !== '');
  const first = ARTICLES.has(words[0] ?? '') ? words[1] : words[0];
  const part = WORD_TO_PART.get(first ?? '');
  // A label names a part only in a word or two (`The impact:`); a sentence with a colon does not.
  return part !== undefined && (heading || words.length <= 4) ? part : undefined;
}

/** `- Label: answer`, `**Label:** answer`, `Label: answer`: the label and the rest, when the line has that shape. */
function labelled(line: string): { readonly label: string; readonly rest: string } | undefined {
  const content = line.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, '');
  const colon = content.indexOf(':');
  if (colon <= 0 || colon > 60) {
    return undefined;
  }
  let rest = content.slice(colon + 1);
  const label = content.slice(0, colon);
  if (label.startsWith('**') && rest.startsWith('**')) {
    rest = rest.slice(2); // `**Impact:** the client noticed`
  }
  return { label, rest };
}

/** Whether `text` holds anything but punctuation and Markdown: a letter or a digit. */
function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * Every part of every feedback note in `text`, in line order (a part written twice is found twice).
 * Answers skip the product's scaffolding (unanswered template labels, prompt headings).
 */
export function findParts(text: string): FoundPart[] {
  const found: { part: NotePart; line: number; words: string[]; label: boolean; open: boolean }[] = [];
  let current: (typeof found)[number] | undefined;
  for (const { text: lineText, line } of bodyLines(blankDrafted(text))) {
    const heading = atxHeading(lineText);
    if (heading) {
      const part = partNamed(heading.text, true);
      current = part ? { part, line, words: [], label: false, open: true } : undefined;
      if (current) {
        found.push(current);
      }
      continue;
    }
    const label = labelled(lineText);
    const labelPart = label ? partNamed(label.label, false) : undefined;
    if (label && labelPart) {
      current = { part: labelPart, line, words: [label.rest.trim()], label: true, open: true };
      found.push(current);
      continue;
    }
    if (!current) {
      continue;
    }
    if (lineText.trim() === '') {
      if (current.label) {
        current.open = false; // A label's answer runs to the next blank line.
      }
      continue;
    }
    if (current.open && !isScaffoldedLine(lineText)) {
      current.words.push(lineText.trim());
    }
  }
  return found.map(({ part, line, words }) => {
    const answer = words.join(' ').replace(/\s+/g, ' ').trim();
    return { part, line, answer: hasWords(answer) ? answer : '' };
  });
}

/** Whether the parts found make a feedback note in an entry of another kind: two of the three SBI parts. */
export function isFeedbackNote(parts: readonly FoundPart[]): boolean {
  return new Set(parts.map((part) => part.part).filter((part) => (SBI_PARTS as readonly string[]).includes(part))).size >= 2;
}
