// The people the range's entries name, with how many entries and which situational styles those
// entries show. Names are the user's text: set as text only (see dom.ts).
import type { PersonSummary } from '../../core/trends/people';
import { STYLE_IDS } from '../../core/tagger/types';
import { el } from './dom';
import { count, styleName } from './format';
import { t } from './i18n';

/** Rows shown before the rest fold away. */
const SHOWN = 8;

function stylesText(person: PersonSummary): string {
  const used = STYLE_IDS.filter((id) => (person.styles[id] ?? 0) > 0)
    .sort((a, b) => person.styles[b] - person.styles[a])
    .map((id) => `${styleName(id)} ${count(person.styles[id])}`);
  return used.length === 0 ? '—' : used.join(' · ');
}

function peopleTable(people: readonly PersonSummary[], caption: string): HTMLElement {
  return el('table', { class: 'data people' }, [
    el('caption', { class: 'visually-hidden', text: caption }),
    el('thead', {}, [el('tr', {}, [
      el('th', { text: t('peoplePerson'), attrs: { scope: 'col' } }),
      el('th', { class: 'num', text: t('legendEntries'), attrs: { scope: 'col' } }),
      el('th', { text: t('peopleStyles'), attrs: { scope: 'col' } }),
    ])]),
    el('tbody', {}, people.map((person) => el('tr', {}, [
      el('th', { class: 'person', text: person.name, attrs: { scope: 'row' } }),
      el('td', { class: 'num', text: count(person.entries) }),
      el('td', { class: 'styles', text: stylesText(person) }),
    ]))),
  ]);
}

export function peopleView(people: readonly PersonSummary[]): HTMLElement {
  if (people.length === 0) {
    return el('p', { class: 'muted', text: t('peopleNone') });
  }
  const rest = people.slice(SHOWN);
  return el('div', {}, [
    peopleTable(people.slice(0, SHOWN), t('peopleMost')),
    rest.length > 0
      ? el('details', { class: 'more' }, [el('summary', { text: t('more', rest.length) }), peopleTable(rest, t('peopleOther'))])
      : null,
  ]);
}
