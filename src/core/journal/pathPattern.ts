// Where an entry of any kind is filed: a pattern such as `{yyyy}/{mm}/{date}.md`, relative to the
// journal folder, that the user may change. A pattern is checked when it is set and the rendered path
// is checked again, so neither a pattern nor a value (a person's name) can lead out of the folder.
import { formatIsoWeek, isoWeekOf } from '../calendar/isoWeek';
import { formatIsoDate, type LocalDate } from '../calendar/localDate';
import { isContainedRelativePath } from './entryPath';
import { avoidWindowsDeviceName, isWindowsDeviceName } from './windowsNames';

/**
 * `{yyyy}` `{mm}` `{dd}` and `{date}` (YYYY-MM-DD) and `{week}` (ISO week, `2026-W48`) all come from the
 * entry's date; `{kind}` is the kind's file suffix; `{person}` is the person's name, slugified.
 * Only `{kind}` and `{person}` come from outside the calendar, and both can only render a slug.
 */
export const PATH_TOKENS = ['yyyy', 'mm', 'dd', 'date', 'week', 'kind', 'person'] as const;
export type PathToken = (typeof PATH_TOKENS)[number];

/** The daily entry: `2026/11/2026-11-23.md`, as `dailyEntryPath` has always filed it. */
export const DEFAULT_DAILY_PATTERN = '{yyyy}/{mm}/{date}.md';

/** What a kind's default file name depends on; an entry kind's definition has these fields. */
export interface KindFiling {
  /** Added after the date or week with a `-`; `''` for none (the daily entry). */
  readonly fileSuffix: string;
  /** A weekly entry is named by its ISO week instead of its day. */
  readonly period: 'day' | 'week';
  /** An entry about one person (a 1:1) carries the person's slug, so two 1:1s on a day do not collide. */
  readonly needsPerson: boolean;
}

/**
 * The pattern a kind is filed under unless the user sets another: the month's folder, then the day
 * or week, the suffix and the person. `2026/11/2026-11-23.md` (daily), `2026/11/2026-11-23-1on1-ana.md`,
 * `2026/11/2026-W48-review.md`.
 */
export function defaultPattern(kind: KindFiling): string {
  const period = kind.period === 'week' ? '{week}' : '{date}';
  return `{yyyy}/{mm}/${period}${kind.fileSuffix === '' ? '' : '-{kind}'}${kind.needsPerson ? '-{person}' : ''}.md`;
}

export interface EntryPathVars {
  /**
   * The day the entry is filed under. For a weekly entry pass one fixed day of the week (see
   * `weekAnchor`), or writing it on Monday and on Friday would give two paths.
   */
  readonly date: LocalDate;
  /** The kind's file suffix for `{kind}`: a lower-case slug such as `1on1` or `review`, or `''` for none. */
  readonly fileSuffix: string;
  /** The person the entry is about, as the user typed it; `{person}` renders {@link slugify}(person). */
  readonly person?: string;
}

type Refusal = { readonly ok: false; readonly message: string };
export type PatternCheck = { readonly ok: true } | Refusal;
export type EntryPathResult =
  | {
    readonly ok: true;
    readonly path: string;
    /** Set when a name filled in from a person was a Windows device name and was renamed: says how. */
    readonly notice?: string;
  }
  | Refusal;

type Part = { readonly text: string } | { readonly token: PathToken };
type ParsedPattern = { readonly ok: true; readonly parts: readonly Part[] } | Refusal;

const TOKEN_LIST = PATH_TOKENS.map((token) => `{${token}}`).join(', ');
/** Characters Windows refuses in file names; a journal may be synced to a Windows machine. */
const WINDOWS_RESERVED = /[:*?"<>|\p{Cc}]/u;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Refuses, with a message for the settings UI: an empty or absolute pattern, `\`, `..`, unbalanced
 * braces, unknown tokens, characters Windows cannot store, Windows device names (`con.md`, `aux/`,
 * `nul.{date}.md`), empty or `.` folder names, a pattern not
 * ending in `.md`, and one with no `{date}`, `{week}` or all of `{yyyy}` `{mm}` `{dd}` (it would put
 * every entry in one file).
 */
export function validatePattern(pattern: string): PatternCheck {
  const parsed = parsePattern(pattern);
  return parsed.ok ? { ok: true } : parsed;
}

/** The entry's path relative to the journal folder, `/`-separated; refused if it would not stay inside. */
export function renderEntryPath(pattern: string, vars: EntryPathVars): EntryPathResult {
  const parsed = parsePattern(pattern);
  if (!parsed.ok) {
    return parsed;
  }
  const tokens = new Set(parsed.parts.flatMap((part) => ('token' in part ? [part.token] : [])));
  if (tokens.has('person') && (vars.person === undefined || vars.person.trim() === '')) {
    return { ok: false, message: `The file pattern "${pattern}" uses {person}, but this entry has no person.` };
  }
  if (tokens.has('kind') && vars.fileSuffix === '') {
    return { ok: false, message: `The file pattern "${pattern}" uses {kind}, but this kind has no file suffix.` };
  }
  if (tokens.has('kind') && !SLUG.test(vars.fileSuffix)) {
    return { ok: false, message: `The kind's file suffix "${vars.fileSuffix}" is not a lower-case file-name word.` };
  }
  const values = tokenValues(vars);
  const rendered = parsed.parts.map((part) => ('token' in part ? values[part.token] : part.text)).join('');
  if (!isContainedRelativePath(rendered)) {
    return { ok: false, message: `The file pattern "${pattern}" gives "${rendered}", which is outside the journal folder.` };
  }
  // The pattern's own text was checked; a segment that is now a device name got it from the person.
  const segments = rendered.split('/');
  const device = segments.find(isWindowsDeviceName);
  if (device === undefined) {
    return { ok: true, path: rendered };
  }
  const path = segments.map(avoidWindowsDeviceName).join('/');
  return { ok: true, path, notice: `The entry is filed as "${path}", not "${rendered}": "${device}" names a device on Windows, which could not open such a file.` };
}

/**
 * A person's name as a file-name word: lower-case ASCII letters and digits joined by single `-`,
 * accents and ligatures folded (Ana María → ana-maria, Łukasz → lukasz), at most 60 characters.
 * Never empty, `.` or `..`: a name with nothing to keep (李, `..`) becomes `person`. Idempotent.
 */
export function slugify(name: string): string {
  const folded = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđðłþı]/g, (letter) => UNDECOMPOSABLE.get(letter) ?? '-');
  const slug = folded
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
  return slug === '' ? 'person' : slug;
}

