// Front matter: the YAML block between `---` fences at the very top of an entry. The product owns
// the keys it writes (date, kind, people, later tags); the user owns everything else, including the
// body. Contract of every function here: bytes outside the front matter block are never changed, and
// user keys and comments inside it survive an update (the `yaml` library's Document model round-trips
// them, which is why it was chosen over a hand-written parser or js-yaml, which drops comments).
import { isMap, isNode, isScalar, stringify } from 'yaml';
import { describeYamlProblem, FRONT_MATTER_LIMITS, parseBoundedYaml, yamlData } from '../text/boundedYaml';
import { splitEntry } from './entrySplit';
import { readSimpleFrontMatter } from './simpleFrontMatter';

export type FrontMatterRead =
  | { readonly ok: true; readonly data: Readonly<Record<string, unknown>>; readonly present: boolean }
  | { readonly ok: false; readonly reason: string };

/** The front matter as plain data. A file without front matter reads as `{}` with `present: false`. */
export function readFrontMatter(text: string): FrontMatterRead {
  const split = splitEntry(text);
  if (split.yaml === undefined) {
    return { ok: true, data: {}, present: false };
  }
  const simple = readSimpleFrontMatter(split.yaml); // The product's own front matter, without the library.
  if (simple !== undefined) {
    return { ok: true, data: simple, present: true };
  }
  const parsed = parseBoundedYaml(split.yaml, FRONT_MATTER_LIMITS);
  if (!parsed.ok) {
    return { ok: false, reason: describeYamlProblem(parsed.problem, 'front matter') };
  }
  const data = yamlData(parsed.doc);
  if (!data.ok) {
    return { ok: false, reason: describeYamlProblem(data.problem, 'front matter') };
  }
  const value = data.value;
  if (value === null || value === undefined) {
    return { ok: true, data: {}, present: true };
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reason: 'front matter is not a set of "key: value" lines' };
  }
  return { ok: true, data: value as Record<string, unknown>, present: true };
}

/** A new front matter block, fences included, keys in the given order, LF line endings. */
export function createFrontMatter(fields: Readonly<Record<string, unknown>>): string {
  const lines = Object.entries(fields).filter(([, value]) => value !== undefined).map(([key, value]) => `${renderPair(key, value)}\n`);
  return `---\n${lines.join('')}---\n`;
}

export type FrontMatterUpdate =
  | { readonly ok: true; readonly text: string; readonly changed: boolean }
  | { readonly ok: false; readonly reason: string };

/** One `key: value` line as the product writes it: arrays of scalars in flow style, `tags: [why]`. */
function renderPair(key: string, value: unknown): string {
  const scalar = (v: unknown): string => stringify(v, { lineWidth: 0 }).trim();
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')) {
    return `${scalar(key)}: [${value.map(scalar).join(', ')}]`;
  }
  if (value !== null && typeof value === 'object') {
    return stringify({ [key]: value }, { lineWidth: 0 }).trimEnd();
  }
  return `${scalar(key)}: ${scalar(value)}`;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Sets (or, for `undefined`, deletes) the given top-level keys in the entry's front matter, adding a
 * block at the top when there is none. Edits are surgical: only the source of the product's own
 * pairs is replaced, so other keys, their formatting and comments, and the body stay byte for byte,
 * as do the BOM and line endings. Malformed YAML is refused, never rewritten.
 */
export function updateFrontMatter(text: string, patch: Readonly<Record<string, unknown>>): FrontMatterUpdate {
  const split = splitEntry(text);
  if (split.yaml === undefined) {
    const block = createFrontMatter(patch).replace(/\n/g, split.eol);
    return { ok: true, text: `${split.bom}${block}${text.slice(split.bom.length)}`, changed: true };
  }
  const source = split.yaml;
  const parsed = parseBoundedYaml(source, FRONT_MATTER_LIMITS);
  if (!parsed.ok) {
    return { ok: false, reason: describeYamlProblem(parsed.problem, 'front matter') };
  }
  const doc = parsed.doc;
  if (doc.contents !== null && !isMap(doc.contents)) {
    return { ok: false, reason: 'front matter is not a set of "key: value" lines' };
  }
  const pairs = isMap(doc.contents) ? doc.contents.items : [];
  const edits: Edit[] = [];
  const appended: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    const pair = pairs.find((p) => isScalar(p.key) && p.key.value === key);
    const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
    if (!pair || !keyRange) {
      if (value !== undefined) {
        appended.push(renderPair(key, value));
      }
      continue;
    }
    const valueNode = isNode(pair.value) ? pair.value : undefined;
    let end = valueNode?.range ? valueNode.range[1] : source.indexOf(':', keyRange[1]) + 1;
    while (end > keyRange[0] && (source[end - 1] === '\n' || source[end - 1] === '\r')) {
      end--; // A block collection's range takes in its last line break; keep that break.
    }
    if (value === undefined) {
      const lineStart = source.lastIndexOf('\n', keyRange[0] - 1) + 1;
      const lineEnd = source.indexOf('\n', valueNode?.range ? Math.max(end, valueNode.range[2] - 1) : end);
      edits.push({ start: lineStart, end: lineEnd < 0 ? source.length : lineEnd + 1, text: '' });
    } else {
      edits.push({ start: keyRange[0], end, text: renderPair(key, value).replace(/\n/g, split.eol) });
    }
  }
  let yaml = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    yaml = yaml.slice(0, edit.start) + edit.text + yaml.slice(edit.end);
  }
  if (appended.length > 0) {
    const separator = yaml === '' || yaml.endsWith('\n') ? '' : split.eol;
    yaml += separator + appended.map((line) => line.replace(/\n/g, split.eol) + split.eol).join('');
  }
  const openEnd = text.indexOf('\n', split.bom.length) + 1;
  const result = text.slice(0, openEnd) + yaml + text.slice(openEnd + source.length);
  return { ok: true, text: result, changed: result !== text };
}
