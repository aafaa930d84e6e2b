// Reads one VEVENT block into the jCal that ical.js's parse of the block would give — the same
// properties, parameters and values — except that only the properties the audit reads
// (eventRecord.ts: NEEDED below) are kept, and those of nested components (VALARM) are dropped. The
// time audit never reads a description, a location, a timestamp or an attachment, and ical.js spends
// most of a calendar's parse on them and on turning common lines into jCal; this reads the common
// shapes itself, in one linear pass, and leaves the rest to ical.js a line at a time.
//
// The contract: for every block, either `undefined` — read this block with ical.js whole, as before —
// or a component whose properties are exactly the NEEDED properties (in order) of ical.js's parse of
// the block, which then would not have thrown. So a broken block still gets ical.js's own message, and
// a reading is the same, event for event, whichever path read it (test/unit/core/timeAudit/
// eventProperties.test.ts and the property tier hold the two to that). To be sure of it this follows
// ical.js 2.2's parser (lib/ical/parse.js) step by step:
//   - lines are unfolded as its `_eachLine` does: split at `\n`, a `\r` before it dropped, a line that
//     starts with a space or tab continuing the one before (that character dropped), empty lines
//     skipped, the last line trimmed;
//   - a line's name ends at the first `;` or `:`, whichever is first; its parameters, if the `;` came
//     first, end at the first `:` outside double quotes. A line read here has parameters of the plain
//     shape `;NAME=value` or `;NAME="value"` (a quoted value followed at once by `;` or `:`; no `^`
//     or backslash, which ical.js would unescape; no multi-valued MEMBER or DELEGATED-*), and a value
//     of a type whose conversion is copied here exactly (text, integer, date, date-time, cal-address,
//     duration); anything else is handed to ical.js's own line parser (`parseProperty`);
//   - a line dropped unread is one on which ical.js cannot fail: it has a `:`, plain parameters, no
//     VALUE parameter, and is not a RRULE, EXRULE, RDATE or FREEBUSY (values ical.js converts and may
//     trip on). Any other dropped line is given to ical.js's line parser too, and if that throws the
//     whole block goes to ical.js;
//   - BEGIN and END (without parameters) nest as in ical.js; a block whose nesting ical.js would
//     refuse or read strangely (an END too many, lines after the last END, a BEGIN never ended) goes
//     to ical.js whole.
// Linear in the block: each physical line is looked at once, a dropped line's continuation lines are
// skipped without being joined, and parameters are read in one forward pass (ical.js looks for the
// next `:` from each parameter, which is quadratic on one line of many parameters; the result is the
// same).
import { parseProperty, type JCalComponent, type JCalProperty } from './icalLibrary';

/** The properties eventRecord.ts reads, by how their values are converted (ical.js's default types). */
const TEXT = new Set(['uid', 'summary', 'status', 'transp']);
const DATE_TIME_OR_DATE = new Set(['dtstart', 'dtend', 'recurrence-id']);
const RAW = new Set(['attendee', 'organizer', 'duration']); // cal-address and duration: ical.js keeps the text
/** Read, but always by ical.js's line parser: rare, and their values are structured. */
const BY_ICAL = new Set(['rrule', 'rdate', 'exdate']);
const INTEGER = 'sequence';
/** Dropped properties whose values ical.js converts in ways that can throw (recur, period). */
const CAREFUL = new Set(['rrule', 'exrule', 'rdate', 'freebusy']);
/** Parameters ical.js splits into several values. */
const MULTI_VALUED = new Set(['member', 'delegated-from', 'delegated-to']);

/** Not read here: the caller reads the block with ical.js whole. */
class WholeBlock extends Error {}

/**
 * The VEVENT in `text` from `start` (its BEGIN line) to `end` (just past its END line) as jCal, with
 * only the properties the audit reads; `undefined` when the block must be read by ical.js whole.
 */
export function readEventProperties(text: string, start: number, end: number): JCalComponent | undefined {
  const properties: JCalProperty[] = [];
  const reader = new BlockReader(properties);
  try {
    forEachLine(text, start, end, reader);
    reader.finish();
  } catch (error) {
    if (error instanceof WholeBlock) {
      return undefined;
    }
    throw error;
  }
  return ['vevent', properties, []];
}

interface LineSink {
  /**
   * A logical line begins with this physical line's text. Returns true when its continuation lines
   * may be skipped unread (the line is dropped), false to have the whole logical line given to `line`.
   */
  head(text: string): boolean;
  /** A logical line, whole; `trimmed` when it is not the text `head` began it with plus continuations. */
  line(text: string, trimmed?: boolean): void;
}

