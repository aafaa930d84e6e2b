// Traps the tagger flagged recently, each with the entries that showed it. Sightings carry the
// entry's journal-relative path, so each is a button that asks the host to open that entry.
import type { RecentTrap, RecentTraps, TrapSighting } from '../../core/trends/recentTraps';
import { button, el } from './dom';
import { count, formatShortDate, trapHint, trapName } from './format';
import { t } from './i18n';
import { pluralMessage } from '../../core/text/format';

/** Sightings listed before the rest fold away under "more". */
const SHOWN = 3;

export type OpenEntry = (path: string) => void;

function sightingItem(sighting: TrapSighting, openEntry: OpenEntry): HTMLElement {
  const title = sighting.title.trim() === '' ? sighting.path : sighting.title;
  const link = button('', () => openEntry(sighting.path), {
    class: 'link entry-link',
    attrs: { 'data-path': sighting.path, title: t('openEntry', sighting.path) },
  });
  link.append(el('span', { class: 'date', text: formatShortDate(sighting.date) }), el('span', { class: 'title', text: title }));
  return el('li', {}, [link]);
}

function trapItem(trap: RecentTrap, openEntry: OpenEntry): HTMLElement {
  const shown = trap.entries.slice(0, SHOWN).map((sighting) => sightingItem(sighting, openEntry));
  const rest = trap.entries.slice(SHOWN);
  return el('li', { class: 'trap' }, [
    el('div', { class: 'trap-head' }, [
      el('strong', { text: trapName(trap.id) }),
      el('span', { class: 'count-pill', text: pluralMessage(trap.count, t('timesOne'), t('timesMany'), count) }),
    ]),
    el('p', { class: 'muted hint', text: trapHint(trap.id) }),
    el('ul', { class: 'sightings' }, shown),
    rest.length > 0
      ? el('details', { class: 'more' }, [
        el('summary', { text: t('more', rest.length) }),
        el('ul', { class: 'sightings' }, rest.map((sighting) => sightingItem(sighting, openEntry))),
      ])
      : null,
  ]);
}

export function trapsView(recent: RecentTraps, openEntry: OpenEntry): HTMLElement {
  if (recent.traps.length === 0) {
    return el('p', { class: 'muted', text: t('trapsNone', formatShortDate(recent.since)) });
  }
  return el('ul', { class: 'traps', attrs: { 'aria-label': t('trapsListLabel', formatShortDate(recent.since)) } },
    recent.traps.map((trap) => trapItem(trap, openEntry)));
}
