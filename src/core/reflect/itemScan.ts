// The open items of an entry, in both directions: what I will do ("mine") and what the other person
// will do ("theirs"). A line is an item when it is
//   - a task item (`- [ ] …`, `- [x] …`, `* [X] …`, `+ [ ] …`, `1. [ ] …`) under a commitment section
//     (commitmentSections.ts), at any level, until the next heading of the same or a higher level;
//   - under such a section, a template's labelled answer (`- I will: send the offer`,
//     `- They will: reply`, `- One commitment for tomorrow: call Ana`), and any list item nested under
//     such a label (`- They will:` then `  - send the draft`), which is the label's;
//   - any other line (not a heading) carrying a `#commit` (mine) or `#they` (theirs) marker;
//   - a list item carrying an origin link (itemOrigin.ts): an item carried over from an earlier entry.
// Whose it is: `#they`, then `#commit`, then the label it answers or is nested under; then, for a task
// item in a section, theirs when it starts with an @mention (`- [ ] @sam send the numbers`); else
// mine. Front matter, fenced code and inline code are never read. Odd task syntax (`- [ `, `- []`,
// `-[ ]`) is not a task item. Nothing here throws, and the cost is linear in the text.
import { commitmentSection, type SectionLabels } from './commitmentSections';
import { findOrigin, type ItemOrigin, type ItemOwner } from './itemOrigin';
import { atxHeading, blankCodeSpans, type BodyLine } from './markdownLines';
import { mentionsInLines } from './mentions';

export interface ScannedItem {
  /** As written, with the list marker, task box, template label, markers and origin link removed. */
  readonly text: string;
  /** Ticked (`[x]` or `[X]`). */
  readonly done: boolean;
  /** Zero-based line in the entry (front matter counted). */
  readonly line: number;
  /** The text's matching key ({@link commitmentKey}). */
  readonly key: string;
  readonly owner: ItemOwner;
  /** The @names on the line, without `@`, in text order. */
  readonly mentions: readonly string[];
  /** Present on an item carried over from an earlier entry. */
  readonly origin?: ItemOrigin;
}

/** A list item: indentation, a bullet or `1.`/`1)`, whitespace; group 1 is the content. */
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/s;
/** A task box at the start of an item's content, followed by whitespace or the end of the line. */
const TASK_BOX = /^\[([ xX])\](?:[ \t]+|$)/;
/**
 * The markers: `#commit` (mine) and `#they` (theirs) as words of their own, in any case (not
 * `#commitment`, not `a#commit`); a run of them written together (`#commit#they`) is one marker, so
 * removing it exposes no other, and is theirs when it holds a `#they`.
 */
