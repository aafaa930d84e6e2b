// The HTML report's tables: the text alternatives of the two charts (the same numbers, from the same
// data) and the tables that have no chart. Cells are HTML: every string from the journal is escaped
// here, and ids, dates and numbers are escaped too, so no cell is trusted.
import type * as l10n from '@vscode/l10n';
import { isoMonth } from '../calendar/localDate';
import { STYLE_IDS } from '../tagger/types';
import { delta, percentNumber, translatedPercent } from '../text/format';
import type { Bucket } from '../trends/aggregate';
import type { Comparison } from '../trends/compare';
import type { FunctionRank } from '../trends/functionRanking';
import type { HeatmapDay } from '../trends/heatmap';
import type { PersonSummary } from '../trends/people';
import { escapeHtml } from '../text/escapeHtml';
import { ENGLISH_REPORT, vocabularyOf, type ReportLanguage } from './reportLanguage';

interface Column {
  readonly title: string;
  readonly numeric?: boolean;
}

/**
 * The report's language. The type import of `@vscode/l10n` above marks this file for
 * @vscode/l10n-dev, which extracts `l10n.t('…')` calls only from files importing it or `vscode`.
 */
type Language = ReportLanguage & Partial<Pick<typeof l10n, 'config'>>;

/** A table with a caption; `rows` are cells already made HTML (use `escapeHtml` for text). */
export function tableHtml(id: string, caption: string, columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const head = columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.title)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell, i) => (columns[i]?.numeric ? `<td class="num">${cell}</td>` : `<td>${cell}</td>`)).join('')}</tr>`).join('\n');
  return `<table id="${escapeHtml(id)}"><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** The balance chart's numbers: one row per week, in the chart's order; Why % as in `data-why`. */
export function weeksTable(buckets: readonly Bucket[], l10n: Language = ENGLISH_REPORT): string {
  return tableHtml('weeks-table', l10n.t('Why and how share per week (whole percentages of the tagged entries)'), [
    { title: l10n.t('Week') }, { title: l10n.t('Starts') }, { title: l10n.t('Entries'), numeric: true }, { title: l10n.t('Tagged'), numeric: true },
    { title: l10n.t('Why %'), numeric: true }, { title: l10n.t('How %'), numeric: true },
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
    const key = isoMonth(day.date);
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

export function heatmapTable(days: readonly HeatmapDay[], l10n: Language = ENGLISH_REPORT): string {
  return tableHtml('heatmap-table', l10n.t('The calendar by month: days written, entries, and the mean why share of the tagged days'), [
    { title: l10n.t('Month') }, { title: l10n.t('Days written'), numeric: true }, { title: l10n.t('Entries'), numeric: true }, { title: l10n.t('Why %'), numeric: true },
  ], heatmapMonths(days).map((m) => [
    `${escapeHtml(l10n.monthName(m.month))} ${escapeHtml(m.month.slice(0, 4))}`, String(m.days), String(m.entries), escapeHtml(percentNumber(m.whyShare)),
  ]));
}

/** What the comparison compares, in words: like with like, day 1 to today's day of each month. */
export function comparisonSpan(comparison: Comparison, l10n: Language = ENGLISH_REPORT): string {
  const { recent, baseline, throughDay } = comparison;
  return throughDay === 1
    ? l10n.t('This month so far ({0} to {1}) against day 1 of each of the {2} months before (means)', recent.from, recent.to, baseline.months)
    : l10n.t('This month so far ({0} to {1}) against days 1–{2} of each of the {3} months before (means)', recent.from, recent.to, throughDay, baseline.months);
}

export function comparisonTable(comparison: Comparison, l10n: Language = ENGLISH_REPORT): string {
  const { recent, baseline, delta: change } = comparison;
  const { decimal } = l10n;
  const words = { points: (points: number) => l10n.t('{0} pt', points), count: decimal };
  return tableHtml('comparison-table', comparisonSpan(comparison, l10n), [
    { title: '' }, { title: l10n.t('This month so far'), numeric: true }, { title: l10n.t('Same days before'), numeric: true }, { title: l10n.t('Change'), numeric: true },
  ], [
    [l10n.t('Entries'), decimal(recent.entries), decimal(baseline.entries), delta(change.entries, 'count', words)],
    [l10n.t('Entries per week'), decimal(recent.entriesPerWeek), decimal(baseline.entriesPerWeek), delta(change.entriesPerWeek, 'count', words)],
    [l10n.t('Why share'), translatedPercent(l10n, recent.whyShare), translatedPercent(l10n, baseline.whyShare), delta(change.whyShare, 'share', words)],
    [l10n.t('Balanced share'), translatedPercent(l10n, recent.balancedShare), translatedPercent(l10n, baseline.balancedShare), delta(change.balancedShare, 'share', words)],
    [l10n.t('Traps per week'), decimal(recent.trapsPerWeek), decimal(baseline.trapsPerWeek), delta(change.trapsPerWeek, 'count', words)],
  ].map((row) => row.map(escapeHtml)));
}

export function functionsTable(functions: readonly FunctionRank[], l10n: Language = ENGLISH_REPORT): string {
  const max = Math.max(1, ...functions.map((f) => f.count));
  const names = vocabularyOf(l10n);
  return tableHtml('functions-table', l10n.t("Kotter's functions, most present first: entries showing each"), [
    { title: l10n.t('Function') }, { title: l10n.t('Side') }, { title: l10n.t('Entries'), numeric: true }, { title: '' },
  ], functions.map((f) => [
    escapeHtml(names.functions[f.id]?.name ?? f.id), escapeHtml(f.side === 'leading' ? l10n.t('leading') : l10n.t('managing')), String(f.count),
    `<span class="bar ${escapeHtml(f.side)}" style="width:${Math.round((f.count / max) * 120)}px"></span>`,
  ]));
}

export function peopleTable(people: readonly PersonSummary[], l10n: Language = ENGLISH_REPORT): string {
  const names = vocabularyOf(l10n);
  return tableHtml('people-table', l10n.t('People named in entries, with the situational styles those entries show'), [
    { title: l10n.t('Person') }, { title: l10n.t('Entries'), numeric: true },
    ...STYLE_IDS.map((id) => ({ title: names.styles[id].name, numeric: true })),
  ], people.map((p) => [escapeHtml(p.name), String(p.entries), ...STYLE_IDS.map((id) => String(p.styles[id]))]));
}
