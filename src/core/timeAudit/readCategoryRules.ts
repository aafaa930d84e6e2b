// Reads the user's rules (what `.calendar/rules.yml` holds, once parsed into plain data) over the
// built-in ones, checking every part: a mistake is reported with where it is and what was expected,
// the part is left out, and the rest still applies. Never throws.
//
//   internalDomains: [northwind.example]
//   categories:                      # merged over the built-in ones, by id
//     one-on-one: { side: how }      # change a side…
//     customer: { label: Customer work, side: how, meeting: always }   # …or add a category
//   rules:                           # when given, these replace the built-in list, in this order
//     - name: Customer calls
//       category: customer
//       title: [customer, client]    # any of these words in the title
//       people: { min: 3 }           # 2, or { min, max }: how many are invited, you included
//       external: true               # someone from outside the internal domains
//       allDay: false
import {
  DEFAULT_CATEGORY_RULES, OTHER_CATEGORY, type CategoryDefinition, type CategoryRule, type CategoryRules, type MeetingKind,
  type PeopleCount, type Side,
} from './categoryRules';

export interface RulesProblem {
  /** Where: `rules[2].category`, `categories.customer.side`. */
  readonly path: string;
  readonly message: string;
}

export interface RulesReading {
  readonly rules: CategoryRules;
  readonly problems: readonly RulesProblem[];
}

const SIDES: readonly Side[] = ['why', 'how', 'neither'];
const MEETINGS: readonly MeetingKind[] = ['always', 'never', 'with-others'];
const RULE_KEYS = new Set(['name', 'category', 'title', 'people', 'external', 'allDay']);
const CATEGORY_KEYS = new Set(['label', 'side', 'meeting']);
const TOP_KEYS = new Set(['internalDomains', 'categories', 'rules']);

export function readCategoryRules(data: unknown, defaults: CategoryRules = DEFAULT_CATEGORY_RULES): RulesReading {
  const problems: RulesProblem[] = [];
  const problem = (path: string, message: string): void => {
    problems.push({ path, message });
  };
  if (data === undefined || data === null) {
    return { rules: defaults, problems };
  }
  if (!isRecord(data)) {
    problem('', `The rules should be a mapping with internalDomains, categories and rules; got ${kindOf(data)}. The built-in rules apply.`);
    return { rules: defaults, problems };
  }
  for (const key of Object.keys(data)) {
    if (!TOP_KEYS.has(key)) {
      problem(key, `Unknown setting "${key}" (expected internalDomains, categories or rules); it is ignored.`);
    }
  }
  const categories = readCategories(data.categories, defaults.categories, problem);
  const known = new Set(categories.map((category) => category.id));
  const rules = data.rules === undefined ? defaults.rules : readRules(data.rules, known, problem);
  const internalDomains = data.internalDomains === undefined
    ? defaults.internalDomains
    : readStrings(data.internalDomains, 'internalDomains', problem).map((domain) => domain.replace(/^@/, '').toLowerCase());
  return { rules: { categories, rules, internalDomains }, problems };
}

type Problem = (path: string, message: string) => void;

function readCategories(value: unknown, defaults: readonly CategoryDefinition[], problem: Problem): CategoryDefinition[] {
  const merged = new Map(defaults.map((category) => [category.id, category]));
  if (!merged.has(OTHER_CATEGORY.id)) {
    merged.set(OTHER_CATEGORY.id, OTHER_CATEGORY);
  }
  if (value === undefined) {
    return [...merged.values()];
  }
  if (!isRecord(value)) {
    problem('categories', `categories should map each category id to its settings; got ${kindOf(value)}. The built-in categories apply.`);
    return [...merged.values()];
  }
  for (const [id, settings] of Object.entries(value)) {
    const path = `categories.${id}`;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      problem(path, `"${id}" is not a category id: use lower-case letters, digits and hyphens, like one-on-one.`);
      continue;
    }
    if (!isRecord(settings)) {
      problem(path, `The settings of ${id} should be a mapping like { side: why }; got ${kindOf(settings)}.`);
      continue;
    }
    const base = merged.get(id) ?? { id, label: id, side: 'neither' as Side, meeting: 'always' as MeetingKind };
    for (const key of Object.keys(settings)) {
      if (!CATEGORY_KEYS.has(key)) {
        problem(`${path}.${key}`, `Unknown setting "${key}" (expected label, side or meeting); it is ignored.`);
      }
    }
    const side = oneOf(settings.side, SIDES, `${path}.side`, problem) ?? base.side;
    const meeting = oneOf(settings.meeting, MEETINGS, `${path}.meeting`, problem) ?? base.meeting;
    let label = base.label;
    if (settings.label !== undefined) {
      if (typeof settings.label === 'string' && settings.label.trim() !== '') {
        label = settings.label.trim();
      } else {
        problem(`${path}.label`, 'label should be a non-empty text.');
      }
    }
    merged.set(id, { id, label, side, meeting });
  }
  return [...merged.values()];
}

