// The HTML report's tables: the text alternatives of the two charts (the same numbers, from the same
// data) and the tables that have no chart. Cells are HTML: every string from the journal is escaped
// here, and ids, dates and numbers are escaped too, so no cell is trusted.
import { STYLE_IDS } from '../tagger/types';
import { functionName, styleName } from '../tagger/vocabulary';
import { delta, percent, percentNumber } from '../text/format';
import type { Bucket } from '../trends/aggregate';
import type { Comparison } from '../trends/compare';
import type { FunctionRank } from '../trends/functionRanking';
import type { HeatmapDay } from '../trends/heatmap';
import type { PersonSummary } from '../trends/people';
import { escapeHtml } from '../text/escapeHtml';
import { decimal, monthName } from './names';

interface Column {
  readonly title: string;
  readonly numeric?: boolean;
}

/** A table with a caption; `rows` are cells already made HTML (use `escapeHtml` for text). */
export function tableHtml(id: string, caption: string, columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const head = columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.title)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell, i) => (columns[i]?.numeric ? `<td class="num">${cell}</td>` : `<td>${cell}</td>`)).join('')}</tr>`).join('\n');
  return `<table id="${escapeHtml(id)}"><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** The balance chart's numbers: one row per week, in the chart's order; Why % as in `data-why`. */
export function weeksTable(buckets: readonly Bucket[]): string {
  return tableHtml('weeks-table', 'Why and how share per week (whole percentages of the tagged entries)', [
    { title: 'Week' }, { title: 'Starts' }, { title: 'Entries', numeric: true }, { title: 'Tagged', numeric: true },
    { title: 'Why %', numeric: true }, { title: 'How %', numeric: true },
  ], buckets.map((b) => [
    escapeHtml(b.key), escapeHtml(b.start), String(b.entries), String(b.tagged),
    escapeHtml(percentNumber(b.whyShare)), escapeHtml(percentNumber(b.howShare)),
  ]));
}

export interface HeatmapMonth {
  /** `YYYY-MM`. */
  readonly month: string;
  /** Days with at least one entry, and the entries on them. */
  readonly days: number;
  readonly entries: number;
  /** Mean why share of the month's days with tagged entries; null when none. */
  readonly whyShare: number | null;
}

/** The heat-map's days summed by calendar month, oldest first (months with no day drawn are absent). */
export function heatmapMonths(days: readonly HeatmapDay[]): HeatmapMonth[] {
  const months = new Map<string, { days: number; entries: number; why: number; tagged: number }>();
  for (const day of days) {
    const key = day.date.slice(0, 7);
    const month = months.get(key) ?? { days: 0, entries: 0, why: 0, tagged: 0 };
    month.days += day.count > 0 ? 1 : 0;
    month.entries += day.count;
    if (day.whyShare !== null) {
      month.why += day.whyShare;
      month.tagged++;
    }
    months.set(key, month);
  }
  return [...months].map(([month, m]) => ({
    month, days: m.days, entries: m.entries, whyShare: m.tagged > 0 ? m.why / m.tagged : null,
  }));
}

export function heatmapTable(days: readonly HeatmapDay[]): string {
  return tableHtml('heatmap-table', 'The calendar by month: days written, entries, and the mean why share of the tagged days', [
    { title: 'Month' }, { title: 'Days written', numeric: true }, { title: 'Entries', numeric: true }, { title: 'Why %', numeric: true },
  ], heatmapMonths(days).map((m) => [
    `${escapeHtml(monthName(m.month))} ${escapeHtml(m.month.slice(0, 4))}`, String(m.days), String(m.entries), escapeHtml(percentNumber(m.whyShare)),
  ]));
}

/** What the comparison compares, in words: like with like, day 1 to today's day of each month. */
export function comparisonSpan(comparison: Comparison): string {
  const { recent, baseline, throughDay } = comparison;
  const days = throughDay === 1 ? 'day 1' : `days 1–${throughDay}`;
  return `This month so far (${recent.from} to ${recent.to}) against ${days} of each of the ${baseline.months} months before (means)`;
}

export function comparisonTable(comparison: Comparison): string {
  const { recent, baseline, delta: change } = comparison;
  return tableHtml('comparison-table', comparisonSpan(comparison), [
    { title: '' }, { title: 'This month so far', numeric: true }, { title: 'Same days before', numeric: true }, { title: 'Change', numeric: true },
  ], [
    ['Entries', decimal(recent.entries), decimal(baseline.entries), delta(change.entries, 'count')],
    ['Entries per week', decimal(recent.entriesPerWeek), decimal(baseline.entriesPerWeek), delta(change.entriesPerWeek, 'count')],
    ['Why share', percent(recent.whyShare, ' '), percent(baseline.whyShare, ' '), delta(change.whyShare, 'share')],
    ['Balanced share', percent(recent.balancedShare, ' '), percent(baseline.balancedShare, ' '), delta(change.balancedShare, 'share')],
    ['Traps per week', decimal(recent.trapsPerWeek), decimal(baseline.trapsPerWeek), delta(change.trapsPerWeek, 'count')],
  ].map((row) => row.map(escapeHtml)));
}

export function functionsTable(functions: readonly FunctionRank[]): string {
  const max = Math.max(1, ...functions.map((f) => f.count));
  return tableHtml('functions-table', "Kotter's functions, most present first: entries showing each", [
    { title: 'Function' }, { title: 'Side' }, { title: 'Entries', numeric: true }, { title: '' },
  ], functions.map((f) => [
    escapeHtml(functionName(f.id)), escapeHtml(f.side), String(f.count),
    `<span class="bar ${escapeHtml(f.side)}" style="width:${Math.round((f.count / max) * 120)}px"></span>`,
  ]));
}

export function peopleTable(people: readonly PersonSummary[]): string {
  return tableHtml('people-table', 'People named in entries, with the situational styles those entries show', [
    { title: 'Person' }, { title: 'Entries', numeric: true },
    ...STYLE_IDS.map((id) => ({ title: styleName(id), numeric: true })),
  ], people.map((p) => [escapeHtml(p.name), String(p.entries), ...STYLE_IDS.map((id) => String(p.styles[id]))]));
}
