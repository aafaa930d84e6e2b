// Kotter's six functions ranked by how many entries show them, leading (why) and managing (how)
// marked, so the least present side of the job stands out.
import type { FunctionRank } from '../../core/trends/functionRanking';
import { el } from './dom';
import { functionName, plural } from './format';

export function functionsView(ranks: readonly FunctionRank[]): HTMLElement {
  const most = ranks[0];
  const least = ranks.at(-1);
  if (!most || !least || most.count === 0) {
    return el('p', { class: 'muted', text: 'No functions seen in this range yet.' });
  }
  const items = ranks.map((rank) => {
    const fill = el('span', { class: `fill ${rank.side}` });
    fill.style.width = `${(rank.count / most.count) * 100}%`;
    const marker = rank === most ? 'most' : rank === least ? 'least' : '';
    return el('li', { class: marker }, [
      el('span', { class: 'rank-name', text: functionName(rank.id) }),
      el('span', { class: `badge ${rank.side}`, text: rank.side }),
      el('span', { class: 'meter', attrs: { 'aria-hidden': 'true' } }, [fill]),
      el('span', { class: 'num', text: String(rank.count), attrs: { 'aria-label': plural(rank.count, 'entry', 'entries') } }),
    ]);
  });
  return el('div', {}, [
    el('p', { class: 'lead' }, [
      'Most present: ', el('strong', { text: functionName(most.id) }),
      ` (${most.side}). Least present: `, el('strong', { text: functionName(least.id) }), ` (${least.side}).`,
    ]),
    el('ol', { class: 'ranked', attrs: { 'aria-label': 'Functions, most present first' } }, items),
  ]);
}
