// Draws one host state into the root: a state view (indexing, error, first run) or the trends. The
// whole view is rebuilt for each state (the host sends everything every time); the chart is created
// after its canvas is in the document, so Chart.js measures a real size and draws synchronously.
import type { TrendSummary } from '../../core/trends/summary';
import type { StateMessage } from '../protocol';
import { createBalanceChart, type BalanceChart } from './balanceChart';
import { calendarSections } from './calendarSections';
import { comparisonView } from './comparison';
import { el, section } from './dom';
import { count, formatShortDate } from './format';
import { functionsView } from './functions';
import { headerView } from './header';
import { heatmapView } from './heatmap';
import { t } from './i18n';
import { pluralMessage } from '../../core/text/format';
import { peopleView } from './people';
import { errorView, firstRunView, indexingView } from './states';
import { balanceTable, bucketDetails } from './tables';
import type { ChartTheme } from './theme';
import { trapsView } from './traps';

export interface RenderContext {
  readonly newEntry: () => void;
  readonly openEntry: (path: string) => void;
  /** The controls (granularity and range), built by the caller, which owns the view choice. */
  readonly controls: HTMLElement;
  /** The bucket to select, by key; the newest bucket when absent or no longer shown. */
  readonly selectedKey: string | undefined;
  readonly onSelectBucket: (key: string) => void;
  readonly theme: ChartTheme;
}

/** What stays alive after a render: the chart, which follows theme changes and must be destroyed. */
export interface Mounted {
  /** True when the trends themselves were drawn (not a state view). */
  readonly complete: boolean;
  setTheme(theme: ChartTheme): void;
  destroy(): void;
}

const NOTHING_MOUNTED: Mounted = { complete: false, setTheme: () => undefined, destroy: () => undefined };

function legend(): HTMLElement {
  const item = (kind: string, text: string): HTMLElement =>
    el('span', { class: 'legend-item' }, [el('span', { class: `swatch ${kind}`, attrs: { 'aria-hidden': 'true' } }), text]);
  return el('p', { class: 'legend' }, [
    item('why', t('legendWhy')), item('how', t('legendHow')), item('count', t('legendTagged')), item('unclear', t('legendUnclear')),
  ]);
}

function balanceSection(summary: TrendSummary, context: RenderContext): { element: HTMLElement; chart: BalanceChart; reveal: () => void } {
  const { buckets, range } = summary;
  const found = buckets.findIndex((bucket) => bucket.key === context.selectedKey);
  const initial = found >= 0 ? found : buckets.length - 1;
  const details = el('div', { class: 'bucket-details', attrs: { 'aria-live': 'polite', id: 'bucket-details' } }, [
    bucketDetails(buckets[initial], range.granularity),
  ]);
  const table = balanceTable(buckets, range.granularity);
  const chart = createBalanceChart(buckets, range.granularity, initial, (index) => {
    details.replaceChildren(bucketDetails(buckets[index], range.granularity));
    table.setSelected(index, true);
    const bucket = buckets[index];
    if (bucket) {
      context.onSelectBucket(bucket.key);
    }
  });
  table.setSelected(initial, false);
  const element = section('balance', t('balanceTitle'), [
    legend(),
    chart.element,
    el('p', { class: 'muted small hint', text: t('balanceHint') }),
    details,
    table.element,
  ]);
  return { element, chart, reveal: () => table.setSelected(initial, true) };
}

function footer(message: StateMessage): HTMLElement {
  return el('footer', { class: 'muted small' }, [
    el('span', { text: t('footerFolder', message.journalFolder, message.version), attrs: { id: 'journal-folder' } }),
    message.skipped > 0 ? el('span', { text: pluralMessage(message.skipped, t('skippedOne'), t('skippedMany'), count) }) : null,
    message.notCounted > 0 ? el('span', { text: pluralMessage(message.notCounted, t('notCountedOne'), t('notCountedMany'), count), attrs: { id: 'not-counted' } }) : null,
  ]);
}

function renderTrends(root: HTMLElement, message: StateMessage, summary: TrendSummary, context: RenderContext): Mounted {
  const balance = balanceSection(summary, context);
  // Only with an imported calendar: without one the view is as it always was.
  const calendar = message.calendar ? calendarSections(message.calendar) : undefined;
  root.replaceChildren(
    headerView(message.entryCount, summary, context.controls),
    balance.element,
    ...(calendar?.elements ?? []),
    section('heatmap', t('heatmapTitle'), [heatmapView(summary.heatmap, summary.today, summary.range.weekStart)]),
    section('comparison', t('comparisonTitle'), [comparisonView(summary.comparison)]),
    section('traps', t('trapsTitle'), [trapsView(summary.recentTraps, context.openEntry)],
      t('trapsIntro', formatShortDate(summary.recentTraps.since))),
    section('functions', t('functionsTitle'), [functionsView(summary.functions)], t('functionsIntro')),
    section('people', t('peopleTitle'), [peopleView(summary.people)]),
    footer(message),
  );
  balance.chart.draw(context.theme);
  calendar?.draw(context.theme);
  balance.reveal();
  return {
    complete: true,
    setTheme: (theme) => {
      balance.chart.setTheme(theme);
      calendar?.setTheme(theme);
    },
    destroy: () => {
      balance.chart.destroy();
      calendar?.destroy();
    },
  };
}

/** Renders `message`; throws only if drawing itself fails (the caller shows that as text). */
export function renderState(root: HTMLElement, message: StateMessage, context: RenderContext): Mounted {
  if (message.status === 'error') {
    root.replaceChildren(errorView(message.message ?? t('errorUnreadable'), context.newEntry), footer(message));
    return NOTHING_MOUNTED;
  }
  if (message.status === 'indexing' || message.summary === null) {
    root.replaceChildren(indexingView(message.entryCount), footer(message));
    return NOTHING_MOUNTED;
  }
  if (message.entryCount === 0) {
    root.replaceChildren(firstRunView(context.newEntry), footer(message));
    return NOTHING_MOUNTED;
  }
  return renderTrends(root, message, message.summary, context);
}
