// The journal's calendar files, under `.calendar/`: `sources.yml`, the calendars read where they are
// (Import Calendar… keeps it), and `rules.yml`, the user's category rules. This module reads and
// writes their text; finding and reading the files is the caller's. Never throws: a mistake is a
// message, and what can still be read is.
//
//   # sources.yml
//   calendars:
//     - /home/ana/Downloads/work.ics      # a file, read where it is
//     - /home/ana/exports                 # a folder: every .ics in it
import { parse } from 'yaml';
import { errorMessage } from '../text/errorMessage';
import { DEFAULT_CATEGORY_RULES, type CategoryRules } from './categoryRules';
import { readCategoryRules, type RulesProblem } from './readCategoryRules';

/** The journal-relative folder the calendar files live in; `.ics` files in it are always read. */
export const CALENDAR_FOLDER = '.calendar';
export const SOURCES_FILE = 'sources.yml';
export const RULES_FILE = 'rules.yml';

export interface SourcesReading {
  /** As written: absolute paths, URIs, or paths relative to the journal folder. */
  readonly calendars: readonly string[];
  readonly problems: readonly string[];
}

export function readSourcesFile(text: string): SourcesReading {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return { calendars: [], problems: [`${SOURCES_FILE}${lineOf(error)}: ${errorMessage(error)}`] };
  }
  if (data === null || data === undefined) {
    return { calendars: [], problems: [] };
  }
  const list = typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>).calendars : undefined;
  if (!Array.isArray(list)) {
    return { calendars: [], problems: [`${SOURCES_FILE}: expected "calendars:" with a list of files or folders; none is read from it.`] };
  }
  const calendars: string[] = [];
  const problems: string[] = [];
  list.forEach((item: unknown, index) => {
    if (typeof item === 'string' && item.trim() !== '') {
      if (!calendars.includes(item.trim())) {
        calendars.push(item.trim());
      }
    } else {
      problems.push(`${SOURCES_FILE}: calendars[${index}] should be the path of a file or folder; it is ignored.`);
    }
  });
  return { calendars, problems };
}

/** The whole of sources.yml for `calendars`: the product owns this file and writes it whole. */
export function writeSourcesFile(calendars: readonly string[]): string {
  const lines = [
    '# Calendars Leadership Journal reads where they are. "Import Calendar…" adds to this list;',
    '# remove a line to stop reading that calendar. Paths may be absolute or relative to the journal',
    '# folder; a folder means every .ics file in it. Files copied into .calendar/ are always read.',
    'calendars:',
    ...calendars.map((path) => `  - ${JSON.stringify(path)}`),
  ];
  return `${lines.join('\n')}\n`;
}

export interface RulesFileReading {
  readonly rules: CategoryRules;
  /** `rules.yml: rules[2].category: "customer" is not a category…`. */
  readonly problems: readonly string[];
}

/** rules.yml over the built-in rules; a file that is not YAML leaves the built-in rules in force. */
export function readRulesFile(text: string | undefined): RulesFileReading {
  if (text === undefined) {
    return { rules: DEFAULT_CATEGORY_RULES, problems: [] };
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return {
      rules: DEFAULT_CATEGORY_RULES,
      problems: [`${RULES_FILE}${lineOf(error)}: it is not valid YAML (${firstLine(errorMessage(error))}); the built-in rules apply until it is fixed.`],
    };
  }
  const reading = readCategoryRules(data);
  return { rules: reading.rules, problems: reading.problems.map((problem: RulesProblem) => `${RULES_FILE}: ${problem.path ? `${problem.path}: ` : ''}${problem.message}`) };
}

function lineOf(error: unknown): string {
  // The yaml library's parse errors carry `linePos` (duck-typed: its error class is not in the lazy shim).
  const line = typeof error === 'object' && error !== null && 'linePos' in error
    ? (error as { linePos?: readonly { line: number }[] }).linePos?.[0]?.line
    : undefined;
  return line === undefined ? '' : `:${line}`;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

/**
 * A first rules.yml: what it may hold, with the built-in categories and rules written out as
 * comments, so that uncommenting a line changes exactly that.
 */
export function starterRulesFile(rules: CategoryRules = DEFAULT_CATEGORY_RULES): string {
  const lines = [
    '# How Leadership Journal places calendar events in categories. Everything is optional: what you',
    '# leave out keeps its built-in value. A rule looks only at the title, the number of people invited,',
    '# whether anyone is from outside your domains, and whether the event is all-day.',
    '',
    '# Domains inside your organisation, besides those of your own addresses',
    '# (leadershipJournal.calendar.addresses):',
    '# internalDomains: [example.com]',
    '',
    '# Categories, merged over the built-in ones by id. side: why, how or neither;',
    '# meeting: always, never or with-others. Change a side, or add a category of your own:',
    '# categories:',
    ...rules.categories.map((category) => `#   ${category.id}: { label: ${JSON.stringify(category.label)}, side: ${category.side}, meeting: ${category.meeting} }`),
    '#   customer: { label: Customer work, side: how, meeting: always }',
    '',
    '# Rules, tried in order; the first that matches places the event. When given, this list replaces',
    '# the built-in one, which is:',
    '# rules:',
  ];
  for (const rule of rules.rules) {
    lines.push(`#   - name: ${JSON.stringify(rule.name)}`, `#     category: ${rule.category}`);
    if (rule.title) {
      lines.push(`#     title: [${rule.title.map((word) => JSON.stringify(word)).join(', ')}]`);
    }
    if (rule.people) {
      lines.push(`#     people: { ${[rule.people.min === undefined ? '' : `min: ${rule.people.min}`, rule.people.max === undefined ? '' : `max: ${rule.people.max}`].filter(Boolean).join(', ')} }`);
    }
    if (rule.external !== undefined) {
      lines.push(`#     external: ${rule.external}`);
    }
    if (rule.allDay !== undefined) {
      lines.push(`#     allDay: ${rule.allDay}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