/** ical.js's `_eachLine` over text[start, end), handing each logical line to the sink. */
function forEachLine(text: string, start: number, end: number, sink: LineSink): void {
  const first = text[start];
  if (first === ' ' || first === '\t' || start >= end) {
    throw new WholeBlock(); // ical.js skips leading blanks; a block from icsBlocks.ts never has them
  }
  let line: string | undefined;
  let skipping = false;
  let at = start;
  while (at < end) {
    const newline = text.indexOf('\n', at);
    let next = end;
    let lineEnd = end; // the last line, with no newline: kept whole (a `\r` in it is trimmed below)
    if (newline !== -1 && newline < end) {
      next = newline + 1;
      lineEnd = newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
    }
    const firstChar = text[at];
    if (firstChar === ' ' || firstChar === '\t') {
      if (!skipping && line !== undefined) {
        line += text.slice(at + 1, lineEnd);
      }
    } else {
      if (line) {
        sink.line(line);
      }
      line = undefined;
      skipping = false;
      const physical = text.slice(at, lineEnd);
      if (sink.head(physical)) {
        skipping = true;
      } else {
        line = physical;
      }
    }
    at = next;
  }
  // ical.js trims the last line. One dropped unread is never last in a block that reads here: the
  // END that closes the event must be last, or the block is ical.js's (BlockReader).
  if (line !== undefined) {
    const last = line.trim();
    if (last.length > 0) {
      sink.line(last, last !== line);
    }
  }
}

class BlockReader implements LineSink {
  private depth = 0;
  private lines = 0;
  private closed = false;
  /**
   * The shape of the logical line begun by the last `head`, when its name and parameters end in that
   * first physical line (so continuation lines cannot change it): `line` need not look again.
   */
  private headShape: LineShape | undefined;

  constructor(private readonly properties: JCalProperty[]) {}

  head(text: string): boolean {
    // Only a line whose name and parameters end within its first physical line, that is dropped,
    // and that ical.js certainly reads without error, is skipped unjoined.
    const shape = lineShape(text);
    this.headShape = shape;
    if (!shape || (!shape.hasParameters && (shape.name === 'begin' || shape.name === 'end'))) {
      return false;
    }
    if (this.closed || this.depth === 0 || (this.depth === 1 && isNeeded(shape.name)) || !safeToDrop(text, shape)) {
      return false;
    }
    this.lines += 1;
    return true;
  }

  line(text: string, trimmed = false): void {
    const first = this.lines === 0;
    this.lines += 1;
    const shape = (trimmed ? undefined : this.headShape) ?? lineShape(text);
    this.headShape = undefined;
    if (this.closed || !shape) {
      // A line after the END that closed the event; or ical.js's "invalid line (no token ";" or ":")"
      // or "Missing parameter value".
      throw new WholeBlock();
    }
    const { name, hasParameters } = shape;
    if (!hasParameters && name === 'begin') {
      this.depth += 1;
      return;
    }
    if (first) {
      throw new WholeBlock();
    }
    if (!hasParameters && name === 'end') {
      this.depth -= 1;
      this.closed = this.depth === 0;
      return;
    }
    if (this.depth === 1 && isNeeded(name)) {
      this.properties.push(readNeeded(text, shape));
      return;
    }
    if (!safeToDrop(text, shape)) {
      checkWithIcal(text);
    }
  }

  finish(): void {
    if (!this.closed) {
      throw new WholeBlock(); // ical.js: "component began but did not end"
    }
  }
}

interface LineShape {
  /** Lower case, as ical.js names the property. */
  readonly name: string;
  readonly hasParameters: boolean;
  /** Where the name ends: at the `;` that begins the parameters, or at the `:` before the value. */
  readonly nameEnd: number;
}

/** The name of a line as ical.js reads it; `undefined` for a line with no `:` (ical.js refuses it). */
function lineShape(text: string): LineShape | undefined {
  const colon = text.indexOf(':');
  if (colon === -1) {
    return undefined;
  }
  const semi = text.indexOf(';');
  const hasParameters = semi !== -1 && semi < colon;
  const nameEnd = hasParameters ? semi : colon;
  return { name: text.slice(0, nameEnd).toLowerCase(), hasParameters, nameEnd };
}

function isNeeded(name: string): boolean {
  return TEXT.has(name) || DATE_TIME_OR_DATE.has(name) || RAW.has(name) || BY_ICAL.has(name) || name === INTEGER;
}

/** A dropped line ical.js reads without error (see the file comment). */
function safeToDrop(text: string, shape: LineShape): boolean {
  if (CAREFUL.has(shape.name)) {
    return false;
  }
  if (!shape.hasParameters) {
    return true;
  }
  const read = readParameters(text, shape.nameEnd);
  return read !== undefined && !('value' in read.parameters);
}

/** ical.js's parse of one line, for a dropped line that might make it throw: if it does, the block is ical.js's. */
function checkWithIcal(line: string): void {
  try {
    parseProperty(line);
  } catch {
    throw new WholeBlock();
  }
}

