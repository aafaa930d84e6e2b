// Commitments: the lines of an entry the user marks as promises to act, read from the Markdown so
// they can be followed up across entries (commitmentTracking.ts). A line is a commitment when it is
//   - a task item (`- [ ] …`, `- [x] …`, `* [X] …`, `+ [ ] …`, `1. [ ] …`) under a commitment heading:
//     "Next", "Start", "Next time", "Next steps", "Commitments", or one of the entry templates' own
//     commitment sections (kinds.ts: "Closing the day", "What we agreed", "Next week", …), at any
//     level, with or without a trailing colon, until the next heading of the same or a higher level;
//   - under a template's commitment section, that section's own commitment item once answered
//     (`- One commitment for tomorrow: call Ana` → "call Ana");
//   - any other line (task item, list item or plain line, not a heading) carrying a `#commit` marker.
// Front matter, fenced code and inline code are never read. Odd task syntax (`- [ `, `- []`,
// `-[ ]`) is not a task item. Nothing here throws, and the cost is linear in the text.
import { entryKind, type EntryKindId } from '../entries/kinds';
import { atxHeading, blankCodeSpans, bodyLines, type BodyLine } from './markdownLines';

export interface Commitment {
  /** As written, with the list marker, task box, template label and `#commit` marker removed. */
  readonly text: string;
  /** Ticked (`[x]` or `[X]`). */
  readonly done: boolean;
  /** Zero-based line in the entry (front matter counted). */
  readonly line: number;
  /** The same commitment in another entry has the same key: see {@link commitmentKey}. */
  readonly key: string;
}

/** Headings that hold commitments in any entry (compared after {@link headingKey}). */
export const COMMITMENT_HEADINGS: readonly string[] = ['Next', 'Start', 'Next time', 'Next steps', 'Commitments'];

/**
 * The built-in templates' sections whose task items are commitments, and, for some, the structured
 * item that asks for one (by id, so a reworded label in kinds.ts is followed here).
 */
const TEMPLATE_SECTIONS: readonly { readonly kind: EntryKindId; readonly section: string; readonly item?: string }[] = [
  { kind: 'daily', section: 'daily.close', item: 'daily.close.commitment' },
  { kind: 'weekly-review', section: 'weekly-review.next' },
  { kind: 'one-on-one', section: 'one-on-one.agreements', item: 'one-on-one.agreements.i-will' },
  { kind: 'decision', section: 'decision.follow-through' },
  { kind: 'after-action', section: 'after-action.next-time' },
  { kind: 'start-stop-continue', section: 'start-stop-continue.act', item: 'start-stop-continue.act.change' },
  { kind: 'situational', section: 'situational.next' },
  { kind: 'trap-check', section: 'trap-check.counter-move', item: 'trap-check.counter-move.counter-move' },
];

/** Heading text for comparison: emphasis and a trailing colon dropped, whitespace collapsed, lower case. */
function headingKey(text: string): string {
  return text.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim().replace(/:$/, '').trim().toLowerCase();
}

/** Commitment heading key → the labels (lower case) of its answered items that count as commitments. */
function buildHeadings(): ReadonlyMap<string, ReadonlySet<string>> {
  const headings = new Map<string, Set<string>>(COMMITMENT_HEADINGS.map((heading) => [headingKey(heading), new Set<string>()]));
  for (const source of TEMPLATE_SECTIONS) {
    const section = entryKind(source.kind).sections.find((candidate) => candidate.id === source.section);
    if (!section) {
      continue; // A removed section stops counting; a unit test keeps this list in step with kinds.ts.
    }
    const labels = headings.get(headingKey(section.heading)) ?? new Set<string>();
    const item = section.items?.find((candidate) => candidate.id === source.item);
    if (item) {
      labels.add(item.label.toLowerCase());
    }
    headings.set(headingKey(section.heading), labels);
  }
  return headings;
}

const HEADINGS = buildHeadings();

/** Whether `text` (a heading's text) opens a commitment section. */
export function isCommitmentHeading(text: string): boolean {
  return HEADINGS.has(headingKey(text));
}

/** A list item: indentation, a bullet or `1.`/`1)`, whitespace; group 1 is the content. */
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/s;
/** A task box at the start of an item's content, followed by whitespace or the end of the line. */
const TASK_BOX = /^\[([ xX])\](?:[ \t]+|$)/;
/**
 * The marker: `#commit` as a word of its own, in any case (not `#commitment`, not `a#commit`); a run
 * of them written together (`#commit#commit`) is one marker, so removing it exposes no other.
 */
