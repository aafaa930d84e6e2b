// A person's timeline as Markdown, in VS Code's display language, for the preview panel: what prepares
// the next 1:1 (the cadence, the last check-in, the open items in both directions, the feedback
// given; personPrep.ts), the entries that name them (linked, by month), their 1:1s, and the
// situational styles by month.
// Text from entries (names, titles) is escaped, so it shows as written and never as Markdown.
import * as vscode from 'vscode';
import { isoMonth } from '../../core/calendar/localDate';
import { isEntryKindId } from '../../core/entries/kinds';
import { entryKindFor } from '../../core/entries/localizedKinds';
import type { CadenceStatus } from '../../core/people/oneOnOneCadence';
import type { TrackedItem } from '../../core/reflect/openItems';
import type { PersonEntry, PersonTimeline } from '../../core/reflect/people';
import { escapeInline, markdownLink } from '../../core/reflect/relativeLink';
import { STYLE_IDS } from '../../core/tagger/types';
import { translatedVocabulary, type Vocabulary } from '../../core/tagger/vocabulary';
import { translatedDays } from '../../core/text/format';
import { displayMonth } from '../l10nDates';
import type { PersonPrep } from './personPrep';
import { calendarOneOnOnesLine, everyCadence } from './personStrings';

/** The page's own place in the journal, for its relative links: the journal folder itself. */
export const PERSON_PAGE_PATH = 'person.md';

function kindName(kind: string, locale: string): string {
  return isEntryKindId(kind) ? entryKindFor(kind, locale).label : kind;
}

/** `2026-03` as the display language writes it: `March 2026`. */
function monthName(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return displayMonth({ year: year ?? 2000, month: number ?? 1, day: 1 });
}

/** `styles` are the vocabulary's in the display language. */
function entryLine(entry: PersonEntry, locale: string, styles: Vocabulary['styles']): string {
  const parts = [entry.date, markdownLink(entry.title, PERSON_PAGE_PATH, entry.path), escapeInline(kindName(entry.kind, locale))];
  if (entry.style !== null) {
    parts.push(styles[entry.style].name);
  }
  return `- ${parts.join(' · ')}`;
}

/** "A or B", "A, B or C" in the display language. */
function alternatives(names: readonly string[]): string {
  const escaped = names.map(escapeInline);
  return escaped.length <= 1 ? escaped.join('') : vscode.l10n.t('{0} or {1}', escaped.slice(0, -1).join(', '), escaped.at(-1) ?? '');
}

/** The feedback months shown on the page, most recent last. */
const FEEDBACK_MONTHS = 6;


function cadenceLine(status: CadenceStatus, name: string): string {
  const last = status.last ? vscode.l10n.t('Last 1:1: {0}, {1} ago.', markdownLink(status.last.date, PERSON_PAGE_PATH, status.last.path), translatedDays(vscode.l10n, status.daysSince ?? 0)) : '';
  switch (status.state) {
    case 'no-cadence':
      return `${last || vscode.l10n.t('No 1:1 with {0} yet.', name)} ${vscode.l10n.t('No cadence in people.yml: add `cadence: 14d` under their name to be reminded.')}`;
    case 'planned':
      return vscode.l10n.t('The next 1:1 is already written: {0}.', markdownLink(status.next.date, PERSON_PAGE_PATH, status.next.path));
    case 'never':
      return vscode.l10n.t('{0}; no 1:1 yet, so one is due.', everyCadence(vscode.l10n, status.cadence));
    case 'upcoming':
      return `${last} ${vscode.l10n.t('{0}: next due {1}.', everyCadence(vscode.l10n, status.cadence), status.dueDate)}`;
    case 'due':
      return `${last} ${vscode.l10n.t('{0}: **due today**.', everyCadence(vscode.l10n, status.cadence))}`;
    case 'overdue':
      return `${last} ${vscode.l10n.t('{0}: **overdue by {1}**.', everyCadence(vscode.l10n, status.cadence), translatedDays(vscode.l10n, status.daysOverdue))}`;
  }
}

function itemLine(item: TrackedItem): string {
  return `- ${escapeInline(item.text)} · ${vscode.l10n.t('since {0}', item.firstSeen.date)} · ${markdownLink(vscode.l10n.t('where'), PERSON_PAGE_PATH, item.lastSeen.path)}`;
}

