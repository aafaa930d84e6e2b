// The balance chart's Chart.js configuration, built whole for one theme: data (why and how shares
// stacked to 100 % on the `share` axis; beneath it, on a `count` axis of its own, the entries that
// show a side and the unclear ones, stacked), scales, tooltip and colours. Chart.js stacks the two
// axes in one column on the left (stacked axes must share a side), so each label carries its unit:
// "100 %", "50 %" above, "5 entries", "0" below, and a count never reads as a percentage. A period
// with one entry still shows a bar a person can see (`minBarLength`); one with none has no count bar. A theme change
// builds the configuration, and the chart, again (see balanceChart.ts).
import type { ChartConfiguration, ChartEvent, Chart, Scale, TooltipItem } from 'chart.js';
import type { Bucket } from '../../core/trends/aggregate';
import type { Granularity } from '../../core/trends/periods';
import { count, formatMonth, formatShortDate, percentLabel, periodName } from './format';
import { t } from './i18n';
import { pluralMessage } from '../../core/text/format';
import { BAR_CHART_BEHAVIOUR, tooltipStyle, type ChartTheme } from './chartTheme';

export type BarChart = Chart<'bar', (number | null)[], string>;

/** Above this many bars they touch, so a long range reads as an area rather than as hairlines. */
const DENSE_BARS = 60;

/** Room beside a y axis's widest label: Chart.js's tick padding (3 px) and tick mark (8 px), and a little air. */
const Y_TICK_ROOM = 14;

function tickLabel(bucket: Bucket, granularity: Granularity, count: number): string {
  if (granularity === 'month' || (granularity === 'week' && count > 26)) {
    return formatMonth(bucket.start);
  }
  return formatShortDate(bucket.start);
}

function percentages(buckets: readonly Bucket[], share: (bucket: Bucket) => number | null): (number | null)[] {
  return buckets.map((bucket) => {
    const value = share(bucket);
    return value === null ? null : value * 100;
  });
}

/** The smallest height, in pixels, of a count bar for one entry or more: a 1-in-50 week must still show. */
export const MIN_COUNT_BAR_PX = 4;

/** Counts with nulls for zero: Chart.js draws `minBarLength` even for 0, and an empty period has no bar. */
function counts(buckets: readonly Bucket[], value: (bucket: Bucket) => number): (number | null)[] {
  return buckets.map((bucket) => {
    const n = value(bucket);
    return n > 0 ? n : null;
  });
}

/** A round number (1, 2, 5 × 10ⁿ) at or above `value`; small counts stay as they are. */
function niceCeiling(value: number): number {
  if (value <= 5) {
    return Math.max(1, value);
  }
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * magnitude >= value) ?? 10;
  return step * magnitude;
}

/**
 * The whole configuration for one theme. A theme change builds it again, and a new chart from it:
 * one source for every colour, and Chart.js caches the resolved (non-scriptable) options, which keeps
 * a 520-bar chart fast but also keeps a live chart's bars in their first colours.
 */
