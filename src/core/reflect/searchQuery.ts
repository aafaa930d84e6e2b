// The Search Journal query language: free words and "quoted phrases" match an entry's text; `key:value`
// filters match its index record. Keys: `tag:` (why, how, balanced, unclear, or a Kotter function), `kind:`,
// `person:`, `trap:`, `style:`, `from:`/`since:` and `to:` (YYYY-MM-DD, or YYYY-MM / YYYY for a whole
// month or year). A value may be quoted (`person:"Ana María"`). An unknown key stays text (`re:thing`,
// `https://…`). Values of one key are alternatives; different keys must all hold.
import { daysInMonth, formatIsoDate, parseIsoDate } from '../calendar/localDate';
import { ENTRY_KINDS } from '../entries/kinds';
import { ENTRY_LABELS, FUNCTION_IDS, STYLE_IDS, TRAP_IDS, type EntryLabel, type FunctionId, type StyleId, type TrapId } from '../tagger/types';
import { foldText } from './foldText';
import { personKey } from './personKey';

export interface SearchQuery {
  /** Folded words and phrases that must all occur in the text. */
  readonly terms: readonly string[];
  readonly labels: readonly EntryLabel[];
  readonly functions: readonly FunctionId[];
  readonly styles: readonly StyleId[];
  /** Kind ids, lower case (`kind:1on1` is read as `one-on-one`). */
  readonly kinds: readonly string[];
  /** Person keys (personKey.ts), resolved through the people directory when matching. */
  readonly people: readonly string[];
  readonly traps: readonly TrapId[];
  /** `YYYY-MM-DD`, both included; null for open. */
  readonly from: string | null;
  readonly to: string | null;
}

export interface QueryProblem {
  /** The part of the query it is about, as typed. */
  readonly token: string;
  readonly message: string;
}

export interface ParsedQuery {
  readonly query: SearchQuery;
  /** Empty when every part was understood. A query with problems still filters on the rest. */
  readonly problems: readonly QueryProblem[];
}

/** `tag:unclear` finds entries with words that show neither side (not untouched ones: they have no label). */
const LABELS: readonly EntryLabel[] = ENTRY_LABELS;

/** `1on1` → `one-on-one`, `aar` → `after-action`: the kinds' file suffixes work as names too. */
const KIND_ALIASES = new Map<string, string>([
  ...ENTRY_KINDS.filter((kind) => kind.fileSuffix !== '').map((kind) => [kind.fileSuffix, kind.id] as [string, string]),
  ['review', 'weekly-review'],
]);

interface Token {
  readonly raw: string;
  /** Lower-case key for `key:value`, else undefined. */
  readonly key: string | undefined;
  readonly value: string;
}

const OPEN_QUOTES = '"\u201C';
const CLOSE_QUOTES = '"\u201D';

const KEY_CHAR = /^[a-z]$/i;

/**
 * Splits on whitespace outside quotes; an unclosed quote runs to the end. Linear: each character is
 * looked at once, and whether the text so far can still be a key is kept as a flag, not re-tested on
 * the growing value (256k `:` took two minutes when each `:` ran a pattern over everything before it).
 */
function tokenise(input: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < input.length) {
    while (at < input.length && /\s/.test(input[at] ?? '')) {
      at++;
    }
    if (at >= input.length) {
      break;
    }
    const start = at;
    const parts: string[] = [];
    let partStart = at;
    let key: string | undefined;
    let keyLike = true; // Only letters so far, none of them quoted.
    while (at < input.length && !/\s/.test(input[at] ?? '')) {
      const char = input[at] ?? '';
      if (OPEN_QUOTES.includes(char)) {
        parts.push(input.slice(partStart, at));
        keyLike = false;
        at++;
        const quoted = at;
        while (at < input.length && !CLOSE_QUOTES.includes(input[at] ?? '')) {
          at++;
        }
        parts.push(input.slice(quoted, at));
        at++; // The closing quote (or past the end).
        partStart = at;
        continue;
      }
      if (char === ':' && key === undefined && keyLike && at > start) {
        key = input.slice(start, at).toLowerCase();
        at++;
        partStart = at;
        keyLike = false;
        continue;
      }
      keyLike &&= KEY_CHAR.test(char);
      at++;
    }
    parts.push(input.slice(partStart, Math.min(at, input.length)));
    tokens.push({ raw: input.slice(start, Math.min(at, input.length)), key, value: parts.join('') });
  }
  return tokens;
}

type DateEnd = 'start' | 'end';

