// A journal-shaped fast path for inlineRuns.ts: the same runs markdown-it gives (inline content, line,
// list item markup), read in one pass over the lines without tokens or line tables, for the block shapes
// journal entries are made of — or `undefined` as soon as the body holds anything else, and the caller
// parses the whole body with markdown-it instead.
//
// Understood, exactly as markdown-it 15 reads them (its rules quoted by name below):
//   - blank lines (spaces only);
//   - ATX headings (`#`…`######` then a space or the line's end), at most 3 spaces in;
//   - paragraphs, their continuation lines (a line 4+ columns in continues a paragraph whatever it holds);
//   - bullet (`-` `*` `+`) and ordered (`1.` `2)` …) list items at most 3 spaces in whose first line holds
//     a paragraph (1–4 spaces after the marker) continued by lines indented to the item's content;
//   - fenced code (``` or ~~~), at most 3 spaces in, closed or running to the end.
// Everything else makes it give up: any tab (tab stops change indentation) or `|` (tables) in the body,
// block quotes, HTML blocks, thematic breaks and setext underlines (any line of only `-*_=+` and
// spaces), reference definitions (a line starting `[` unless markdown-it's first look rules one out),
// indented code, empty list items, a list or heading or fence inside an item, a second block in an
// item, lazy continuation lines, an ordered item other than 1 interrupting a paragraph, a ``` line
// with a backtick after it. Giving up is always correct; a unit and a property test hold every run this
// file returns to markdownItRuns', on the corpus and on generated Markdown.
import type { InlineRun } from './inlineRuns';

const SPACE = 32;
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const TAB = 9;
const HASH = 35;
const BACKTICK = 96;
const TILDE = 126;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const BACKSLASH = 92;
const COLON = 58;
const STAR = 42;
const DASH = 45;
const PLUS = 43;
const UNDERSCORE = 95;
const EQUALS = 61;
const DOT = 46;
const CLOSE_PAREN = 41;

/** What a line is, read from its first non-space character (see classify). */
const enum Kind {
  Blank,
  Text,
  Heading,
  Bullet,
  Ordered,
  Fence,
  Unknown,
}

/** The marker of the last line classify read as a list item or fence: scratch, valid until the next call. */
interface Marker {
  /** Item: where its content starts. Fence: where its marker run ends. */
  end: number;
  /** Item: `-` `*` `+` `.` `)`. Fence: the marker character. */
  char: number;
  /** Ordered item: its number is 1 (it may interrupt a paragraph). Fence: the run's length. */
  value: number;
}

/** Whether `src[from, to)` is only `-*_=+` and spaces: a thematic break, setext underline or worse. */
function isMarkerLine(src: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = src.charCodeAt(i);
    if (code !== DASH && code !== STAR && code !== UNDERSCORE && code !== EQUALS && code !== PLUS && code !== SPACE) {
      return false;
    }
  }
  return true;
}

/**
 * After a list marker ending before `at`: its content's start, or -1 when the item is empty or has
 * more than 4 spaces after the marker (markdown-it then reads indented code inside it).
 */
function itemContent(src: string, at: number, end: number): number {
  let pos = at;
  while (pos < end && src.charCodeAt(pos) === SPACE) {
    pos++;
  }
  return pos === end || pos - at > 4 || pos === at ? -1 : pos;
}

/**
 * The kind of the line whose first non-space character is `src[pos]` and which ends at `end`; for
 * items and fences, `marker` is filled in. Text means no block rule but the paragraph's can start
 * here; Unknown means something this file does not read.
 */
