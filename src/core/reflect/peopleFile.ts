// `people.yml` in the journal folder: each person's full name mapped to the other ways the journal
// writes it, and optionally to how often I meet them one to one, e.g.
//
//   Ana María López: [ana, ana-maria, ani]
//   Sam Lee: [sam.lee, samlee]
//   Priya Raman:
//     aliases: [priya]
//     cadence: 2w
//
// Read with `yaml`, within bounds (src/core/text/boundedYaml.ts: the file is the user's, and may be
// anyone's in a shared journal). A malformed file gives a problem with its line number, never an
// exception; the valid lines of a file with a conflict are still used, and a file that is not YAML,
// or is too large or too deeply nested to read, gives no one. A cadence that is not a duration is a
// problem on its line; the person still counts, with no cadence.
import { isMap, isNode, isScalar, isSeq, LineCounter, type Node } from 'yaml';
import { parseCadence, type Cadence } from '../people/cadence';
import { describeYamlProblem, parseBoundedYaml, PEOPLE_FILE_LIMITS } from '../text/boundedYaml';
import { personKey } from './personKey';

export interface PersonAliases {
  /** The full name, as the journal should show it. */
  readonly name: string;
  readonly aliases: readonly string[];
  /** How often to meet one to one; absent when people.yml gives none (then there is no 1:1 nudge). */
  readonly cadence?: Cadence;
}

export interface PeopleFileProblem {
  /** One-based, as an editor shows it. */
  readonly line: number;
  readonly message: string;
}

export interface PeopleFile {
  readonly people: readonly PersonAliases[];
  readonly problems: readonly PeopleFileProblem[];
}

const EXAMPLE = 'Write one person per line, like "Ana María López: [ana, ana-maria, ani]".';

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) {
    return undefined;
  }
  const value = node.value;
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
}

/** The parser's message without its position (the problem carries the line) or code excerpt. */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').replace(/[:.]$/, '') || 'unknown error';
}

export function parsePeopleFile(text: string): PeopleFile {
  const source = text.replace(/^\uFEFF/, '');
  const lineCounter = new LineCounter();
  const parsed = parseBoundedYaml(source, PEOPLE_FILE_LIMITS, lineCounter);
  if (!parsed.ok) {
    const { problem } = parsed;
    const message = problem.kind === 'invalid'
      ? `people.yml is not valid YAML: ${firstLine(problem.message)}. ${EXAMPLE}`
      : `${describeYamlProblem(problem, 'people.yml')}. ${EXAMPLE}`;
    return { people: [], problems: [{ line: Math.max(1, lineCounter.linePos(problem.offset).line), message }] };
  }
  const doc = parsed.doc;
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  if (doc.contents === null) {
    return { people: [], problems: [] };
  }
  if (!isMap(doc.contents)) {
    return { people: [], problems: [{ line: lineOf(doc.contents), message: `people.yml should map each full name to its aliases. ${EXAMPLE}` }] };
  }
  const problems: PeopleFileProblem[] = [];
  const people: PersonAliases[] = [];
  const owner = new Map<string, string>(); // Key of a name or alias → the full name it belongs to.
  const claim = (written: string, name: string, line: number): boolean => {
    const key = personKey(written);
    const holder = owner.get(key);
    if (key === '') {
      problems.push({ line, message: `"${written}" has no letters or digits to match a name by.` });
      return false;
    }
    if (holder !== undefined && holder !== name) {
      problems.push({ line, message: `"${written}" already stands for ${holder}, so it is not also used for ${name}.` });
      return false;
    }
    owner.set(key, name);
    return true;
  };
  for (const pair of doc.contents.items) {
    const keyNode = isScalar(pair.key) ? pair.key : undefined;
    const line = lineOf(keyNode);
    const name = scalarText(keyNode);
    if (name === undefined || name === '') {
      problems.push({ line, message: `Each line should start with a person's full name. ${EXAMPLE}` });
      continue;
    }
    if (people.some((person) => personKey(person.name) === personKey(name))) {
      problems.push({ line, message: `${name} is listed twice; the first entry is used.` });
      continue;
    }
    if (!claim(name, name, line)) {
      continue;
    }
    const aliases: string[] = [];
    let cadence: Cadence | undefined;
    let value: unknown = pair.value;
    if (isMap(value)) {
      // The long form: `aliases:` and `cadence:` under the name.
      const settings = value;
      value = null;
      const seen = new Set<string>();
      for (const setting of settings.items) {
        const settingKey = isScalar(setting.key) ? scalarText(setting.key) : undefined;
        const settingLine = isNode(setting.key) ? lineOf(setting.key) : line;
        if (settingKey !== 'aliases' && settingKey !== 'cadence') {
          problems.push({ line: settingLine, message: `${name} has "${settingKey ?? '?'}", which people.yml does not know; a person takes aliases and cadence.` });
          continue;
        }
        if (seen.has(settingKey)) {
          problems.push({ line: settingLine, message: `${name} has ${settingKey} twice; the first is used.` });
          continue;
        }
        seen.add(settingKey);
        if (settingKey === 'aliases') {
          value = setting.value;
          continue;
        }
        const written = isScalar(setting.value) ? setting.value.value : setting.value;
        const parsed = parseCadence(written);
        if (parsed.ok) {
          cadence = parsed.cadence;
        } else {
          const cadenceLine = isNode(setting.value) ? lineOf(setting.value) : settingLine;
          problems.push({ line: cadenceLine, message: `The cadence of ${name}: ${parsed.message}` });
        }
      }
    }
    const items = value === null || value === undefined || (isScalar(value) && (value.value === null || value.value === '')) ? [] : isSeq(value) ? value.items : [value];
    for (const item of items) {
      const alias = scalarText(item);
      const itemLine = isNode(item) ? lineOf(item) : line;
      if (alias === undefined) {
        problems.push({ line: itemLine, message: `The aliases of ${name} should be plain names in a list, like [ana, ani].` });
        continue;
      }
      if (claim(alias.replace(/^@/, ''), name, itemLine)) {
        aliases.push(alias.replace(/^@/, ''));
      }
    }
    people.push(cadence ? { name, aliases, cadence } : { name, aliases });
  }
  return { people, problems };
}
