// The balance chart's configuration and its selection mark, outside a browser (Chart.js itself is
// exercised by the webview tier): counts have a scale of their own, small counts stay visible, an
// empty period has no count bar, unclear entries are their own band, and selecting a period never
// paints a bar that is not there.
import * as assert from 'node:assert/strict';
import type { Chart } from 'chart.js';
import type { Bucket } from '../../../src/core/trends/aggregate';
import { aggregate } from '../../../src/core/trends/aggregate';
import { useL10n } from '../../../src/webview/language';
import { chartConfig, MIN_COUNT_BAR_PX } from '../../../src/webview/trends/balanceChartConfig';
import type { ChartTheme } from '../../../src/webview/trends/chartTheme';
import { selectionPlugin } from '../../../src/webview/trends/selection';
import { entry, tagged } from '../core/trends/fixtures';

const THEME: ChartTheme = {
  why: '#0000ff', how: '#ff8800', count: '#888888', unclear: 'rgba(136, 136, 136, 0.45)', calendar: '#aa66cc', foreground: '#111111', muted: '#555555',
  grid: '#cccccc', focus: '#0090f1', hoverBackground: '#ffffff', hoverForeground: '#111111', hoverBorder: '#cccccc',
  fontFamily: 'sans-serif', fontSize: 13, highContrast: false,
};

function weeks(): Bucket[] {
  const entries = [
    ...Array.from({ length: 40 }, (_, index) => tagged(`2026-11-${String(2 + (index % 5)).padStart(2, '0')}`, 0.7, { path: `a${index}.md` })),
    tagged('2026-11-09', 0.3), // One entry in a week, beside a 40-entry week.
    entry('2026-11-10'), // An unclear entry in the same week.
    // 2026-W48 (from the 23rd): nothing.
  ];
  return aggregate(entries, { granularity: 'week', weekStart: 1, from: { year: 2026, month: 11, day: 2 }, to: { year: 2026, month: 11, day: 29 } });
}

describe('webview: the balance chart', () => {
  before(() => useL10n({ locale: 'en', bundle: null }));

  it('gives counts a scale of their own whose labels say they are counts', () => {
    const config = chartConfig(weeks(), 'week', THEME, () => undefined);
    const scales = config.options?.scales as Record<string, { max?: number; stack?: string; ticks?: { callback?: (value: number) => string } }>;
    assert.equal(scales.count?.max, 50, 'a round number at or above the busiest week');
    assert.equal(scales.share?.ticks?.callback?.(50), '50 %');
    assert.equal(scales.share?.ticks?.callback?.(0), '', 'no "0 %" on top of the count axis');
    assert.equal(scales.count?.ticks?.callback?.(50), '50 entries', 'a count says it is a count');
    assert.equal(scales.count?.ticks?.callback?.(0), '0');
  });

  it('makes both y axes as wide as the widest label of either, so "50 entries" is not cut at the edge', () => {
    const scales = chartConfig(weeks(), 'week', THEME, () => undefined).options?.scales as Record<string, { afterFit?: (scale: unknown) => void }>;
    const fonts: string[] = [];
    // A measuring context of 7 px a character; Chart.js had sized the column for "100 %" only.
    const ctx = { save: () => undefined, restore: () => undefined, set font(value: string) { fonts.push(value); }, measureText: (text: string) => ({ width: text.length * 7 }) };
    for (const name of ['count', 'share']) {
      const scale = { ctx, width: 40 };
      scales[name]?.afterFit?.(scale);
      assert.equal(scale.width, '50 entries'.length * 7 + 14, `${name}: the count label's width and the tick's room`);
      const wide = { ctx, width: 200 };
      scales[name]?.afterFit?.(wide);
      assert.equal(wide.width, 200, `${name}: never narrower than Chart.js made it`);
    }
    assert.ok(fonts.every((font) => font === '11px sans-serif'), 'measured in the ticks\' font');
  });

  it('draws one entry as a visible bar, an empty period as no bar, and unclear entries as their own band', () => {
    const buckets = weeks();
    const datasets = chartConfig(buckets, 'week', THEME, () => undefined).data.datasets;
    const [, , shown, unclear] = datasets;
    assert.equal(datasets.length, 4);
    assert.deepEqual(shown?.data, [40, 1, null, null]);
    assert.deepEqual(unclear?.data, [null, 1, null, null]);
    assert.ok((shown as { minBarLength?: number }).minBarLength === MIN_COUNT_BAR_PX && MIN_COUNT_BAR_PX >= 3);
    assert.equal(unclear?.backgroundColor, THEME.unclear);
    assert.deepEqual(datasets[0]?.data.map((value) => (value === null ? null : Math.round(Number(value)))), [70, 30, null, null], 'the why share counts tagged entries only');
  });

  it('outlines the selected period and fills nothing, dashed when the period is empty', () => {
    const calls: string[] = [];
    const ctx = new Proxy({}, {
      get: (_target, name) => (...args: unknown[]) => calls.push(`${String(name)}(${JSON.stringify(args)})`),
      set: (_target, name, value) => calls.push(`${String(name)}=${String(value)}`) > 0,
    });
    const chart = {
      ctx, chartArea: { top: 0, bottom: 100, width: 400 }, data: { labels: ['a', 'b', 'c', 'd'] },
      scales: { x: { getPixelForValue: (index: number) => 50 + index * 100 } },
    } as unknown as Chart<'bar'>;
    const buckets = weeks();
    for (const [index, dash] of [[1, '[[]]'], [3, '[[4,3]]']] as const) {
      calls.length = 0;
      const plugin = selectionPlugin(() => index, (at) => (buckets[at]?.entries ?? 0) === 0, () => THEME);
      (plugin.afterDatasetsDraw as (chart: Chart<'bar'>) => void)(chart);
      assert.ok(!calls.some((call) => call.startsWith('fillRect')), calls.join(' '));
      assert.ok(calls.includes(`setLineDash(${dash})`), calls.join(' '));
      assert.ok(calls.some((call) => call.startsWith('strokeRect')));
      assert.equal((plugin as { beforeDatasetsDraw?: unknown }).beforeDatasetsDraw, undefined, 'no band behind the bars');
    }
  });
});