export function chartConfig(
  buckets: readonly Bucket[],
  granularity: Granularity,
  theme: ChartTheme,
  onClick: (event: ChartEvent, chart: BarChart) => void,
): ChartConfiguration<'bar', (number | null)[], string> {
  const dense = buckets.length > DENSE_BARS;
  // The count axis shows only 0 and its top, a round number at or above the most entries.
  const countMax = niceCeiling(buckets.reduce((most, bucket) => Math.max(most, bucket.entries), 0));
  // In high contrast, sparse bars get a border in the foreground colour so they stay distinct.
  const outlined = theme.highContrast && !dense;
  const bar = {
    grouped: false,
    barPercentage: dense ? 1 : 0.85,
    categoryPercentage: dense ? 1 : 0.9,
    borderSkipped: false as const,
    borderWidth: outlined ? 1 : 0,
    borderColor: theme.foreground,
  };
  const axis = { ticks: { color: theme.muted }, grid: { color: theme.grid }, border: { color: theme.grid } };
  const fontSize = Math.max(10, theme.fontSize - 2);
  const countLabel = (value: number): string => (value === 0 ? '0' : pluralMessage(value, t('entriesOne'), t('entriesMany'), count));
  // The two y axes are stacked in one column, which Chart.js sizes for the share axis's labels: the
  // count axis's top label ("10 entries") is wider and was cut at the canvas's left edge. Both are
  // given the width of the widest label of either.
  const yAxisWidth = (scale: Scale): void => {
    const context = scale.ctx;
    context.save();
    context.font = `${fontSize}px ${theme.fontFamily}`;
    const widest = Math.max(context.measureText(countLabel(countMax)).width, context.measureText(percentLabel(1)).width);
    context.restore();
    scale.width = Math.max(scale.width, Math.ceil(widest) + Y_TICK_ROOM);
  };
  return {
    type: 'bar',
    data: {
      labels: buckets.map((bucket) => tickLabel(bucket, granularity, buckets.length)),
      datasets: [
        {
          ...bar, label: t('datasetWhy'), data: percentages(buckets, (b) => b.whyShare), yAxisID: 'share', stack: 'share',
          backgroundColor: theme.why,
        },
        {
          ...bar, label: t('datasetHow'), data: percentages(buckets, (b) => b.howShare), yAxisID: 'share', stack: 'share',
          backgroundColor: theme.how,
        },
        {
          ...bar, label: t('legendTagged'), data: counts(buckets, (b) => b.tagged), yAxisID: 'count', stack: 'count',
          backgroundColor: theme.count, minBarLength: MIN_COUNT_BAR_PX,
        },
        {
          ...bar, label: t('legendUnclear'), data: counts(buckets, (b) => b.entries - b.tagged), yAxisID: 'count', stack: 'count',
          backgroundColor: theme.unclear, minBarLength: MIN_COUNT_BAR_PX,
        },
      ],
    },
    options: {
      // Bars are tall targets: hover and click act on the whole column under the pointer.
      ...BAR_CHART_BEHAVIOUR,
      onClick: (event, _elements, chart) => onClick(event, chart as BarChart),
      color: theme.foreground,
      font: { family: theme.fontFamily, size: fontSize },
      layout: { padding: { top: 4, right: 4 } },
      scales: {
        x: {
          type: 'category',
          stacked: true,
          grid: { display: false },
          border: axis.border,
          ticks: { ...axis.ticks, autoSkip: true, autoSkipPadding: 12, maxRotation: 0, sampleSize: 24 },
        },
        // Its own scale, whose top label names its unit ("5 entries").
        count: {
          type: 'linear',
          stack: 'rows',
          stackWeight: 1.4,
          stacked: true,
          position: 'left',
          min: 0,
          max: countMax,
          ...axis,
          ticks: { ...axis.ticks, stepSize: countMax, precision: 0, callback: (value) => countLabel(Number(value)) },
          afterFit: yAxisWidth,
        },
        share: {
          type: 'linear',
          stacked: true,
          stack: 'rows',
          stackWeight: 3,
          min: 0,
          max: 100,
          position: 'left',
          ...axis,
          // No "0 %": it would sit on the count axis's top label, just below it.
          ticks: { ...axis.ticks, stepSize: 50, callback: (value) => (Number(value) === 0 ? '' : percentLabel(Number(value) / 100)) },
          afterFit: yAxisWidth,
        },
      },
      plugins: {
        tooltip: {
          ...tooltipStyle(theme),
          displayColors: true,
          callbacks: {
            title: (items: TooltipItem<'bar'>[]) => {
              const bucket = buckets[items[0]?.dataIndex ?? -1];
              return bucket ? periodName(granularity, bucket.start, bucket.end) : '';
            },
            label: (item: TooltipItem<'bar'>) => {
              const value = item.raw as number | null;
              if (item.datasetIndex >= 2) {
                return `${item.dataset.label ?? ''}: ${value ?? 0}`;
              }
              return `${item.dataset.label ?? ''} ${value === null ? '—' : percentLabel(value / 100)}`;
            },
          },
        },
      },
    },
  };
}
