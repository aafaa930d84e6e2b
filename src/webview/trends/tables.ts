// The chart's table alternative and the selected bucket's details. The table has one row per bucket,
// oldest first like the chart, and its why % column is exactly the canvas's `data-why` (the same
// `percentText`): an empty cell for a bucket with no tagged entry (CSS shows a dash in it). Unclear
// entries have a column of their own: they count as entries, never in the shares.
import type { Bucket } from '../../core/trends/aggregate';
import type { Granularity } from '../../core/trends/periods';
import { FUNCTION_IDS, STYLE_IDS, TRAP_IDS } from '../../core/tagger/types';
import { el } from './dom';
import type { WebviewStringKey } from './strings';
import { count, functionName, percentLabel, percentText, periodCount, periodName, styleName, trapName } from './format';
import { t } from './i18n';
import { pluralMessage } from '../../core/text/format';

export const TREND_TABLE_ID = 'trend-table';

function shareCell(share: number | null): HTMLTableCellElement {
  const text = percentText(share);
  return el('td', { class: text === '' ? 'num none' : 'num', text, attrs: text === '' ? { 'aria-label': t('noTaggedEntries') } : {} });
}

export interface BalanceTable {
  /** The scrolling region holding the table. */
  readonly element: HTMLElement;
  /** Marks the row of the selected bucket (and scrolls it into view when `reveal`). */
  setSelected(index: number, reveal: boolean): void;
}

const CAPTIONS: Readonly<Record<Granularity, WebviewStringKey>> = {
  day: 'tableCaptionDay', week: 'tableCaptionWeek', month: 'tableCaptionMonth',
};

export function balanceTable(buckets: readonly Bucket[], granularity: Granularity): BalanceTable {
  const rows = buckets.map((bucket) => el('tr', {}, [
    el('th', { text: bucket.key, attrs: { scope: 'row' } }),
    el('td', { class: 'num', text: String(bucket.entries) }),
    shareCell(bucket.whyShare),
    shareCell(bucket.howShare),
    shareCell(bucket.balancedShare),
    el('td', { class: 'num', text: String(bucket.labels.unclear) }),
  ]));
  const table = el('table', { class: 'data', attrs: { id: TREND_TABLE_ID } }, [
    el('caption', { text: t(CAPTIONS[granularity], periodCount(granularity, buckets.length)) }),
    el('thead', {}, [el('tr', {}, [
      el('th', { text: t('tablePeriod'), attrs: { scope: 'col' } }),
      el('th', { class: 'num', text: t('legendEntries'), attrs: { scope: 'col' } }),
      el('th', { class: 'num', text: t('tableWhy'), attrs: { scope: 'col' } }),
      el('th', { class: 'num', text: t('tableHow'), attrs: { scope: 'col' } }),
      el('th', { class: 'num', text: t('tableBalanced'), attrs: { scope: 'col' } }),
      el('th', { class: 'num', text: t('tableUnclear'), attrs: { scope: 'col' } }),
    ])]),
    el('tbody', {}, rows),
  ]);
  // A scrolling region must be reachable by keyboard to be scrolled without a mouse.
  const element = el('div', { class: 'table-scroll', attrs: { id: 'trend-table-region', tabindex: '0', role: 'region', 'aria-label': t('tableRegion') } }, [table]);
  let current: HTMLTableRowElement | undefined;
  return {
    element,
    setSelected(index, reveal) {
      current?.classList.remove('selected');
      current?.removeAttribute('aria-current');
      current = rows[index];
      current?.classList.add('selected');
      current?.setAttribute('aria-current', 'true');
      if (reveal && current) {
        // Scroll only the table's own box: scrollIntoView would also scroll the whole view.
        element.scrollTop = current.offsetTop - element.clientHeight / 2;
      }
    },
  };
}

function topCounts<K extends string>(ids: readonly K[], counts: Readonly<Record<K, number>>, name: (id: K) => string): string {
  const present = ids.filter((id) => (counts[id] ?? 0) > 0).sort((a, b) => counts[b] - counts[a]);
  return present.length === 0 ? '—' : present.map((id) => `${name(id)} ${count(counts[id])}`).join(' · ');
}

/** The selected bucket, in words: what a click on a bar (or arrow keys on the chart) shows. */
export function bucketDetails(bucket: Bucket | undefined, granularity: Granularity): HTMLElement {
  if (!bucket) {
    return el('p', { class: 'muted', text: t('selectBar') });
  }
  const people = bucket.people.slice(0, 5).map((person) => `${person.name} ${count(person.count)}`).join(' · ');
  const rows: [string, string][] = [
    [t('legendEntries'), t('detailsEntries', bucket.entries, bucket.tagged, bucket.labels.unclear, pluralMessage(bucket.words, t('wordsOne'), t('wordsMany'), count))],
    [t('detailsWhyHow'), `${percentLabel(bucket.whyShare)} / ${percentLabel(bucket.howShare)}`],
    [t('detailsBalanced'), percentLabel(bucket.balancedShare)],
    [t('detailsFunctions'), topCounts(FUNCTION_IDS, bucket.functions, functionName)],
    [t('detailsStyles'), topCounts(STYLE_IDS, bucket.styles, styleName)],
    [t('detailsTraps'), topCounts(TRAP_IDS, bucket.traps, trapName)],
    [t('detailsPeople'), people === '' ? '—' : people + (bucket.people.length > 5 ? ` · +${count(bucket.people.length - 5)}` : '')],
  ];
  return el('div', {}, [
    el('p', { class: 'details-title' }, [
      el('strong', { text: periodName(granularity, bucket.start, bucket.end) }),
      el('span', { class: 'muted', text: `  ${bucket.key}` }),
    ]),
    el('dl', { class: 'facts' }, rows.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', { text: value })])),
  ]);
}
