// The why/how chart: per bucket, the why and how shares stacked to 100 % (a bucket with no tagged
// entry has no bar: a gap, not a zero), and beneath them, on a second axis stacked under the first,
// the number of entries. One canvas, so one `role="img"` with one summary; the same numbers are in
// the table (`balanceTable`), and the canvas carries them as `data-why`/`data-how`/`data-entries`
// (comma-separated, rounded as the table shows them, empty for null) so a test can compare the two.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ChartEvent, type Plugin } from 'chart.js';
import type { Bucket } from '../../core/trends/aggregate';
import type { Granularity } from '../../core/trends/periods';
import { chartConfig, type BarChart } from './balanceChartConfig';
import { el } from './dom';
import { formatShortDate, percentLabel, percentText, periodCount, unitName } from './format';
import { t } from './i18n';
import type { ChartTheme } from './theme';

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

/** What the chart says, in one sentence, for the canvas's `aria-label`. */
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

/** The selected bucket's column, in canvas pixels; undefined when nothing is selected. */
function selectedColumn(chart: Chart<'bar'>, index: number): { left: number; width: number; top: number; height: number } | undefined {
  const scale = chart.scales.x;
  const count = chart.data.labels?.length ?? 0;
  if (!scale || index < 0 || index >= count) {
    return undefined;
  }
  const step = count > 1 ? Math.abs(scale.getPixelForValue(1) - scale.getPixelForValue(0)) : chart.chartArea.width;
  const width = Math.max(step, 3);
  const { top, bottom } = chart.chartArea;
  return { left: scale.getPixelForValue(index) - width / 2, width, top, height: bottom - top };
}

/**
 * Marks the selected bucket: a faint band behind the bars and an outline in the focus colour over
 * them (the bars fill their column, so the band alone would hardly show). For this chart only.
 */
function selectionPlugin(selected: () => number, theme: () => ChartTheme): Plugin<'bar'> {
  return {
    id: 'ljSelection',
    beforeDatasetsDraw(chart) {
      const column = selectedColumn(chart, selected());
      if (column && !theme().highContrast) {
        chart.ctx.save();
        chart.ctx.globalAlpha = 0.25;
        chart.ctx.fillStyle = theme().focus;
        chart.ctx.fillRect(column.left, column.top, column.width, column.height);
        chart.ctx.restore();
      }
    },
    afterDatasetsDraw(chart) {
      const column = selectedColumn(chart, selected());
      if (column) {
        chart.ctx.save();
        chart.ctx.strokeStyle = theme().focus;
        chart.ctx.lineWidth = 2;
        chart.ctx.strokeRect(column.left, column.top + 1, column.width, column.height - 1);
        chart.ctx.restore();
      }
    },
  };
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
  const canvas = el('canvas', {
    attrs: {
      id: 'balance-chart',
      role: 'img',
      tabindex: '0',
      'aria-label': chartSummary(buckets, granularity),
      'aria-keyshortcuts': 'ArrowLeft ArrowRight Home End',
      'data-why': buckets.map((b) => percentText(b.whyShare)).join(','),
      'data-how': buckets.map((b) => percentText(b.howShare)).join(','),
      'data-entries': buckets.map((b) => String(b.entries)).join(','),
    },
  }, [t('chartFallback')]);
  const element = el('div', { class: 'chart-box' }, [canvas]);

  const select = (index: number): void => {
    const clamped = Math.max(0, Math.min(buckets.length - 1, index));
    if (clamped !== selected) {
      selected = clamped;
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
    setup.plugins = [selectionPlugin(() => selected, () => theme ?? initialTheme)];
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
