import * as assert from 'node:assert/strict';
import { buildReport } from '../../../../src/core/report/reportModel';
import { heatmapMonths } from '../../../../src/core/report/reportTables';
import { balanceChartSvg, heatmapGridDays, heatmapSvg, HEATMAP_WEEKS } from '../../../../src/core/report/svgCharts';
import { day, entry, largeJournal, tagged } from '../trends/fixtures';

const TODAY = day('2026-11-23'); // A Monday.

function attr(svg: string, name: string): string[] {
  return (new RegExp(` ${name}="([^"]*)"`).exec(svg)?.[1] ?? '').split(',');
}

describe('report: SVG charts', () => {
  const report = buildReport([
    tagged('2026-11-16', 0.8), tagged('2026-11-17', 0.2), entry('2026-11-18'), tagged('2026-11-02', 0.333),
  ], [], TODAY, day('2026-11-02'));

  it('draws one stacked bar per tagged week and carries the numbers it draws', () => {
    const buckets = report.summary.buckets;
    const svg = balanceChartSvg(buckets);
    assert.match(svg, /^<svg class="chart balance" role="img" aria-label="Why and how share per week, 2026-W45 to 2026-W48: 2 weeks with tagged entries/);
    assert.deepEqual(attr(svg, 'data-weeks'), ['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    assert.deepEqual(attr(svg, 'data-entries'), ['1', '0', '3', '0']);
    assert.deepEqual(attr(svg, 'data-why'), ['33', '', '50', '']);
    assert.deepEqual(attr(svg, 'data-how'), ['67', '', '50', '']);
    assert.equal((svg.match(/<rect class="why"/g) ?? []).length, 2, 'no bar for weeks with nothing tagged');
    assert.equal((svg.match(/<rect class="count"/g) ?? []).length, 4);
    assert.match(svg, /<title>2026-W47: 3 entries, why 50 %, how 50 %<\/title>/);
    assert.doesNotMatch(svg, /xmlns|http/);
  });

  it('scales why from the bottom of a 180-unit plot', () => {
    const svg = balanceChartSvg(report.summary.buckets);
    const why = [...svg.matchAll(/<rect class="why" x="[^"]+" y="([^"]+)" width="[^"]+" height="([^"]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    assert.deepEqual(why[1], [100, 90], 'a 50 % week: half of 180, ending on the axis at 190');
  });

  it('lays out the heat-map as 53 Monday-first weeks ending today, with the month table summing the same days', () => {
    const big = buildReport(largeJournal(3000), [], day('2026-12-31'));
    const grid = heatmapGridDays(big.summary.heatmap, big.today);
    assert.equal(grid[0]?.date, '2025-12-29', 'a Monday, 52 weeks before the Monday of today’s week');
    assert.equal(grid.at(-1)?.date, '2026-12-31');
    assert.equal(grid.length, (HEATMAP_WEEKS - 1) * 7 + 4);
    const svg = heatmapSvg(big.summary.heatmap, big.today);
    assert.match(svg, /role="img" aria-label="Calendar of the last year, 2025-12-29 to 2026-12-31: /);
    const cells = [...svg.matchAll(/data-date="([^"]+)" data-count="(\d+)"/g)];
    const byMonth = new Map<string, number>();
    for (const [, date = '', count = '0'] of cells) {
      byMonth.set(date.slice(0, 7), (byMonth.get(date.slice(0, 7)) ?? 0) + Number(count));
    }
    const months = heatmapMonths(grid);
    assert.deepEqual(months.map((m) => [m.month, m.entries]).filter(([, n]) => n !== 0), [...byMonth]);
    assert.equal(months.reduce((sum, m) => sum + m.entries, 0), grid.reduce((sum, d) => sum + d.count, 0));
    assert.equal((svg.match(/<rect class="cell l/g) ?? []).length, grid.length + 10, 'one cell per day and ten legend swatches');
  });

  it('says there is nothing to show without days', () => {
    assert.match(heatmapSvg([], '2026-11-23'), /No calendar to show/);
  });
});