function classify(src: string, pos: number, end: number, marker: Marker): Kind {
  if (pos === end) {
    return Kind.Blank;
  }
  const code = src.charCodeAt(pos);
  if ((code === DASH || code === STAR || code === UNDERSCORE || code === EQUALS || code === PLUS) && isMarkerLine(src, pos, end)) {
    // `**`, `__` or `++` alone is text to markdown-it: no rule (three marks), no setext line (`=` or
    // `-`), no list item (a marker needs a space or the end after it). Read here, so that a body does
    // not go to markdown-it because of such a line (a bold label cut short, `**a**` typed in halves).
    return end - pos === 2 && code !== DASH && code !== EQUALS && src.charCodeAt(pos + 1) === code ? Kind.Text : Kind.Unknown;
  }
  switch (code) {
    case HASH: { // heading: 1–6 `#`, then a space or the end
      let level = 1;
      let at = pos + 1;
      while (at < end && src.charCodeAt(at) === HASH && level <= 6) {
        level++;
        at++;
      }
      return level > 6 || (at < end && src.charCodeAt(at) !== SPACE) ? Kind.Text : Kind.Heading;
    }
    case DASH:
    case STAR:
    case PLUS: { // skipBulletListMarker: the marker, then a space or the end
      if (pos + 1 < end && src.charCodeAt(pos + 1) !== SPACE) {
        return Kind.Text;
      }
      const content = itemContent(src, pos + 1, end);
      if (content < 0) {
        return Kind.Unknown;
      }
      marker.end = content;
      marker.char = code;
      marker.value = 0;
      return Kind.Bullet;
    }
    case BACKTICK:
    case TILDE: { // fence: 3 or more, a backtick fence with no backtick after its run
      let at = pos + 1;
      while (at < end && src.charCodeAt(at) === code) {
        at++;
      }
      if (at - pos < 3) {
        return Kind.Text;
      }
      const backtick = code === BACKTICK ? src.indexOf('`', at) : -1;
      if (backtick >= 0 && backtick < end) {
        return Kind.Unknown;
      }
      marker.end = at;
      marker.char = code;
      marker.value = at - pos;
      return Kind.Fence;
    }
    case OPEN_BRACKET: // reference: markdown-it's first look at the label, on this line only
      for (let at = pos + 1; at < end; at++) {
        const inside = src.charCodeAt(at);
        if (inside === OPEN_BRACKET) {
          return Kind.Text;
        }
        if (inside === BACKSLASH) {
          return Kind.Unknown;
        }
        if (inside === CLOSE_BRACKET) {
          return src.charCodeAt(at + 1) === COLON ? Kind.Unknown : Kind.Text;
        }
      }
      return Kind.Unknown;
    case 62: // `>` block quote
    case 60: // `<` HTML block
      return Kind.Unknown;
    default:
      break;
  }
  if (code >= 48 && code <= 57) { // skipOrderedListMarker: 1–9 digits, `.` or `)`, then a space or the end
    let at = pos + 1;
    while (at < end && src.charCodeAt(at) >= 48 && src.charCodeAt(at) <= 57) {
      at++;
    }
    const delimiter = src.charCodeAt(at);
    if (at >= end || (delimiter !== DOT && delimiter !== CLOSE_PAREN)) {
      return Kind.Text;
    }
    if (at + 1 < end && src.charCodeAt(at + 1) !== SPACE) {
      return Kind.Text;
    }
    const content = itemContent(src, at + 1, end);
    if (at - pos > 9 || content < 0) {
      return Kind.Unknown;
    }
    marker.end = content;
    marker.char = delimiter;
    marker.value = Number(src.slice(pos, at)) === 1 ? 1 : 0;
    return Kind.Ordered;
  }
  return Kind.Text;
}