/** The "Next 1:1" section: cadence, the last check-in, open items both ways, feedback by month. */
export function prepMarkdown(prep: PersonPrep, name: string): string[] {
  const lines = [`## ${vscode.l10n.t('Next 1:1')}`, '', cadenceLine(prep.cadence, name), ''];
  if (prep.calendar) {
    lines.push(calendarOneOnOnesLine(vscode.l10n, prep.calendar, name, 'cadence' in prep.cadence ? prep.cadence.cadence : undefined), '');
  }
  lines.push(vscode.l10n.t('**New 1:1 with Person…** starts it with the open items below carried over.'), '');
  const checkIn = prep.checkIn;
  if (checkIn) {
    const facts = checkIn.facts;
    const parts = [
      ...(facts.task ? [vscode.l10n.t('task: {0}', escapeInline(facts.task))] : []),
      ...(facts.competence ? [vscode.l10n.t('competence: {0}', escapeInline(facts.competence))] : []),
      ...(facts.commitment ? [vscode.l10n.t('motivation and confidence: {0}', escapeInline(facts.commitment))] : []),
      ...(facts.styleFits ? [vscode.l10n.t('style that fits: {0}', escapeInline(facts.styleFits))] : []),
      ...(facts.styleUsed ? [vscode.l10n.t('style used: {0}', escapeInline(facts.styleUsed))] : []),
    ];
    const link = markdownLink(checkIn.date, PERSON_PAGE_PATH, checkIn.path);
    lines.push(parts.length > 0 ? vscode.l10n.t('Last check-in ({0}): {1}.', link, parts.join('; ')) : vscode.l10n.t('Last check-in ({0}): not answered yet.', link), '');
  }
  lines.push(`### ${vscode.l10n.t('Open items')}`, '');
  if (prep.items.theirs.length === 0 && prep.items.mine.length === 0) {
    lines.push(vscode.l10n.t('Nothing open in either direction.'));
  }
  if (prep.items.theirs.length > 0) {
    lines.push(vscode.l10n.t('{0} will:', name), '', ...prep.items.theirs.map(itemLine), '');
  }
  if (prep.items.mine.length > 0) {
    lines.push(vscode.l10n.t('I will:'), '', ...prep.items.mine.map(itemLine));
  }
  lines.push('', `### ${vscode.l10n.t('Feedback')}`, '');
  const feedback = prep.feedback;
  if (!feedback) {
    lines.push(vscode.l10n.t('No feedback note for {0} yet.', name));
    return lines;
  }
  const recognition = feedback.lastRecognition;
  const growth = feedback.lastGrowth;
  lines.push([
    recognition ? vscode.l10n.t('Last recognition: {0}, {1} ago.', recognition.date, translatedDays(vscode.l10n, recognition.daysAgo)) : vscode.l10n.t('No recognition yet.'),
    growth ? vscode.l10n.t('Last growth feedback: {0}, {1} ago.', growth.date, translatedDays(vscode.l10n, growth.daysAgo)) : vscode.l10n.t('No growth feedback yet.'),
  ].join(' '), '');
  lines.push(`| ${vscode.l10n.t('Month')} | ${vscode.l10n.t('Recognition')} | ${vscode.l10n.t('Growth')} |`, '| --- | ---: | ---: |');
  for (const month of feedback.months.slice(-FEEDBACK_MONTHS)) {
    lines.push(`| ${monthName(month.month)} | ${month.recognition} | ${month.growth} |`);
  }
  return lines;
}

/** The whole page. `locale` is the entries' language, for the kinds' names. */
export function personMarkdown(person: PersonTimeline, locale: string, prep?: PersonPrep): string {
  const name = escapeInline(person.name);
  const styles = translatedVocabulary(vscode.l10n).styles;
  const first = person.entries[0]?.date ?? '';
  const last = person.entries.at(-1)?.date ?? '';
  const lines = [`# ${name}`, ''];
  lines.push(person.entries.length === 1
    ? vscode.l10n.t('Named in 1 entry, on {0}.', first)
    : vscode.l10n.t('Named in {0} entries, from {1} to {2}.', person.entries.length, first, last));
  if (person.ambiguousWith.length > 0) {
    lines.push('', `> ${vscode.l10n.t('"{0}" could be {1}. These entries are kept apart and not merged with either: a full name, or an alias in people.yml, tells them apart.', name, alternatives(person.ambiguousWith))}`);
  }
  if (prep) {
    lines.push('', ...prepMarkdown(prep, name));
  }
  lines.push('', `## ${vscode.l10n.t('1:1s')}`, '');
  if (person.oneOnOnes.length === 0) {
    lines.push(vscode.l10n.t('No 1:1 entries with {0} yet.', name));
  } else {
    lines.push(...person.oneOnOnes.map((entry) => `- ${entry.date} · ${markdownLink(entry.title, PERSON_PAGE_PATH, entry.path)}`));
  }
  lines.push('', `## ${vscode.l10n.t('Situational styles by month')}`, '');
  if (person.stylesByMonth.length === 0) {
    lines.push(vscode.l10n.t('No situational style shows in the entries that name {0} yet.', name));
  } else {
    lines.push(`| ${vscode.l10n.t('Month')} | ${STYLE_IDS.map((style) => styles[style].name).join(' | ')} |`);
    lines.push(`| --- | ${STYLE_IDS.map(() => '---:').join(' | ')} |`);
    for (const month of person.stylesByMonth) {
      lines.push(`| ${monthName(month.month)} | ${STYLE_IDS.map((style) => String(month.styles[style])).join(' | ')} |`);
    }
  }
  lines.push('', `## ${vscode.l10n.t('Timeline')}`);
  let month = '';
  for (const entry of [...person.entries].reverse()) {
    if (isoMonth(entry.date) !== month) {
      month = isoMonth(entry.date);
      lines.push('', `### ${monthName(month)}`, '');
    }
    lines.push(entryLine(entry, locale, styles));
  }
  return `${lines.join('\n')}\n`;
}
