// A fast path for reading the front matter this product writes: flat `key: value` lines whose values
// are plain words, canonical numbers, true/false/null or a flow list of those (`[why]`,
// `[Ana, Sam Lee]`). It answers exactly what the `yaml` library answers for such text (YAML 1.2 core
// schema), and *nothing* for anything else — quotes, comments, nesting, block lists, anchors, any
// character that could mean something in YAML, duplicate keys — so the caller falls back to the
// library. Why: the index reads every entry's front matter, and the library's full document model
// was a fifth of a cold index. A property test compares both on generated front matter.

/** Keys: a letter or underscore, then letters, digits, `_` or `-` (never `__proto__`). */
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** A plain word: no YAML indicator, no `:`, `#`, quotes, brackets or commas; starts with a letter or digit. */
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} ._/+@-]*$/u;
/** Numbers the fast path reads: canonical decimals only (`007`, `1e3`, `0x1F`, `.5` go to the library). */
const NUMBER = /^-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$/;

const ISO_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
/** Characters no YAML number has (numbers use digits, `.+-`, `e`, and `x`/`o` with hex digits a–f). */
const NOT_IN_NUMBERS = /[g-nprsuvwyzG-NPRSUVWYZ_/@]|[^ -~]/;

export type Scalar = string | number | boolean | null;

/**
 * One scalar as the library reads plain text (`7` is a number, `null` is null, `Ana` a string), or
 * undefined when the library must decide. Also tells the writer when a string can go unquoted: when
 * this reads it back as that same string (yamlValue.ts).
 */
export function plainScalar(text: string): Scalar | undefined {
  if (text === 'null' || text === '~') {
    return null;
  }
  if (text === 'true' || text === 'false') {
    return text === 'true';
  }
  if (NUMBER.test(text)) {
    return Number(text);
  }
  if (ISO_DATE.test(text)) {
    return text; // A day, as the product writes it: a string in YAML 1.2's core schema.
  }
  if (!PLAIN.test(text) || /^(?:null|true|false|nan|inf)$/i.test(text) || /[ .]$/.test(text) || /\s{2}|\t/.test(text)) {
    return undefined; // Other spellings of null/booleans/specials, and spacing the library may fold.
  }
  // Anything else that starts like a number (0x1F, 1e3, 1.2.3, 007, .inf) is the library's to read,
  // unless it cannot be one: a space, or a letter no YAML number has (`2026-W48`, `12th`).
  return /^[0-9.+-]/.test(text) && !text.includes(' ') && !NOT_IN_NUMBERS.test(text) ? undefined : text;
}

function value(text: string): Scalar | Scalar[] | undefined {
  if (text === '') {
    return null;
  }
  if (text.startsWith('[')) {
    if (!text.endsWith(']')) {
      return undefined;
    }
    const inner = text.slice(1, -1).trim();
    if (inner === '') {
      return [];
    }
    const items: Scalar[] = [];
    for (const part of inner.split(',')) {
      const item = plainScalar(part.trim());
      if (item === undefined || part.trim() === '') {
        return undefined;
      }
      items.push(item);
    }
    return items;
  }
  return plainScalar(text);
}

/**
 * The data of `yaml` (the text between the fences) when it is simple enough to read here; undefined
 * otherwise (the caller then asks the library). An empty block reads as `{}`.
 */
export function readSimpleFrontMatter(yaml: string): Record<string, Scalar | Scalar[]> | undefined {
  const data: Record<string, Scalar | Scalar[]> = {};
  for (const raw of yaml.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (/^ *$/.test(line)) {
      continue; // Blank. (A line of tabs or other white space is the library's to judge: YAML refuses tab indentation.)
    }
    if (line.trim() === '') {
      return undefined;
    }
    const colon = line.indexOf(': ');
    const key = colon < 0 ? (line.endsWith(':') ? line.slice(0, -1) : undefined) : line.slice(0, colon);
    if (key === undefined || !KEY.test(key) || key === '__proto__' || Object.hasOwn(data, key)) {
      return undefined;
    }
    const parsed = value(colon < 0 ? '' : line.slice(colon + 2).trim());
    if (parsed === undefined) {
      return undefined;
    }
    data[key] = parsed;
  }
  return data;
}