const EQUALS = 0x3d;
const SEMICOLON = 0x3b;
const COLON = 0x3a;
const QUOTE = 0x22;
const CARET = 0x5e;
const BACKSLASH = 0x5c;

/**
 * The parameters from the `;` at `semi` as ical.js reads them when each has the plain shape (see the
 * file comment) — names lower case, the last of a repeated name kept — and where the value begins;
 * `undefined` for any other shape. One forward pass.
 */
function readParameters(line: string, semi: number): { parameters: Record<string, string>; valueStart: number } | undefined {
  const parameters: Record<string, string> = {};
  let at = semi + 1;
  for (;;) {
    let equals = at;
    for (let code = line.charCodeAt(equals); equals < line.length; code = line.charCodeAt(++equals)) {
      if (code === EQUALS || code === SEMICOLON || code === COLON || code === QUOTE) {
        break;
      }
    }
    if (equals === at || line.charCodeAt(equals) !== EQUALS) {
      return undefined;
    }
    const name = line.slice(at, equals).toLowerCase();
    if (MULTI_VALUED.has(name)) {
      return undefined;
    }
    let after = equals + 1;
    if (line.charCodeAt(after) === QUOTE) {
      const close = line.indexOf('"', after + 1);
      if (close === -1) {
        return undefined;
      }
      const value = line.slice(after + 1, close);
      if (value.includes('^') || value.includes('\\')) {
        return undefined;
      }
      parameters[name] = value;
      after = close + 1;
    } else {
      for (let code = line.charCodeAt(after); after < line.length; code = line.charCodeAt(++after)) {
        if (code === SEMICOLON || code === COLON || code === QUOTE || code === CARET || code === BACKSLASH) {
          break;
        }
      }
      parameters[name] = line.slice(equals + 1, after);
    }
    const next = line.charCodeAt(after);
    if (next === COLON) {
      return { parameters, valueStart: after + 1 };
    }
    if (next !== SEMICOLON) {
      return undefined;
    }
    at = after + 1;
  }
}

/** A needed property as jCal: read here when its shape is plain, else by ical.js's line parser. */
function readNeeded(line: string, shape: LineShape): JCalProperty {
  const { name } = shape;
  const read = shape.hasParameters ? readParameters(line, shape.nameEnd) : { parameters: {}, valueStart: shape.nameEnd + 1 };
  if (read !== undefined && !BY_ICAL.has(name)) {
    const { parameters } = read;
    const explicitType = 'value' in parameters ? String(parameters.value).toLowerCase() : undefined;
    delete parameters.value;
    const value = readValue(name, explicitType, line.slice(read.valueStart));
    if (value !== undefined) {
      return [name, parameters, value.type, value.value];
    }
  }
  try {
    return parseProperty(line);
  } catch {
    throw new WholeBlock();
  }
}

/** The value as ical.js converts it for this property and type; `undefined` for a type not copied here. */
function readValue(name: string, explicitType: string | undefined, value: string): { type: string; value: unknown } | undefined {
  if (DATE_TIME_OR_DATE.has(name)) {
    const type = explicitType ?? 'date-time';
    if (type === 'date-time') {
      return { type, value: dateTimeFromIcal(value) };
    }
    if (type === 'date') {
      return { type, value: dateFromIcal(value) };
    }
    return undefined;
  }
  if (explicitType !== undefined) {
    return undefined;
  }
  if (TEXT.has(name)) {
    return { type: 'text', value: unescapeText(value) };
  }
  if (name === INTEGER) {
    const parsed = parseInt(value);
    return { type: 'integer', value: Number.isNaN(parsed) ? 0 : parsed };
  }
  if (name === 'duration') {
    return { type: 'duration', value };
  }
  return { type: 'cal-address', value };
}

// ical.js's design.js with `design.strict` true, its default: `20120901T130000Z` → `2012-09-01T13:00:00Z`
// and `20120901` → `2012-09-01`, by position, unchecked (icsValues.ts checks them).
function dateTimeFromIcal(value: string): string {
  const utc = value[15] === 'Z' ? 'Z' : '';
  return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}T${value.slice(9, 11)}:${value.slice(11, 13)}:${value.slice(13, 15)}${utc}`;
}

function dateFromIcal(value: string): string {
  return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
}

const TEXT_ESCAPE = /\\\\|\\;|\\,|\\[Nn]/g;

/** ical.js's TEXT unescaping: `\\`, `\;`, `\,` and `\n` or `\N`; any other backslash is kept. */
function unescapeText(value: string): string {
  if (!value.includes('\\')) {
    return value;
  }
  return value.replace(TEXT_ESCAPE, (escape) => {
    if (escape === '\\\\') {
      return '\\';
    }
    return escape === '\\n' || escape === '\\N' ? '\n' : escape.slice(1);
  });
}