/** `2026-03-05`; `2026-03` or `2026` as the first or last day of it; undefined if not a date. */
function readDate(text: string, end: DateEnd): string | undefined {
  const day = parseIsoDate(text);
  if (day && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return formatIsoDate(day);
  }
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) {
    const [year, monthNumber] = [Number(month[1]), Number(month[2])];
    if (year >= 1 && monthNumber >= 1 && monthNumber <= 12) {
      return formatIsoDate({ year, month: monthNumber, day: end === 'start' ? 1 : daysInMonth(year, monthNumber) });
    }
    return undefined;
  }
  const year = /^(\d{4})$/.exec(text);
  if (year && Number(year[1]) >= 1) {
    return `${year[1]}-${end === 'start' ? '01-01' : '12-31'}`;
  }
  return undefined;
}

/** The id matching `value` exactly, or the only one starting with it (`trap:micromanaging`). */
function pickId<T extends string>(value: string, ids: readonly T[]): T | undefined {
  const lower = value.toLowerCase();
  const exact = ids.find((id) => id === lower);
  if (exact) {
    return exact;
  }
  const starting = ids.filter((id) => id.startsWith(lower));
  return starting.length === 1 ? starting[0] : undefined;
}

const KEYS = ['tag', 'kind', 'person', 'trap', 'style', 'from', 'since', 'to'] as const;

/** Reads a query string. Never throws; what it cannot read is listed in `problems`. */
export function parseQuery(input: string): ParsedQuery {
  const terms: string[] = [];
  const labels: EntryLabel[] = [];
  const functions: FunctionId[] = [];
  const styles: StyleId[] = [];
  const kinds: string[] = [];
  const people: string[] = [];
  const traps: TrapId[] = [];
  let from: string | null = null;
  let to: string | null = null;
  const problems: QueryProblem[] = [];
  const add = <T>(list: T[], item: T): void => {
    if (!list.includes(item)) {
      list.push(item);
    }
  };
  /** Adds what `raw` names, or, when it names nothing, the problem that says why. */
  const addNamed = <T>(list: T[], named: T | undefined, raw: string, problem: string): void => {
    if (named === undefined) {
      problems.push({ token: raw, message: problem });
    } else {
      add(list, named);
    }
  };
  for (const token of tokenise(input)) {
    const { key, value, raw } = token;
    if (key === undefined || !(KEYS as readonly string[]).includes(key)) {
      const term = foldText(key === undefined ? value : `${key}:${value}`).replace(/\s+/g, ' ').trim();
      if (term !== '') {
        add(terms, term);
      }
      continue;
    }
    if (value.trim() === '') {
      problems.push({ token: raw, message: `"${raw}" needs a value after the colon, like ${key}:${example(key)}.` });
      continue;
    }
    switch (key) {
      case 'tag': {
        const label = pickId(value, LABELS);
        const fn = label ? undefined : pickId(value, FUNCTION_IDS);
        if (label) {
          add(labels, label);
        } else if (fn) {
          add(functions, fn);
        } else {
          problems.push({ token: raw, message: `"${value}" is not a tag. Tags: ${[...LABELS, ...FUNCTION_IDS].join(', ')}.` });
        }
        break;
      }
      case 'trap':
        addNamed(traps, pickId(value, TRAP_IDS), raw, `"${value}" is not a trap. Traps: ${TRAP_IDS.join(', ')}.`);
        break;
      case 'style':
        addNamed(styles, pickId(value, STYLE_IDS), raw, `"${value}" is not a style. Styles: ${STYLE_IDS.join(', ')}.`);
        break;
      case 'kind': {
        const kind = value.trim().toLowerCase();
        add(kinds, KIND_ALIASES.get(kind) ?? kind);
        break;
      }
      case 'person': {
        const person = personKey(value);
        addNamed(people, person === '' ? undefined : person, raw, `"${value}" has no letters or digits to find a person by.`);
        break;
      }
      default: {
        const end: DateEnd = key === 'to' ? 'end' : 'start';
        const date = readDate(value.trim(), end);
        if (!date) {
          problems.push({ token: raw, message: `"${value}" in ${key}: is not a date. Write it as YYYY-MM-DD (2026-03-31), YYYY-MM or YYYY.` });
        } else if (end === 'start') {
          from = date;
        } else {
          to = date;
        }
      }
    }
  }
  if (from !== null && to !== null && from > to) {
    problems.push({ token: `${from}…${to}`, message: `The range starts on ${from}, after it ends on ${to}.` });
  }
  return { query: { terms, labels, functions, styles, kinds, people, traps, from, to }, problems };
}

function example(key: string): string {
  switch (key) {
    case 'tag': return 'why';
    case 'kind': return 'decision';
    case 'person': return 'ana';
    case 'trap': return 'micromanaging-leader';
    case 'style': return 'coaching';
    default: return '2026-01-31';
  }
}
