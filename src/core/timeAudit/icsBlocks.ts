// Cuts iCalendar text into its top-level components (VEVENT, VTIMEZONE, …) before any parsing, so
// that one malformed line costs one event, not the file (ical.js refuses a whole text for one bad
// line), and so that a 50 MB file is read an event at a time rather than held as one jCal tree.
// Linear in the text: one regular-expression pass over BEGIN/END lines and one count of newlines.

export interface IcsBlock {
  /** Upper-case component name: `VEVENT`, `VTIMEZONE`, `VTODO`, … */
  readonly name: string;
  /** Offsets of the BEGIN line's first character and just past the END line (its newline included). */
  readonly start: number;
  readonly end: number;
  /** 1-based line of the BEGIN line. */
  readonly line: number;
}

export interface IcsScan {
  /** Complete top-level components, in order. */
  readonly blocks: readonly IcsBlock[];
  /** BEGIN:VCALENDAR lines seen; 0 means the text is not iCalendar. */
  readonly calendars: number;
  /** Components that began but never ended, where the next one began or the calendar ended. */
  readonly unclosed: readonly { readonly name: string; readonly line: number }[];
  /** Set when the text ends inside a component: the line where that component began. */
  readonly truncatedAt?: { readonly name: string; readonly line: number };
}

/** Components that only ever stand at the top of a calendar, so a BEGIN of one ends any still open. */
const TOP_LEVEL = new Set(['VEVENT', 'VTODO', 'VJOURNAL', 'VFREEBUSY', 'VTIMEZONE', 'VAVAILABILITY']);

// A BEGIN or END line; the name may be followed by spaces and a CR. Names are case-insensitive.
const MARKER = /^(BEGIN|END):([A-Za-z0-9-]+)[ \t]*\r?$/gim;

export function scanIcs(text: string): IcsScan {
  const blocks: IcsBlock[] = [];
  const unclosed: { name: string; line: number }[] = [];
  const stack: string[] = [];
  let calendars = 0;
  let open: { name: string; start: number; line: number; level: number } | undefined;
  let lineCursor = 0;
  let lineNumber = 1;
  const lineOf = (offset: number): number => {
    for (let at = text.indexOf('\n', lineCursor); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
      lineNumber += 1;
      lineCursor = at + 1;
    }
    return lineNumber;
  };

  MARKER.lastIndex = 0;
  for (let match = MARKER.exec(text); match; match = MARKER.exec(text)) {
    const name = (match[2] ?? '').toUpperCase();
    const isBegin = (match[1] ?? '').toUpperCase() === 'BEGIN';
    if (isBegin) {
      if (open && TOP_LEVEL.has(name)) {
        unclosed.push({ name: open.name, line: open.line });
        stack.length = open.level;
        open = undefined;
      }
      if (name === 'VCALENDAR' && stack.length === 0) {
        calendars += 1;
      } else if (stack.length === 0 || (stack.length === 1 && stack[0] === 'VCALENDAR')) {
        // A top-level component; one outside any VCALENDAR is read too (some tools omit it).
        open = { name, start: match.index, line: lineOf(match.index), level: stack.length };
      }
      stack.push(name);
      continue;
    }
    // END: close the matching BEGIN, and any left open inside it; a stray END is ignored.
    const depth = stack.lastIndexOf(name);
    if (depth === -1) {
      continue;
    }
    stack.length = depth;
    if (open && depth === open.level) {
      const lineEnd = text.indexOf('\n', match.index);
      blocks.push({ name, start: open.start, end: lineEnd === -1 ? text.length : lineEnd + 1, line: open.line });
      open = undefined;
    } else if (open && depth < open.level) {
      unclosed.push({ name: open.name, line: open.line }); // END:VCALENDAR with an event still open
      open = undefined;
    }
  }
  if (open) {
    return { blocks, calendars, unclosed, truncatedAt: { name: open.name, line: open.line } };
  }
  if (stack.length > 0) {
    return { blocks, calendars, unclosed, truncatedAt: { name: stack[0] ?? 'VCALENDAR', line: 1 } };
  }
  return { blocks, calendars, unclosed };
}