const MARKER = /(^|[\s(])(?:#commit|#they)+(?![\p{L}\p{N}_-])/giu;
const COMMIT_MARKER = /(^|[\s(])(?:#commit)+(?![\p{L}\p{N}_-])/giu;

/**
 * The matching key of an item's text: Unicode-compatibility form, lower case, `#commit` removed,
 * whitespace collapsed, and trailing punctuation and spaces dropped, so "Call Ana." and "call  ana"
 * are one item. Linear (the trailing run is trimmed by a loop, not a regex).
 */
export function commitmentKey(text: string): string {
  const collapsed = text.normalize('NFKC').toLowerCase().replace(COMMIT_MARKER, '$1').replace(/\s+/g, ' ').trim();
  let end = collapsed.length;
  while (end > 0 && /[\s\p{Po}]/u.test(collapsed[end - 1] ?? '')) {
    end--;
  }
  return collapsed.slice(0, end);
}

type Range = readonly [number, number];

/** Cuts `[start, end)` ranges (sorted, not overlapping) out of `text`. */
function without(text: string, ranges: readonly Range[]): string {
  let out = '';
  let copied = 0;
  for (const [start, end] of ranges) {
    out += text.slice(copied, Math.max(copied, start));
    copied = Math.max(copied, end);
  }
  return out + text.slice(copied);
}

interface Markers {
  readonly ranges: readonly Range[];
  readonly theirs: boolean;
}

/** The markers of a line (found where code spans are blanked), as ranges to cut, and whether one says theirs. */
function markersOf(blanked: string): Markers {
  if (!blanked.includes('#')) {
    return { ranges: [], theirs: false };
  }
  const ranges: Range[] = [];
  let theirs = false;
  for (const match of blanked.matchAll(MARKER)) {
    // The space before the marker goes with it, so `call Ana #commit.` reads `call Ana.`.
    const before = match[1] ?? '';
    ranges.push([match.index + (before === '(' ? 1 : 0), match.index + match[0].length]);
    theirs ||= /#they/i.test(match[0]);
  }
  return { ranges, theirs };
}

/** `text` with each range replaced by as many spaces, so positions still line up. */
function blankRanges(text: string, ranges: readonly Range[]): string {
  let out = '';
  let copied = 0;
  for (const [start, end] of ranges) {
    out += text.slice(copied, start) + ' '.repeat(end - start);
    copied = end;
  }
  return out + text.slice(copied);
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text without the separator written before an origin link (` — `, ` · `, ` - `), once it is cut. */
function withoutTrailingSeparator(text: string): string {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) {
    end--;
  }
  // Only a separator standing on its own: `a-` keeps its hyphen.
  if (end > 1 && '—–·-'.includes(text[end - 1] ?? '') && /\s/.test(text[end - 2] ?? '')) {
    end--;
  }
  return text.slice(0, end);
}

/** A template label at the start of an item's content (`They will: `), and whose its answer is. */
function splitLabel(content: string, labels: SectionLabels): { readonly owner?: ItemOwner; readonly rest: string } {
  const colon = content.indexOf(':');
  if (colon > 0 && colon <= 80) {
    const label = tidy(content.slice(0, colon)).toLowerCase();
    if (labels.mine.has(label)) {
      return { owner: 'mine', rest: content.slice(colon + 1) };
    }
    if (labels.theirs.has(label)) {
      return { owner: 'theirs', rest: content.slice(colon + 1) };
    }
  }
  return { rest: content };
}

/** Columns of leading white space, a tab counting to the next multiple of four. */
function indentOf(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === ' ') {
      columns++;
    } else if (char === '\t') {
      columns += 4 - (columns % 4);
    } else {
      break;
    }
  }
  return columns;
}

/** Every item in an entry's body lines (markdownLines.ts), in line order. */
export function scanItems(lines: readonly BodyLine[]): ScannedItem[] {
  const found: ScannedItem[] = [];
  let scope: { readonly level: number; readonly labels: SectionLabels } | undefined;
  // A labelled answer whose nested list items are its own (`- They will:` then `  - send the draft`).
  let labelled: { readonly indent: number; readonly owner: ItemOwner } | undefined;
  for (const { text: lineText, line } of lines) {
    const blanked = blankCodeSpans(lineText);
    const heading = atxHeading(blanked);
    if (heading) {
      if (scope && heading.level <= scope.level) {
        scope = undefined;
      }
      const labels = commitmentSection(heading.text);
      if (labels && !scope) {
        scope = { level: heading.level, labels };
      }
      labelled = undefined;
      continue;
    }
    const indent = indentOf(lineText);
    if (labelled && lineText.trim() !== '' && indent <= labelled.indent) {
      labelled = undefined;
    }
    const origin = findOrigin(blanked);
    // Markers are read with the origin links blanked out, so cutting a link never exposes one.
    const unlinked = origin ? blankRanges(blanked, origin.ranges) : blanked;
    const markers = markersOf(unlinked);
    if (!scope && markers.ranges.length === 0 && !origin) {
      continue;
    }
    const cuts: Range[] = [...markers.ranges, ...(origin?.ranges ?? [])]
      .sort((a, b) => a[0] - b[0]);
    const item = LIST_ITEM.exec(lineText);
    const content = item ? item[1] ?? '' : undefined;
    const box = content === undefined ? null : TASK_BOX.exec(content);
    const afterBox = content === undefined ? undefined : box ? content.slice(box[0].length) : content;
    const label = scope && afterBox !== undefined ? splitLabel(afterBox, scope.labels) : undefined;
    if (label?.owner && item) {
      labelled = { indent, owner: label.owner };
    }
    const nested = labelled !== undefined && item !== null && indent > labelled.indent && !label?.owner;
    const explicit = markers.ranges.length > 0;
    const carried = origin !== undefined && item !== null;
    const inSection = scope !== undefined && item !== null && (box !== null || label?.owner !== undefined || nested);
    if (!explicit && !carried && !inSection) {
      continue;
    }
    // The text: the line with markers and origin link cut, then the list marker, box and label.
    let body = without(lineText, cuts);
    const bodyItem = LIST_ITEM.exec(body);
    if (bodyItem && item) {
      body = bodyItem[1] ?? '';
      const bodyBox = TASK_BOX.exec(body);
      if (bodyBox) {
        body = body.slice(bodyBox[0].length);
      }
    }
    if (scope) {
      body = splitLabel(body, scope.labels).rest;
    }
    const text = tidy(origin ? withoutTrailingSeparator(body) : body);
    const key = commitmentKey(text);
    if (key === '') {
      continue;
    }
    const mentions = mentionsInLines([{ text, line }]).map((mention) => mention.name);
    let owner: ItemOwner = 'mine';
    if (markers.theirs) {
      owner = 'theirs';
    } else if (explicit) {
      owner = 'mine';
    } else if (label?.owner) {
      owner = label.owner;
    } else if (nested && labelled) {
      owner = labelled.owner;
    } else if (inSection && !carried && mentions.length > 0 && text.startsWith(`@${mentions[0] ?? ''}`)) {
      owner = 'theirs';
    }
    found.push({ text, done: box ? box[1] !== ' ' : false, line, key, owner, mentions, ...(origin ? { origin: origin.origin } : {}) });
  }
  return found;
}
