// Front matter: the YAML block between `---` fences at the very top of an entry. The product owns
// the keys it writes (date, kind, people, the tags); the user owns everything else, including the
// body. Contract of every function here: bytes outside the front matter block are never changed, and
// inside it only the product's own pairs are (frontMatterEdit.ts says exactly what that means). The
// `yaml` library is used for its CST, which keeps every byte with its offset, and always within the
// bounds of src/core/text/boundedYaml.ts: the text is the user's and may be anyone's.
import { describeYamlProblem, FRONT_MATTER_LIMITS, parseBoundedYaml, yamlData } from '../text/boundedYaml';
import { splitEntry } from './entrySplit';
import { planFrontMatterEdit, type FrontMatterPatch } from './frontMatterEdit';
import { readSimpleFrontMatter } from './simpleFrontMatter';
import { renderPair, sameData, type FrontMatterValue } from './yamlValue';

export type { FrontMatterPatch } from './frontMatterEdit';

export type FrontMatterRead =
  | { readonly ok: true; readonly data: Readonly<Record<string, unknown>>; readonly present: boolean }
  | { readonly ok: false; readonly reason: string };

/**
 * The YAML as the library should read it. A lone CR is a line break to YAML and to this product, but
 * not to the library; CR and LF are one character each, so every offset stays the file's.
 */
function asLibraryReads(yaml: string): string {
  return yaml.includes('\r') ? yaml.replace(/\r(?!\n)/g, '\n') : yaml;
}

type Parsed =
  | { readonly ok: true; readonly source: string; readonly data: Readonly<Record<string, unknown>>; readonly parse: Extract<ReturnType<typeof parseBoundedYaml>, { ok: true }> }
  | { readonly ok: false; readonly reason: string };

function parseFrontMatter(yaml: string): Parsed {
  const source = asLibraryReads(yaml);
  const parse = parseBoundedYaml(source, FRONT_MATTER_LIMITS);
  if (!parse.ok) {
    return { ok: false, reason: describeYamlProblem(parse.problem, 'front matter') };
  }
  const data = yamlData(parse.doc);
  if (!data.ok) {
    return { ok: false, reason: describeYamlProblem(data.problem, 'front matter') };
  }
  const value = data.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reason: 'front matter is not a set of "key: value" lines' };
  }
  return { ok: true, source, data: value as Record<string, unknown>, parse };
}

/** The front matter as plain data. A file without front matter reads as `{}` with `present: false`. */
export function readFrontMatter(text: string): FrontMatterRead {
  const split = splitEntry(text);
  if (split.yaml === undefined) {
    return { ok: true, data: {}, present: false };
  }
  const simple = readSimpleFrontMatter(asLibraryReads(split.yaml)); // The product's own front matter, without the library.
  if (simple !== undefined) {
    return { ok: true, data: simple, present: true };
  }
  const parsed = parseFrontMatter(split.yaml);
  return parsed.ok ? { ok: true, data: parsed.data, present: true } : parsed;
}

/** A new front matter block, fences included, keys in the given order, LF line endings. */
export function createFrontMatter(fields: Readonly<Record<string, FrontMatterValue | undefined>>): string {
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, FrontMatterValue] => entry[1] !== undefined)
    .map(([key, value]) => `${renderPair(key, value)}\n`);
  return `---\n${lines.join('')}---\n`;
}

export type FrontMatterUpdate =
  | { readonly ok: true; readonly text: string; readonly changed: boolean }
  | { readonly ok: false; readonly reason: string };

/**
 * Sets (or, for `undefined`, removes) the given top-level keys in the entry's front matter, adding a
 * block at the top when there is none. Only the product's pairs change (frontMatterEdit.ts); the
 * body, the BOM and the line endings stay. The result is read back before it is returned: if any
 * key outside `patch` would read differently, or a key in it not as asked, nothing is changed and
 * the reason says so. Malformed or unbounded YAML is refused, never rewritten.
 */
export function updateFrontMatter(text: string, patch: FrontMatterPatch): FrontMatterUpdate {
  const split = splitEntry(text);
  if (split.yaml === undefined) {
    const block = createFrontMatter(patch).replace(/\n/g, split.eol);
    return { ok: true, text: `${split.bom}${block}${text.slice(split.bom.length)}`, changed: true };
  }
  const parsed = parseFrontMatter(split.yaml);
  if (!parsed.ok) {
    return parsed;
  }
  const plan = planFrontMatterEdit(parsed.source, parsed.parse.doc, parsed.parse.tokens, parsed.data, patch);
  if (!plan.ok) {
    return plan;
  }
  if (plan.edits.length === 0) {
    return { ok: true, text, changed: false };
  }
  let yaml = split.yaml;
  for (const edit of [...plan.edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    yaml = yaml.slice(0, edit.start) + edit.text.replace(/\n/g, split.eol) + yaml.slice(edit.end);
  }
  const problem = checkResult(yaml, parsed.data, patch);
  if (problem !== undefined) {
    return { ok: false, reason: problem };
  }
  const start = split.bom.length + split.yamlStart;
  const result = text.slice(0, start) + yaml + text.slice(start + split.yaml.length);
  return { ok: true, text: result, changed: result !== text };
}

/** Why the edited YAML is not what was meant, or undefined when it is. */
function checkResult(yaml: string, before: Readonly<Record<string, unknown>>, patch: FrontMatterPatch): string | undefined {
  const after = parseFrontMatter(yaml);
  const unsafe = 'its front matter is laid out in a way the tagger cannot change without touching your own keys';
  if (!after.ok) {
    return `${unsafe} (the result would not read: ${after.reason})`;
  }
  for (const key of new Set([...Object.keys(before), ...Object.keys(after.data), ...Object.keys(patch)])) {
    const expected = Object.hasOwn(patch, key) ? patch[key] : before[key];
    const present = Object.hasOwn(after.data, key);
    if (expected === undefined ? present : !present || !sameData(after.data[key], expected)) {
      return `${unsafe} (${key} would read differently)`;
    }
  }
  return undefined;
}
