// "This month so far against the same days before": the current month from its first day to today
// beside the mean of the same days of the months before it (core/trends/compare.ts), with the
// difference. Like with like, so the counts compare directly; the caption says which days. A change
// is marked good or bad by a bar beside it, never by the colour of its text (green text on Light
// Modern's sidebar was 4.32:1, below the 4.5:1 text needs) and never by colour alone: the bar is solid
// for good news and double for bad, and a screen reader hears "(better)" or "(worse)" after the
// figure, whose sign says the direction. Null is "—".
import type { Comparison } from '../../core/trends/compare';
import { pluralForm } from '../../core/text/format';
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

function tone(row: Row): 'good' | 'bad' | null {
  if (row.change === null || Math.abs(row.change) < 1e-9 || row.tone === 'neutral') {
    return null;
  }
  return (row.change > 0) === (row.tone === 'up-good') ? 'good' : 'bad';
}

/** The change: its figure, and for good or bad news the word too, for a screen reader (the bar is not read). */
function deltaCell(row: Row): HTMLElement {
  const news = tone(row);
  return el('td', { class: news ? `num delta ${news}` : 'num delta' }, [
    row.delta,
    news ? el('span', { class: 'visually-hidden', text: ` ${t(news === 'good' ? 'comparisonBetter' : 'comparisonWorse')}` }) : null,
  ]);
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
    // One day or days 1–n: the two messages fill their placeholders differently, so the form is chosen, then filled.
    el('caption', { class: 'muted', text: pluralForm(comparison.throughDay, t('comparisonCaptionOne', baseline.months), t('comparisonCaption', comparison.throughDay, baseline.months)) }),
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
      deltaCell(row),
    ]))),
  ]);
}
