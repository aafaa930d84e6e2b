// Adding one alias to people.yml for the user, on their click (Merge People…): the smallest change
// to the text, every other byte kept — comments, order, quoting and line endings. A person already
// listed with a flow list (`Priya Raman: [pr]`) or nothing (`Priya Raman:`) gets the alias in
// that list, and so does a person in the long form (`aliases: [pr]` beside `cadence: 2w`); a person
// not listed gets a line of their own at the end. Any other shape (a block list, a long form without
// `aliases:`, a file that is not valid YAML) is refused with the reason, for the user to edit by hand.
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { parseBoundedYaml, PEOPLE_FILE_LIMITS } from '../text/boundedYaml';
import { parsePeopleFile } from './peopleFile';
import { personKey } from './personKey';

export type PeopleFileEdit =
  | { readonly ok: true; readonly text: string; readonly changed: boolean }
  | { readonly ok: false; readonly reason: 'not-yaml' | 'not-a-map' | 'taken' | 'shape' };

/** A name as a YAML scalar: plain when that reads back the same, else double-quoted. */
export function yamlName(name: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N}\p{M} .'’-]*$/u.test(name) && !/^(?:true|false|yes|no|on|off|null|~)$/i.test(name) && !/^[\d.-]+$/.test(name)
    ? name
    : JSON.stringify(name);
}

/** `text` (people.yml, or '' when there is none) with `alias` added for `name`. */
export function addAlias(text: string, name: string, alias: string): PeopleFileEdit {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // Untrusted YAML reaches the library only within the bounds (size, depth, aliases) of boundedYaml.ts.
  if (!parseBoundedYaml(text, PEOPLE_FILE_LIMITS).ok) {
    return { ok: false, reason: 'not-yaml' };
  }
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) {
    return { ok: false, reason: 'not-yaml' };
  }
  const nameKey = personKey(name);
  const aliasKey = personKey(alias.replace(/^@/, ''));
  const parsed = parsePeopleFile(text);
  const holder = parsed.people.find((person) => [person.name, ...person.aliases].some((written) => personKey(written) === aliasKey));
  if (holder) {
    return personKey(holder.name) === nameKey ? { ok: true, text, changed: false } : { ok: false, reason: 'taken' };
  }
  const written = yamlName(alias.replace(/^@/, ''));
  if (doc.contents !== null && !isMap(doc.contents)) {
    return { ok: false, reason: 'not-a-map' };
  }
  const pair = doc.contents?.items.find((item) => isScalar(item.key) && personKey(String(item.key.value)) === nameKey);
  if (!pair) {
    const line = `${yamlName(name)}: [${written}]${eol}`;
    const separator = text === '' || text.endsWith('\n') ? '' : eol;
    return { ok: true, text: `${text}${separator}${line}`, changed: true };
  }
  let value = pair.value;
  let key = pair.key;
  if (isMap(value)) {
    // The long form: the alias goes into its `aliases:` list, the cadence is left as it is.
    const aliases = value.items.find((item) => isScalar(item.key) && item.key.value === 'aliases');
    if (!aliases) {
      return { ok: false, reason: 'shape' };
    }
    value = aliases.value;
    key = aliases.key;
  }
  if (isSeq(value) && value.flow && value.range) {
    // The list's closing bracket is the last character of its range's value part.
    const close = text.lastIndexOf(']', value.range[1]);
    if (close < 0) {
      return { ok: false, reason: 'shape' };
    }
    const inside = text.slice(text.indexOf('[', value.range[0]) + 1, close);
    const insertion = inside.trim() === '' ? written : inside.trimEnd().endsWith(',') ? ` ${written}` : `, ${written}`;
    const at = inside.trim() === '' ? close : text.slice(0, close).trimEnd().length;
    return { ok: true, text: text.slice(0, at) + insertion + text.slice(at), changed: true };
  }
  if ((value === null || (isScalar(value) && (value.value === null || value.value === ''))) && isScalar(key) && key.range) {
    // `Priya Raman:` (or `aliases:`) with nothing after the colon on its line.
    const colon = text.indexOf(':', key.range[1]);
    const lineEnd = text.indexOf('\n', colon);
    const rest = text.slice(colon + 1, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
    if (colon < 0 || !/^[ \t]*(?:~|null)?[ \t]*$/.test(rest)) {
      return { ok: false, reason: 'shape' };
    }
    return { ok: true, text: `${text.slice(0, colon + 1)} [${written}]${text.slice(colon + 1 + rest.length)}`, changed: true };
  }
  return { ok: false, reason: 'shape' };
}
