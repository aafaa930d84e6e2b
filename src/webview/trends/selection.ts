// How the balance chart marks the selected period (balanceChart.ts): a Chart.js plugin that reads
// the chart's geometry only, so it can be tested with a recorded canvas context.
import type { Chart, Plugin } from 'chart.js';
import type { ChartTheme } from './chartTheme';

/** The selected bucket's column, in canvas pixels; undefined when nothing is selected. */
function selectedColumn(chart: Pick<Chart<'bar'>, 'scales' | 'data' | 'chartArea'>, index: number): { left: number; width: number; top: number; height: number } | undefined {
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
 * Marks the selected bucket with an outline in the focus colour around its column, and nothing
 * inside it: a filled band made an empty period look like a full-height pale bar. The outline is
 * dashed when the period has no entries, so an empty selection reads as empty. For this chart only.
 */
export function selectionPlugin(selected: () => number, empty: (index: number) => boolean, theme: () => ChartTheme): Plugin<'bar'> {
  return {
    id: 'ljSelection',
    afterDatasetsDraw(chart) {
      const index = selected();
      const column = selectedColumn(chart, index);
      if (column) {
        chart.ctx.save();
        chart.ctx.strokeStyle = theme().focus;
        chart.ctx.lineWidth = 2;
        chart.ctx.setLineDash(empty(index) ? [4, 3] : []);
        chart.ctx.strokeRect(column.left, column.top + 1, column.width, column.height - 1);
        chart.ctx.restore();
      }
    },
  };
}