const MAX_SLUG_LENGTH = 60;
/** Latin letters Unicode does not decompose into a base letter and an accent. */
const UNDECOMPOSABLE = new Map([
  ['ß', 'ss'], ['æ', 'ae'], ['œ', 'oe'], ['ø', 'o'], ['đ', 'd'], ['ð', 'd'], ['ł', 'l'], ['þ', 'th'], ['ı', 'i'],
]);

function tokenValues(vars: EntryPathVars): Record<PathToken, string> {
  const iso = formatIsoDate(vars.date);
  return {
    yyyy: iso.slice(0, 4),
    mm: iso.slice(5, 7),
    dd: iso.slice(8, 10),
    date: iso,
    week: formatIsoWeek(isoWeekOf(vars.date)),
    kind: vars.fileSuffix,
    person: slugify(vars.person ?? ''),
  };
}

function parsePattern(pattern: string): ParsedPattern {
  const refuse = (reason: string): Refusal => ({ ok: false, message: `The file pattern "${pattern}" ${reason}` });
  if (pattern.trim() === '') {
    return { ok: false, message: `The file pattern is empty. The default is ${DEFAULT_DAILY_PATTERN}.` };
  }
  if (pattern.includes('\\')) {
    return refuse('contains "\\". Separate folders with "/".');
  }
  if (pattern.startsWith('/') || /^[A-Za-z]:/.test(pattern)) {
    return refuse('is absolute. It must be relative to the journal folder, like {yyyy}/{mm}/{date}.md.');
  }
  if (pattern.includes('..')) {
    return refuse('contains "..". Entries stay inside the journal folder.');
  }
  const parts = splitTokens(pattern);
  if (typeof parts === 'string') {
    return refuse(parts);
  }
  const literal = parts.map((part) => ('text' in part ? part.text : '')).join('');
  const reserved = WINDOWS_RESERVED.exec(literal);
  if (reserved) {
    return refuse(`contains ${JSON.stringify(reserved[0])}, which a file name cannot hold on Windows.`);
  }
  const segments = pattern.split('/');
  if (segments.some((segment) => segment === '' || segment === '.')) {
    return refuse('has an empty or "." folder name.');
  }
  const device = segments.find((segment) => !segment.includes('{') && isWindowsDeviceName(segment))
    ?? segments.map((segment) => segment.split(/\{[a-z]+\}/)[0] ?? '').find((start) => start.includes('.') && isWindowsDeviceName(start));
  if (device !== undefined) {
    return refuse(`has "${device}", a device name on Windows (con, prn, aux, nul, com1, lpt1, …): a journal synced there could not open the file.`);
  }
  const fileName = segments[segments.length - 1];
  if (!fileName.endsWith('.md')) {
    return refuse('must end in ".md".');
  }
  if (fileName === '.md') {
    return refuse('needs a file name before ".md".');
  }
  const tokens = new Set(parts.flatMap((part) => ('token' in part ? [part.token] : [])));
  const namesPeriod =
    tokens.has('date') || tokens.has('week') || (['yyyy', 'mm', 'dd'] as const).every((token) => tokens.has(token));
  if (!namesPeriod) {
    return refuse('must contain {date}, {week}, or all of {yyyy}, {mm} and {dd}, so each day or week has its own file.');
  }
  return { ok: true, parts };
}

/** The pattern as text and tokens, or why its braces cannot be read. */
function splitTokens(pattern: string): Part[] | string {
  const parts: Part[] = [];
  let rest = pattern;
  while (rest !== '') {
    const open = rest.indexOf('{');
    const close = rest.indexOf('}');
    if (close >= 0 && (open < 0 || close < open)) {
      return 'has a "}" with no "{" before it.';
    }
    if (open < 0) {
      parts.push({ text: rest });
      break;
    }
    if (open > 0) {
      parts.push({ text: rest.slice(0, open) });
    }
    const nextOpen = rest.indexOf('{', open + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      return 'has a "{" with no "}" after it.';
    }
    const name = rest.slice(open + 1, close);
    if (!(PATH_TOKENS as readonly string[]).includes(name)) {
      return `has an unknown token {${name}}. Known tokens: ${TOKEN_LIST}.`;
    }
    parts.push({ token: name as PathToken });
    rest = rest.slice(close + 1);
  }
  return parts;
}
