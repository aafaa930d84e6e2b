// The why/how chart: per bucket, the why and how shares stacked to 100 % (a bucket with no tagged
// entry has no bar: a gap, not a zero), and beneath them, on an axis of their own, the entries that
// show a side and the unclear ones. The canvas is the control that chooses a period (arrow keys,
// Home, End, or a click), so it is a `slider` whose value is the selected period and whose value
// text reads that period's numbers; the chart's one-sentence summary describes it. The same numbers
// are in the table (`balanceTable`), and the canvas carries them as `data-why`/`data-how`/
// `data-entries`/`data-unclear` (comma-separated, rounded as the table shows them, empty for null)
// so a test can compare the two.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ChartEvent } from 'chart.js';
import type { Bucket } from '../../core/trends/aggregate';
import type { Granularity } from '../../core/trends/periods';
import { chartConfig, type BarChart } from './balanceChartConfig';
import { el } from './dom';
import { count, formatShortDate, percentLabel, percentText, periodCount, periodName, unitName } from './format';
import { t } from './i18n';
import { pluralMessage } from '../../core/text/format';
import { selectionPlugin } from './selection';
import type { ChartTheme } from './chartTheme';

// Only what this chart draws: the rest of Chart.js is left for the bundler to drop.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface BalanceChart {
  /** The canvas's positioned wrapper; put it in the document before calling `draw`. */
  readonly element: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  /** Creates the chart; the canvas must be in the document, or Chart.js measures it as 0×0. */
  draw(theme: ChartTheme): void;
  setTheme(theme: ChartTheme): void;
  destroy(): void;
}

/** What the chart says, in one sentence: the canvas's description. */
export function chartSummary(buckets: readonly Bucket[], granularity: Granularity): string {
  const tagged = buckets.filter((bucket) => bucket.whyShare !== null);
  const all = periodCount(granularity, buckets.length);
  const first = buckets[0];
  const last = buckets.at(-1);
  if (tagged.length === 0 || !first || !last) {
    return t('chartEmpty', all);
  }
  const mean = tagged.reduce((sum, bucket) => sum + (bucket.whyShare ?? 0), 0) / tagged.length;
  const date = (iso: string): string => `${formatShortDate(iso)} ${iso.slice(0, 4)}`;
  return t('chartSummary', unitName(granularity), date(first.start), date(last.end), tagged.length, all, percentLabel(mean));
}

/** The slider's value text: the period and its numbers. */
function valueText(bucket: Bucket | undefined, granularity: Granularity): string {
  if (!bucket) {
    return '';
  }
  return t('chartValue', periodName(granularity, bucket.start, bucket.end), percentLabel(bucket.whyShare), percentLabel(bucket.howShare),
    pluralMessage(bucket.entries, t('entriesOne'), t('entriesMany'), count));
}

export function createBalanceChart(
  buckets: readonly Bucket[],
  granularity: Granularity,
  initialSelection: number,
  onSelect: (index: number) => void,
): BalanceChart {
  let selected = initialSelection;
  let theme: ChartTheme | undefined;
  let chart: BarChart | undefined;
  const summary = el('p', { class: 'visually-hidden', text: chartSummary(buckets, granularity), attrs: { id: 'balance-chart-summary' } });
  const canvas = el('canvas', {
    attrs: {
      id: 'balance-chart',
      role: 'slider',
      tabindex: '0',
      'aria-label': t('chartLabel'),
      'aria-describedby': 'balance-chart-summary',
      'aria-orientation': 'horizontal',
      'aria-valuemin': '1',
      'aria-valuemax': String(Math.max(1, buckets.length)),
      'aria-keyshortcuts': 'ArrowLeft ArrowRight Home End',
      'data-why': buckets.map((b) => percentText(b.whyShare)).join(','),
      'data-how': buckets.map((b) => percentText(b.howShare)).join(','),
      'data-entries': buckets.map((b) => String(b.entries)).join(','),
      'data-unclear': buckets.map((b) => String(b.labels.unclear)).join(','),
    },
  }, [t('chartFallback')]);
  const element = el('div', { class: 'chart-box' }, [canvas, summary]);
  const announce = (): void => {
    canvas.setAttribute('aria-valuenow', String(selected + 1));
    canvas.setAttribute('aria-valuetext', valueText(buckets[selected], granularity));
  };
  announce();

  const select = (index: number): void => {
    const clamped = Math.max(0, Math.min(buckets.length - 1, index));
    if (clamped !== selected) {
      selected = clamped;
      announce();
      chart?.draw();
      onSelect(clamped);
    }
  };
  canvas.addEventListener('keydown', (event) => {
    const moves: Record<string, number> = { ArrowLeft: selected - 1, ArrowRight: selected + 1, Home: 0, End: buckets.length - 1 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      select(target);
    }
  });

  const onClick = (event: ChartEvent, target: BarChart): void => {
    if (!event.native) {
      return;
    }
    const [hit] = target.getElementsAtEventForMode(event.native, 'index', { intersect: false, axis: 'x' }, false);
    if (hit) {
      select(hit.index);
    }
  };

  const build = (initialTheme: ChartTheme): void => {
    theme = initialTheme;
    const setup = chartConfig(buckets, granularity, initialTheme, onClick);
    setup.plugins = [selectionPlugin(() => selected, (index) => (buckets[index]?.entries ?? 0) === 0, () => theme ?? initialTheme)];
    chart = new Chart(canvas, setup);
  };

  return {
    element,
    canvas,
    draw: build,
    setTheme(next) {
      theme = next;
      // A new chart on the same canvas (focus and selection stay), not new options put into this one:
      // Chart.js keeps each dataset's element options, shared by all its bars, from the first time it
      // resolves them, and `update('none')` never resolves them again, so the bars kept the first
      // theme's colours while the axes took the new ones. Theme switches are rare and a build is quick.
      if (chart) {
        chart.destroy();
        build(next);
      }
    },
    destroy() {
      chart?.destroy();
      chart = undefined;
    },
  };
}