function readRules(value: unknown, known: ReadonlySet<string>, problem: Problem): CategoryRule[] {
  if (!Array.isArray(value)) {
    problem('rules', `rules should be a list; got ${kindOf(value)}. No rule applies, so every event is "other".`);
    return [];
  }
  const rules: CategoryRule[] = [];
  value.forEach((item: unknown, index) => {
    const path = `rules[${index}]`;
    if (!isRecord(item)) {
      problem(path, `Each rule should be a mapping with name, category and conditions; got ${kindOf(item)}.`);
      return;
    }
    let unknownKey = false;
    for (const key of Object.keys(item)) {
      if (!RULE_KEYS.has(key)) {
        problem(`${path}.${key}`, `Unknown condition "${key}" (expected title, people, external or allDay); the rule is left out.`);
        unknownKey = true;
      }
    }
    const name = typeof item.name === 'string' && item.name.trim() !== '' ? item.name.trim() : `Rule ${index + 1}`;
    const category = item.category;
    if (typeof category !== 'string' || !known.has(category)) {
      problem(`${path}.category`, typeof category === 'string'
        ? `"${category}" is not a category; define it under categories, or use one of ${[...known].join(', ')}. The rule is left out.`
        : 'Each rule needs a category. The rule is left out.');
      return;
    }
    const rule: { -readonly [K in keyof CategoryRule]: CategoryRule[K] } = { name, category };
    if (item.title !== undefined) {
      const title = readStrings(item.title, `${path}.title`, problem);
      if (title.length === 0) {
        problem(`${path}.title`, 'title should list at least one word or phrase; the rule is left out.');
        return;
      }
      rule.title = title;
    }
    if (item.people !== undefined) {
      const people = readPeople(item.people);
      if (!people) {
        problem(`${path}.people`, 'people should be a number (2) or a range ({ min: 3 }, { min: 2, max: 4 }); the rule is left out.');
        return;
      }
      rule.people = people;
    }
    for (const key of ['external', 'allDay'] as const) {
      if (item[key] !== undefined) {
        if (typeof item[key] !== 'boolean') {
          problem(`${path}.${key}`, `${key} should be true or false; the rule is left out.`);
          return;
        }
        rule[key] = item[key];
      }
    }
    if (!unknownKey) {
      rules.push(rule);
    }
  });
  return rules;
}

function readPeople(value: unknown): PeopleCount | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) {
    return { min: value, max: value };
  }
  if (!isRecord(value)) {
    return undefined;
  }
  const { min, max } = value;
  const valid = (bound: unknown): boolean => bound === undefined || (typeof bound === 'number' && Number.isInteger(bound) && bound >= 0);
  if (!valid(min) || !valid(max) || (min === undefined && max === undefined) || Object.keys(value).some((key) => key !== 'min' && key !== 'max')) {
    return undefined;
  }
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    return undefined;
  }
  return { ...(typeof min === 'number' ? { min } : {}), ...(typeof max === 'number' ? { max } : {}) };
}

function readStrings(value: unknown, path: string, problem: Problem): string[] {
  const items = Array.isArray(value) ? value : [value];
  const strings: string[] = [];
  items.forEach((item: unknown, index) => {
    if (typeof item === 'string' && item.trim() !== '') {
      strings.push(item.trim());
    } else if (typeof item === 'number') {
      strings.push(String(item)); // YAML reads `title: [1-1]` as text but `title: 1` as a number
    } else {
      problem(Array.isArray(value) ? `${path}[${index}]` : path, `Expected a word or phrase; got ${kindOf(item)}. It is ignored.`);
    }
  });
  return strings;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string, problem: Problem): T | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
    return value as T;
  }
  problem(path, `Expected one of ${allowed.join(', ')}; got ${typeof value === 'string' ? `"${value}"` : kindOf(value)}. The previous value stays.`);
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) {
    return 'a list';
  }
  if (value === null) {
    return 'nothing';
  }
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}
