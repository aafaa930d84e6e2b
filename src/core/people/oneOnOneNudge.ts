// The 1:1 nudge: the people whose 1:1 is due or overdue by their cadence, for the daily entry's
// drafted block and the Commitments view. Never more than three lines, and nothing at all for
// someone without a cadence: people.yml decides who is followed, the journal never guesses.
import { contentLanguage, type ContentLanguage } from '../locale/contentLanguage';
import { escapeInline, markdownLink } from '../reflect/relativeLink';
import { plural, pluralForm } from '../text/format';
import { spokenCadence, type Cadence, type SpokenCadence, type SpokenUnit } from './cadence';
import type { OneOnOneSighting, PersonCadence } from './oneOnOneCadence';

export interface OneOnOneNudge {
  /** The person's directory key. */
  readonly key: string;
  /** The full name from people.yml. */
  readonly name: string;
  /** `never`: a cadence and no 1:1 yet. */
  readonly state: 'overdue' | 'due' | 'never';
  /** Days past the due day; 0 when due today or never met. */
  readonly daysOverdue: number;
  readonly cadence: Cadence;
  readonly last?: OneOnOneSighting;
  readonly daysSince?: number;
}

/** The most lines the nudge ever takes. */
export const NUDGE_LINES = 3;

const STATE_ORDER = { overdue: 0, due: 1, never: 2 } as const;

/**
 * Everyone due or overdue, or with a cadence and no 1:1 yet: the most overdue first, then those due
 * today, then those never met; ties by name. People with a 1:1 already written for a later day, not yet
 * due, or without a cadence are left out.
 */
export function oneOnOneNudges(statuses: readonly PersonCadence[]): OneOnOneNudge[] {
  const nudges: OneOnOneNudge[] = [];
  for (const { key, name, status } of statuses) {
    if (status.state === 'overdue' || status.state === 'due' || status.state === 'never') {
      nudges.push({
        key, name, state: status.state,
        daysOverdue: status.state === 'overdue' ? status.daysOverdue : 0,
        cadence: status.cadence,
        ...(status.last ? { last: status.last } : {}),
        ...(status.daysSince !== undefined ? { daysSince: status.daysSince } : {}),
      });
    }
  }
  return nudges.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || b.daysOverdue - a.daysOverdue || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

interface Words {
  readonly with: (name: string) => string;
  readonly overdue: (days: number) => string;
  readonly due: string;
  readonly never: string;
  readonly last: (link: string) => string;
  /** `every 2 weeks`: the cadence in the unit spokenCadence says it in. */
  readonly every: (cadence: SpokenCadence) => string;
  readonly also: (names: readonly string[], more: number) => string;
}

function list(names: readonly string[], and: string): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1) ?? ''}`;
}

/** Each unit's words: once (`every week`, `jede Woche`), and its plural after a count (`every 2 weeks`). */
type UnitWords = Readonly<Record<SpokenUnit, { readonly once: string; readonly plural: string }>>;

const ENGLISH_UNITS: UnitWords = {
  days: { once: 'every day', plural: 'days' },
  weeks: { once: 'every week', plural: 'weeks' },
  months: { once: 'every month', plural: 'months' },
};

const GERMAN_UNITS: UnitWords = {
  days: { once: 'jeden Tag', plural: 'Tage' },
  weeks: { once: 'jede Woche', plural: 'Wochen' },
  months: { once: 'jeden Monat', plural: 'Monate' },
};

const WORDS: Readonly<Record<ContentLanguage, Words>> = {
  en: {
    with: (name) => `1:1 with ${name}`,
    overdue: (days) => `overdue by ${plural(days, 'day')}`,
    due: 'due today',
    never: 'none yet',
    last: (link) => `last ${link}`,
    every: ({ unit, count }) => pluralForm(count, ENGLISH_UNITS[unit].once, `every ${count} ${ENGLISH_UNITS[unit].plural}`),
    also: (names, more) => `Also due: ${more > 0 ? `${names.join(', ')} and ${more} more` : list(names, 'and')}`,
  },
  de: {
    with: (name) => `1:1 mit ${name}`,
    overdue: (days) => `seit ${plural(days, 'Tag', 'Tagen')} überfällig`,
    due: 'heute fällig',
    never: 'noch keines',
    last: (link) => `zuletzt ${link}`,
    every: ({ unit, count }) => pluralForm(count, GERMAN_UNITS[unit].once, `alle ${count} ${GERMAN_UNITS[unit].plural}`),
    also: (names, more) => `Ebenfalls fällig: ${more > 0 ? `${names.join(', ')} und ${more} weitere` : list(names, 'und')}`,
  },
};

/** How many names the summary line spells out before "and N more". */
const NAMES_IN_SUMMARY = 3;

/**
 * The nudge as Markdown list lines (no trailing newline), in the entry's language: one line per
 * person, or, when more than three are due, two people and a third line naming the rest. Links to
 * the last 1:1 are relative to `fromPath`, the entry the lines go into. Empty when no one is due.
 */
export function nudgeLines(nudges: readonly OneOnOneNudge[], fromPath: string, locale?: string): string[] {
  const words = WORDS[contentLanguage(locale)];
  const line = (nudge: OneOnOneNudge): string => {
    const state = nudge.state === 'overdue' ? words.overdue(nudge.daysOverdue) : nudge.state === 'due' ? words.due : words.never;
    const details = [
      ...(nudge.last ? [words.last(markdownLink(nudge.last.date, fromPath, nudge.last.path))] : []),
      words.every(spokenCadence(nudge.cadence)),
    ];
    return `- ${words.with(escapeInline(nudge.name))}: ${state} (${details.join(', ')})`;
  };
  if (nudges.length <= NUDGE_LINES) {
    return nudges.map(line);
  }
  const shown = nudges.slice(0, NUDGE_LINES - 1);
  const rest = nudges.slice(NUDGE_LINES - 1).map((nudge) => escapeInline(nudge.name));
  const named = rest.slice(0, NAMES_IN_SUMMARY);
  return [...shown.map(line), `- ${words.also(named, rest.length - named.length)}`];
}
