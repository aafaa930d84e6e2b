// "This month so far against the same days before": the current month from its first day to today
// beside the mean of the same days of the months before it (core/trends/compare.ts), with the
// difference. Like with like, so the counts compare directly; the caption says which days. A change
// is marked good or bad by a coloured bar beside it, never by the colour of its text (a green or red
// text fails contrast on some themes) and never by colour alone (the sign says it). Null is "—".
import type { Comparison } from '../../core/trends/compare';
import { el } from './dom';
import { decimal, deltaLabel, percentLabel } from './format';
import { t } from './i18n';

interface Row {
  readonly name: string;
  readonly recent: string;
  readonly baseline: string;
  readonly delta: string;
  /** Whether a rise is good news, for the colour of the change (never its only sign). */
  readonly tone: 'up-good' | 'up-bad' | 'neutral';
  readonly change: number | null;
}

function toneClass(row: Row): string {
  if (row.change === null || Math.abs(row.change) < 1e-9 || row.tone === 'neutral') {
    return 'delta';
  }
  const good = (row.change > 0) === (row.tone === 'up-good');
  return `delta ${good ? 'good' : 'bad'}`;
}

export function comparisonView(comparison: Comparison): HTMLElement {
  const { recent, baseline, delta } = comparison;
  const rows: Row[] = [
    { name: t('legendEntries'), recent: decimal(recent.entries), baseline: decimal(baseline.entries), delta: deltaLabel(delta.entries, 'count'), tone: 'up-good', change: delta.entries },
    { name: t('comparisonEntriesPerWeek'), recent: decimal(recent.entriesPerWeek), baseline: decimal(baseline.entriesPerWeek), delta: deltaLabel(delta.entriesPerWeek, 'count'), tone: 'neutral', change: delta.entriesPerWeek },
    { name: t('comparisonWhyShare'), recent: percentLabel(recent.whyShare), baseline: percentLabel(baseline.whyShare), delta: deltaLabel(delta.whyShare, 'share'), tone: 'neutral', change: delta.whyShare },
    { name: t('comparisonBalancedShare'), recent: percentLabel(recent.balancedShare), baseline: percentLabel(baseline.balancedShare), delta: deltaLabel(delta.balancedShare, 'share'), tone: 'up-good', change: delta.balancedShare },
    { name: t('comparisonTrapsPerWeek'), recent: decimal(recent.trapsPerWeek), baseline: decimal(baseline.trapsPerWeek), delta: deltaLabel(delta.trapsPerWeek, 'count'), tone: 'up-bad', change: delta.trapsPerWeek },
  ];
  return el('table', { class: 'data compare', attrs: { id: 'comparison-table' } }, [
    el('caption', { class: 'muted', text: comparison.throughDay === 1 ? t('comparisonCaptionOne', baseline.months) : t('comparisonCaption', comparison.throughDay, baseline.months) }),
    el('thead', {}, [el('tr', {}, [
      el('th', { text: t('comparisonMeasure'), attrs: { scope: 'col' } }),
      el('th', { class: 'num', text: t('comparisonThisMonth'), attrs: { scope: 'col' } }),
      el('th', { class: 'num', text: t('comparisonPrevious', baseline.months), attrs: { scope: 'col', title: t('comparisonPreviousTitle', baseline.months) } }),
      el('th', { class: 'num', text: t('comparisonChange'), attrs: { scope: 'col' } }),
    ])]),
    el('tbody', {}, rows.map((row) => el('tr', {}, [
      el('th', { text: row.name, attrs: { scope: 'row' } }),
      el('td', { class: 'num', text: row.recent }),
      el('td', { class: 'num', text: row.baseline }),
      el('td', { class: `num ${toneClass(row)}`, text: row.delta }),
    ]))),
  ]);
}
