// A person's timeline as Markdown, in VS Code's display language, for the preview panel: the entries
// that name them (linked, by month), their 1:1s, and the situational styles used with them by month.
// Text from entries (names, titles) is escaped, so it shows as written and never as Markdown.
import * as vscode from 'vscode';
import { isEntryKindId } from '../../core/entries/kinds';
import { entryKindFor } from '../../core/entries/localizedKinds';
import type { PersonEntry, PersonTimeline } from '../../core/reflect/people';
import { escapeInline, markdownLink } from '../../core/reflect/relativeLink';
import { STYLE_IDS, type StyleId } from '../../core/tagger/types';

/** The page's own place in the journal, for its relative links: the journal folder itself. */
export const PERSON_PAGE_PATH = 'person.md';

export function styleName(style: StyleId): string {
  switch (style) {
    case 'directing': return vscode.l10n.t('Directing');
    case 'coaching': return vscode.l10n.t('Coaching');
    case 'supporting': return vscode.l10n.t('Supporting');
    case 'delegating': return vscode.l10n.t('Delegating');
  }
}

function kindName(kind: string, locale: string): string {
  return isEntryKindId(kind) ? entryKindFor(kind, locale).label : kind;
}

function monthName(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(vscode.env.language || 'en', { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year ?? 2000, (number ?? 1) - 1, 1)));
}

function entryLine(entry: PersonEntry, locale: string): string {
  const parts = [entry.date, markdownLink(entry.title, PERSON_PAGE_PATH, entry.path), escapeInline(kindName(entry.kind, locale))];
  if (entry.style !== null) {
    parts.push(styleName(entry.style));
  }
  return `- ${parts.join(' · ')}`;
}

/** "A or B", "A, B or C" in the display language. */
function alternatives(names: readonly string[]): string {
  const escaped = names.map(escapeInline);
  return escaped.length <= 1 ? escaped.join('') : vscode.l10n.t('{0} or {1}', escaped.slice(0, -1).join(', '), escaped.at(-1) ?? '');
}

/** The whole page. `locale` is the entries' language, for the kinds' names. */
export function personMarkdown(person: PersonTimeline, locale: string): string {
  const name = escapeInline(person.name);
  const first = person.entries[0]?.date ?? '';
  const last = person.entries.at(-1)?.date ?? '';
  const lines = [`# ${name}`, ''];
  lines.push(person.entries.length === 1
    ? vscode.l10n.t('Named in 1 entry, on {0}.', first)
    : vscode.l10n.t('Named in {0} entries, from {1} to {2}.', person.entries.length, first, last));
  if (person.ambiguousWith.length > 0) {
    lines.push('', `> ${vscode.l10n.t('"{0}" could be {1}. These entries are kept apart and not merged with either: a full name, or an alias in people.yml, tells them apart.', name, alternatives(person.ambiguousWith))}`);
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
    lines.push(`| ${vscode.l10n.t('Month')} | ${STYLE_IDS.map(styleName).join(' | ')} |`);
    lines.push(`| --- | ${STYLE_IDS.map(() => '---:').join(' | ')} |`);
    for (const month of person.stylesByMonth) {
      lines.push(`| ${monthName(month.month)} | ${STYLE_IDS.map((style) => String(month.styles[style])).join(' | ')} |`);
    }
  }
  lines.push('', `## ${vscode.l10n.t('Timeline')}`);
  let month = '';
  for (const entry of [...person.entries].reverse()) {
    if (entry.date.slice(0, 7) !== month) {
      month = entry.date.slice(0, 7);
      lines.push('', `### ${monthName(month)}`, '');
    }
    lines.push(entryLine(entry, locale));
  }
  return `${lines.join('\n')}\n`;
}
