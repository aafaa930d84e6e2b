// How the product writes a value into front matter: `key: value` on one line, a list in flow style
// (`tags: [why]`, `people: [Ana María, "O'Neil"]`). A string goes unquoted only when the fast reader
// (simpleFrontMatter.ts), which answers exactly as the library does, reads it back as that same
// string, or — for what the fast reader leaves to the library, such as `2026-03` — when it is made of
// plain characters only and the library reads it back as that string; anything else is double-quoted with every character YAML would not take raw escaped. So a
// person typed as `... and more`, `--- x` or with a line break is quoted, never a block scalar
// (`|-`), which inside a flow list made the YAML invalid (issue #18).
import { parse } from 'yaml';
import { plainScalar, type Scalar } from './simpleFrontMatter';

export type FrontMatterScalar = Scalar;
export type FrontMatterValue = FrontMatterScalar | readonly FrontMatterScalar[];

/** Characters a plain scalar may be made of, in block and in flow context alike. */
const PLAIN_CHARS = /^[\p{L}\p{N}][\p{L}\p{N}._/+@-]*$/u;

/** Characters a YAML double-quoted scalar may not hold raw (or that would change on a round trip). */
const NOT_RAW = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** One scalar, safe in block and in flow context. */
export function renderScalar(value: FrontMatterScalar): string {
  if (value === null) {
    return 'null';
  }
  if (typeof value === 'boolean') {
    return value ? 'true' : 'false';
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) {
      return '.nan';
    }
    if (!Number.isFinite(value)) {
      return value > 0 ? '.inf' : '-.inf';
    }
    return String(value);
  }
  const fast = plainScalar(value);
  if (fast === value || (fast === undefined && PLAIN_CHARS.test(value) && parse(value) === value)) {
    return value;
  }
  // JSON's escapes are YAML's (JSON.stringify also escapes lone surrogates); a few more are needed.
  return JSON.stringify(value).replace(NOT_RAW, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A value: a scalar, or a list of scalars in flow style. */
export function renderValue(value: FrontMatterValue): string {
  return Array.isArray(value) ? `[${(value as readonly FrontMatterScalar[]).map(renderScalar).join(', ')}]` : renderScalar(value as FrontMatterScalar);
}

/** `key: value`, as the product writes a pair. */
export function renderPair(key: string, value: FrontMatterValue): string {
  return `${renderScalar(key)}: ${renderValue(value)}`;
}

/** Whether two values read from YAML are the same data (plain objects, arrays, scalars). */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b) || (a === 0 && b === 0)) {
    return true;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameData(item, b[index]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return false;
  }
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  return aKeys.length === bKeys.length && aKeys.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
