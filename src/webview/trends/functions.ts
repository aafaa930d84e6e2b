// Kotter's six functions ranked by how many entries show them, leading (why) and managing (how)
// marked, so the least present side of the job stands out.
import type { FunctionRank } from '../../core/trends/functionRanking';
import { el } from './dom';
import { count, functionName, sideName } from './format';
import { parts, t } from './i18n';
import { pluralMessage } from '../../core/text/format';

export function functionsView(ranks: readonly FunctionRank[]): HTMLElement {
  const most = ranks[0];
  const least = ranks.at(-1);
  if (!most || !least || most.count === 0) {
    return el('p', { class: 'muted', text: t('functionsNone') });
  }
  const items = ranks.map((rank) => {
    const fill = el('span', { class: `fill ${rank.side}` });
    fill.style.width = `${(rank.count / most.count) * 100}%`;
    const marker = rank === most ? 'most' : rank === least ? 'least' : '';
    return el('li', { class: marker }, [
      el('span', { class: 'rank-name', text: functionName(rank.id) }),
      el('span', { class: `badge ${rank.side}`, text: sideName(rank.side) }),
      el('span', { class: 'meter', attrs: { 'aria-hidden': 'true' } }, [fill]),
      // The number as it shows, and the unit for a screen reader (a plain span cannot carry aria-label).
      el('span', { class: 'num' }, [el('span', { text: String(rank.count), attrs: { 'aria-hidden': 'true' } }),
        el('span', { class: 'visually-hidden', text: pluralMessage(rank.count, t('entriesOne'), t('entriesMany'), count) })]),
    ]);
  });
  return el('div', {}, [
    el('p', { class: 'lead' }, parts<Node>('functionsLead',
      el('strong', { text: functionName(most.id) }), document.createTextNode(sideName(most.side)),
      el('strong', { text: functionName(least.id) }), document.createTextNode(sideName(least.side)))),
    el('ol', { class: 'ranked', attrs: { 'aria-label': t('functionsList') } }, items),
  ]);
}
