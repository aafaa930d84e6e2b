// The counts a person picker shows, with the right plural in English and German: "1 entry · 1 1:1",
// "3 entries · 2 1:1s" ("1 Eintrag · 1 1:1-Gespräch"); and a cadence as the person page says it,
// "Every 2 weeks" ("Alle 2 Wochen"), not as people.yml writes it ("2w"); and the calendar's 1:1s beside
// the cadence. Takes the translator as a parameter (as
// src/core/tagger/vocabulary.ts does) so the unit tier checks both languages against the bundles; the calls are
// still `l10n.t('…')` for @vscode/l10n-dev to extract.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
/** `Translator`, what the functions below take: {@link vscode.l10n}, or a stand-in with the same `t`. */
import { pluralMessage, type Translator } from '../../core/text/format';
import { spokenCadence, type Cadence } from '../../core/people/cadence';
import type { CalendarCadence } from '../../core/people/calendarOneOnOnes';

/** "3 entries · 2 1:1s · last 2026-12-01", or without the 1:1s when there are none. */
export function personCounts(l10n: Translator, entries: number, oneOnOnes: number, last: string): string {
  const count = pluralMessage(entries, l10n.t('1 entry'), l10n.t('{0} entries'));
  if (oneOnOnes === 0) {
    return l10n.t('{0} · last {1}', count, last);
  }
  return l10n.t('{0} · {1} · last {2}', count, pluralMessage(oneOnOnes, l10n.t('1 1:1'), l10n.t('{0} 1:1s')), last);
}

/** "Every week", "Every 2 weeks", "Every 10 days", "Every month", "Every 3 months": a sentence's start. */
export function everyCadence(l10n: Translator, cadence: Cadence): string {
  const { unit, count } = spokenCadence(cadence);
  switch (unit) {
    case 'months':
      return pluralMessage(count, l10n.t('Every month'), l10n.t('Every {0} months'));
    case 'weeks':
      return pluralMessage(count, l10n.t('Every week'), l10n.t('Every {0} weeks'));
    case 'days':
      return pluralMessage(count, l10n.t('Every day'), l10n.t('Every {0} days'));
  }
}

/**
 * The person page's calendar line: "From your calendar: the last 1:1 on 2026-11-23, 2 in the last 8
 * weeks. Every 2 weeks would be 4." `name` is escaped by the caller.
 */
export function calendarOneOnOnesLine(l10n: Translator, calendar: CalendarCadence, name: string, cadence: Cadence | undefined): string {
  const found = calendar.last === undefined
    ? l10n.t('From your calendar: no 1:1 with {0} in the last {1} weeks.', name, calendar.weeks)
    : calendar.count === 1
      ? l10n.t('From your calendar: one 1:1 in the last {0} weeks, on {1}.', calendar.weeks, calendar.last)
      : l10n.t('From your calendar: the last 1:1 on {0}, {1} in the last {2} weeks.', calendar.last, calendar.count, calendar.weeks);
  if (!cadence || calendar.expected === undefined) {
    return found;
  }
  return `${found} ${l10n.t('{0} would be {1}.', everyCadence(l10n, cadence), calendar.expected)}`;
}