const MARKER = /(^|[\s(])(?:#commit)+(?![\p{L}\p{N}_-])/giu;

/**
 * The matching key of a commitment's text: Unicode-compatibility form, lower case, `#commit`
 * removed, whitespace collapsed, and trailing punctuation and spaces dropped, so "Call Ana." and
 * "call  ana" are one commitment. Linear (the trailing run is trimmed by a loop, not a regex).
 */
export function commitmentKey(text: string): string {
  const collapsed = text.normalize('NFKC').toLowerCase().replace(MARKER, '$1').replace(/\s+/g, ' ').trim();
  let end = collapsed.length;
  while (end > 0 && /[\s\p{Po}]/u.test(collapsed[end - 1] ?? '')) {
    end--;
  }
  return collapsed.slice(0, end);
}

/** Cuts `[start, end)` ranges out of `text`. */
function without(text: string, ranges: readonly (readonly [number, number])[]): string {
  let out = '';
  let copied = 0;
  for (const [start, end] of ranges) {
    out += text.slice(copied, start);
    copied = end;
  }
  return out + text.slice(copied);
}

/** The `#commit` markers of a line (found where code spans are blanked), as ranges to cut. */
function markerRanges(blanked: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of blanked.matchAll(MARKER)) {
    // The space before the marker goes with it, so `call Ana #commit.` reads `call Ana.`.
    const before = match[1] ?? '';
    const start = match.index + (before === '(' ? 1 : 0);
    ranges.push([start, match.index + match[0].length]);
  }
  return ranges;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Removes a template label (`One commitment for tomorrow: `) from an item's text, if it has one. */
function splitLabel(content: string, labels: ReadonlySet<string>): { readonly labelled: boolean; readonly rest: string } {
  const colon = content.indexOf(':');
  if (colon > 0 && colon <= 80 && labels.has(tidy(content.slice(0, colon)).toLowerCase())) {
    return { labelled: true, rest: content.slice(colon + 1) };
  }
  return { labelled: false, rest: content };
}

/** Every commitment in an entry's Markdown, in line order. */
export function extractCommitments(text: string): Commitment[] {
  return commitmentsInLines(bodyLines(text));
}

/** The commitments in an entry's body lines (markdownLines.ts), for callers that read the lines once. */
export function commitmentsInLines(lines: readonly BodyLine[]): Commitment[] {
  const found: Commitment[] = [];
  let scope: { readonly level: number; readonly labels: ReadonlySet<string> } | undefined;
  for (const { text: lineText, line } of lines) {
    const blanked = blankCodeSpans(lineText);
    const heading = atxHeading(blanked);
    if (heading) {
      if (scope && heading.level <= scope.level) {
        scope = undefined;
      }
      const labels = HEADINGS.get(headingKey(heading.text));
      if (labels && !scope) {
        scope = { level: heading.level, labels };
      }
      continue;
    }
    const markers = blanked.includes('#') ? markerRanges(blanked) : [];
    if (!scope && markers.length === 0) {
      continue;
    }
    const item = LIST_ITEM.exec(lineText);
    const content = item ? item[1] ?? '' : undefined;
    const box = content === undefined ? null : TASK_BOX.exec(content);
    let candidate: string | undefined;
    if (markers.length > 0) {
      candidate = without(lineText, markers);
    } else if (scope && content !== undefined && (box || splitLabel(content, scope.labels).labelled)) {
      candidate = lineText;
    }
    if (candidate === undefined) {
      continue;
    }
    // Strip the list marker and box from the candidate (markers are never inside them).
    let body = candidate;
    const candidateItem = LIST_ITEM.exec(candidate);
    if (candidateItem && item) {
      body = candidateItem[1] ?? '';
      const candidateBox = TASK_BOX.exec(body);
      if (candidateBox) {
        body = body.slice(candidateBox[0].length);
      }
    }
    if (scope) {
      body = splitLabel(body, scope.labels).rest;
    }
    const commitment = tidy(body);
    const key = commitmentKey(commitment);
    if (key !== '') {
      found.push({ text: commitment, done: box ? box[1] !== ' ' : false, line, key });
    }
  }
  return found;
}