/** markdown-it's asciiTrim: spaces, tabs and line breaks off both ends (Unicode spaces stay). */
function asciiTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isAsciiTrimmable(text.charCodeAt(start))) {
    start++;
  }
  while (end > start && isAsciiTrimmable(text.charCodeAt(end - 1))) {
    end--;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function isAsciiTrimmable(code: number): boolean {
  return code === SPACE || code === TAB || code === NEWLINE || code === CARRIAGE_RETURN;
}

/** Where the reader is between lines. */
const enum Mode {
  /** At the start of a block, at the top level. */
  Block,
  /** In a top-level paragraph. */
  Paragraph,
  /** In the paragraph that starts a list item. */
  Item,
  /** After blank lines that ended an item's paragraph: the list may go on. */
  AfterItem,
  /** In fenced code. */
  Fence,
}

/**
 * The runs markdownItRuns gives for `body` (line endings `\n`), or undefined when the body holds a
 * shape this file does not read (see the file comment). Linear in the body's length.
 */
export function journalRuns(body: string): InlineRun[] | undefined {
  if (body.includes('\t') || body.includes('|')) {
    return undefined;
  }
  const runs: InlineRun[] = [];
  const marker: Marker = { end: 0, char: 0, value: 0 };
  const length = body.length;
  let mode = Mode.Block;
  let openLine = 0; // The line the open paragraph starts on.
  let openFrom = 0; // Top-level paragraph: where its first line starts. Item: where its content starts.
  let openTo = 0; // Where its last line so far ends.
  let itemText: string | undefined; // Item: its lines so far, once it has more than one.
  let itemMarkup = '';
  let itemIndent = 0; // Item: the column its content starts at (markdown-it's blkIndent inside it).
  let fenceChar = 0;
  let fenceLength = 0;

  const closeParagraph = (): void => {
    runs.push({ content: asciiTrim(body.slice(openFrom, openTo)), line: openLine, item: undefined });
  };
  const closeItem = (): void => {
    runs.push({ content: asciiTrim(itemText ?? body.slice(openFrom, openTo)), line: openLine, item: itemMarkup });
  };
  /** Opens a list item from the line just classified; false when its first line is not a paragraph. */
  const openItem = (line: number, end: number, lineStart: number): boolean => {
    const contentStart = marker.end;
    itemMarkup = String.fromCharCode(marker.char);
    if (classify(body, contentStart, end, marker) !== Kind.Text) {
      return false; // A heading, list, fence or other block as the item's first child.
    }
    openLine = line;
    openFrom = contentStart;
    openTo = end;
    itemText = undefined;
    itemIndent = contentStart - lineStart;
    return true;
  };

  for (let start = 0, line = 0; start < length; line++) {
    const newline = body.indexOf('\n', start);
    const end = newline < 0 ? length : newline;
    let pos = start;
    while (pos < end && body.charCodeAt(pos) === SPACE) {
      pos++;
    }
    const indent = pos - start;
    const nextStart = end + 1;

    if (mode === Mode.Fence) {
      // fence's closing line: fewer than 4 spaces in, a run at least as long, then spaces only.
      if (indent < 4 && body.charCodeAt(pos) === fenceChar) {
        let at = pos;
        while (at < end && body.charCodeAt(at) === fenceChar) {
          at++;
        }
        if (at - pos >= fenceLength) {
          while (at < end && body.charCodeAt(at) === SPACE) {
            at++;
          }
          if (at === end) {
            mode = Mode.Block;
          }
        }
      }
      start = nextStart;
      continue;
    }

    const kind = classify(body, pos, end, marker);
    if (mode === Mode.Paragraph) {
      if (kind === Kind.Text || (kind !== Kind.Blank && indent >= 4)) {
        openTo = end; // A continuation line (4+ columns in: whatever it holds).
        start = nextStart;
        continue;
      }
      if (kind === Kind.Ordered && marker.value !== 1) {
        return undefined; // Not a list here, but a continuation that reads like one.
      }
      closeParagraph();
      mode = Mode.Block;
    } else if (mode === Mode.Item) {
      if (kind === Kind.Blank) {
        closeItem();
        mode = Mode.AfterItem;
      } else if (indent >= itemIndent) {
        if (kind !== Kind.Text && indent - itemIndent < 4) {
          return undefined; // A block inside the item.
        }
        const piece = body.slice(start + itemIndent, end);
        itemText = `${itemText ?? body.slice(openFrom, openTo)}\n${piece}`;
        openTo = end;
        start = nextStart;
        continue;
      } else {
        if (kind === Kind.Text || kind === Kind.Unknown || indent >= 4) {
          return undefined; // A lazy continuation line, or a shape not read here.
        }
        closeItem();
        mode = Mode.Block;
      }
    } else if (mode === Mode.AfterItem && kind !== Kind.Blank) {
      if (indent >= itemIndent) {
        return undefined; // The item goes on with another block.
      }
      mode = Mode.Block;
    }

    // At the start of a block (a line a paragraph or item above did not take).
    if (kind !== Kind.Blank) {
      if (indent >= 4) {
        return undefined; // Indented code.
      }
      switch (kind) {
        case Kind.Heading:
          break;
        case Kind.Text:
          openLine = line;
          openFrom = start;
          openTo = end;
          mode = Mode.Paragraph;
          break;
        case Kind.Bullet:
        case Kind.Ordered:
          if (!openItem(line, end, start)) {
            return undefined;
          }
          mode = Mode.Item;
          break;
        case Kind.Fence:
          fenceChar = marker.char;
          fenceLength = marker.value;
          mode = Mode.Fence;
          break;
        default:
          return undefined;
      }
    }
    start = nextStart;
  }
  if (mode === Mode.Paragraph) {
    closeParagraph();
  } else if (mode === Mode.Item) {
    closeItem();
  }
  return runs;
}
