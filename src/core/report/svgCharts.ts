// The report's charts as inline SVG text, drawn from the summary's numbers with no script: the why/how
// share per week as stacked bars with entry counts beneath, and a heat-map of the last year. Colours
// are CSS classes (see reportStyle.ts), so light and dark follow the page. Each SVG is `role="img"`
// with an `aria-label`, and carries the numbers it draws as `data-*` attributes so tests (and anyone
// reading the file) can compare it with its table.
import { startOfWeek } from '../calendar/isoWeek';
import { addDays, formatIsoDate, parseIsoDate, toEpochDay } from '../calendar/localDate';
import type * as l10n from '@vscode/l10n';
import { dayFormat } from '../text/dates';
import { percentNumber, pluralMessage, translatedDays, translatedPercent } from '../text/format';
import type { Bucket } from '../trends/aggregate';
import { heatLevel, heatTint, type HeatmapDay } from '../trends/heatmap';
import { escapeHtml } from '../text/escapeHtml';
import { ENGLISH_REPORT, vocabularyOf, type ReportLanguage } from './reportLanguage';
import { REPORT_WEEK_START } from './reportModel';

/** Two decimals are plenty for a viewBox a thousand units wide. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function rect(x: number, y: number, width: number, height: number, cls: string, extra = ''): string {
  return `<rect class="${cls}" x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}"${extra}/>`;
}

function text(x: number, y: number, content: string, cls: string, anchor = 'middle'): string {
  return `<text class="${cls}" x="${n(x)}" y="${n(y)}" text-anchor="${anchor}">${escapeHtml(content)}</text>`;
}

/**
 * The report's language. The type import of `@vscode/l10n` above marks this file for
 * @vscode/l10n-dev, which extracts `l10n.t('…')` calls only from files importing it or `vscode`.
 */
type Language = ReportLanguage & Partial<Pick<typeof l10n, 'config'>>;

const entriesText = (l10n: Language, count: number): string => pluralMessage(count, l10n.t('{0} entry'), l10n.t('{0} entries'));

export function describeWeek(bucket: Bucket, l10n: Language = ENGLISH_REPORT): string {
  const entries = entriesText(l10n, bucket.entries);
  return bucket.whyShare === null
    ? l10n.t('{0}: {1}, none tagged', bucket.key, entries)
    : l10n.t('{0}: {1}, why {2}, how {3}', bucket.key, entries, translatedPercent(l10n, bucket.whyShare), translatedPercent(l10n, bucket.howShare));
}

/**
 * Stacked bars, one per bucket (oldest on the left): why from the bottom, how above it, on a 0–100 %
 * scale; a week with no tagged entry has no bar. Beneath, the entry count per week as a small bar and
 * a number. The SVG carries `data-weeks`, `data-entries`, `data-why` and `data-how` (whole
 * percentages, '' where nothing is tagged), comma-separated in bar order.
 */
export function balanceChartSvg(buckets: readonly Bucket[], l10n: Language = ENGLISH_REPORT): string {
  const width = 960;
  const left = 44;
  const plotTop = 10;
  const plotHeight = 180;
  const countTop = plotTop + plotHeight + 26;
  const countHeight = 34;
  const height = countTop + countHeight + 18;
  const slot = (width - left - 4) / Math.max(1, buckets.length);
  const barWidth = Math.max(1, slot * 0.72);
  const maxEntries = Math.max(1, ...buckets.map((bucket) => bucket.entries));
  const labelEvery = Math.max(1, Math.ceil(buckets.length / 13));
  const parts: string[] = [];
  for (const value of [0, 0.5, 1]) {
    const y = plotTop + plotHeight * (1 - value);
    parts.push(`<line class="grid" x1="${left}" x2="${width}" y1="${n(y)}" y2="${n(y)}"/>`, text(left - 6, y + 4, translatedPercent(l10n, value), 'axis', 'end'));
  }
  buckets.forEach((bucket, index) => {
    const x = left + index * slot + (slot - barWidth) / 2;
    const center = x + barWidth / 2;
    const bar: string[] = [`<title>${escapeHtml(describeWeek(bucket, l10n))}</title>`];
    if (bucket.whyShare !== null) {
      const why = Math.min(1, bucket.whyShare);
      const how = Math.min(1 - why, bucket.howShare ?? 0);
      bar.push(rect(x, plotTop + plotHeight * (1 - why), barWidth, plotHeight * why, 'why'));
      bar.push(rect(x, plotTop + plotHeight * (1 - why - how), barWidth, plotHeight * how, 'how'));
    }
    const countBar = (countHeight - 12) * (bucket.entries / maxEntries);
    bar.push(rect(x, countTop + countHeight - 12 - countBar, barWidth, countBar, 'count'));
    if (slot >= 14) {
      bar.push(text(center, countTop + countHeight, String(bucket.entries), 'axis small'));
    }
    parts.push(`<g>${bar.join('')}</g>`);
    if (index % labelEvery === 0) {
      parts.push(text(center, plotTop + plotHeight + 16, bucket.key.slice(5), 'axis'));
    }
  });
  parts.push(text(left - 6, countTop + countHeight - 12, l10n.t('entries'), 'axis small', 'end'));
  const list = (values: readonly string[]): string => escapeHtml(values.join(','));
  const tagged = buckets.filter((bucket) => bucket.whyShare !== null);
  const label = buckets.length === 0
    ? l10n.t('No weeks to show.')
    : l10n.t('Why and how share per week, {0} to {1}: {2} with tagged entries; the table below has every number.',
      buckets[0]?.key ?? '', buckets.at(-1)?.key ?? '', pluralMessage(tagged.length, l10n.t('{0} week'), l10n.t('{0} weeks')));
  return `<svg class="chart balance" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${width} ${height}"`
    + ` data-weeks="${list(buckets.map((b) => b.key))}" data-entries="${list(buckets.map((b) => String(b.entries)))}"`
    + ` data-why="${list(buckets.map((b) => percentNumber(b.whyShare)))}" data-how="${list(buckets.map((b) => percentNumber(b.howShare)))}">`
    + `${parts.join('')}</svg>`;
}

export const HEATMAP_WEEKS = 53;


export function describeDay(day: HeatmapDay, l10n: Language = ENGLISH_REPORT): string {
  const entries = entriesText(l10n, day.count);
  return day.whyShare === null ? l10n.t('{0}: {1}', day.date, entries) : l10n.t('{0}: {1}, why {2}', day.date, entries, translatedPercent(l10n, day.whyShare));
}

/**
 * The days of the heat-map that fit its grid: 53 week columns (Monday first) ending with `today`'s
 * week, oldest first, up to `today`. `days` is the summary's heat-map (371 days ending on `today`).
 */
export function heatmapGridDays(days: readonly HeatmapDay[], today: string): HeatmapDay[] {
  const todayDate = parseIsoDate(today);
  if (!todayDate) {
    return [];
  }
  const gridStart = formatIsoDate(addDays(startOfWeek(todayDate, REPORT_WEEK_START), -7 * (HEATMAP_WEEKS - 1)));
  return days.filter((day) => day.date >= gridStart && day.date <= today);
}

/**
 * A calendar of `heatmapGridDays`: a column per week, a row per weekday (Monday on top), each day
 * shaded by its entries (`l0`–`l4`) and tinted by its why share. Each written day's cell carries
 * `data-date` and `data-count`; every cell has a `<title>`.
 */
export function heatmapSvg(days: readonly HeatmapDay[], today: string, l10n: Language = ENGLISH_REPORT): string {
  const grid = heatmapGridDays(days, today);
  const first = grid[0] ? parseIsoDate(grid[0].date) : undefined;
  if (!first) {
    return `<p class="muted">${escapeHtml(l10n.t('No calendar to show.'))}</p>`;
  }
  const cell = 12;
  const step = 14;
  const left = 30;
  const top = 18;
  const width = left + HEATMAP_WEEKS * step;
  const legendTop = top + 7 * step + 8;
  const height = legendTop + cell + 4;
  const labels = vocabularyOf(l10n).labels;
  const firstDay = toEpochDay(first);
  const max = Math.max(0, ...grid.map((day) => day.count));
  const parts: string[] = [];
  // Every other row named, from the top (the first day's weekday, Monday): `Mon`, `Wed`, `Fri`.
  const weekdayName = dayFormat(l10n.locale, 'weekdayShort');
  for (const row of [0, 2, 4]) {
    parts.push(text(left - 6, top + row * step + cell - 2, weekdayName(addDays(first, row)), 'axis small', 'end'));
  }
  let lastLabel = -4;
  grid.forEach((day, index) => {
    const date = parseIsoDate(day.date);
    const offset = date ? toEpochDay(date) - firstDay : index;
    const column = Math.floor(offset / 7);
    const row = offset % 7;
    if (row === 0 && date && date.day <= 7 && column - lastLabel >= 4 && column <= HEATMAP_WEEKS - 3) {
      parts.push(text(left + column * step, top - 6, l10n.monthName(day.date), 'axis small', 'start'));
      lastLabel = column;
    }
    const data = day.count > 0 ? ` data-date="${day.date}" data-count="${day.count}"` : '';
    parts.push(`<rect class="cell l${heatLevel(day.count, max)}${heatTint(day) === '' ? '' : ` ${heatTint(day)}`}${day.date === today ? ' today' : ''}"`
      + ` x="${left + column * step}" y="${top + row * step}" width="${cell}" height="${cell}" rx="2"${data}>`
      + `<title>${escapeHtml(describeDay(day, l10n))}</title></rect>`);
  });
  let x = left;
  parts.push(text(x, legendTop + cell - 2, l10n.t('Less'), 'axis small', 'start'));
  x += 30;
  for (const level of [0, 1, 2, 3, 4]) {
    parts.push(rect(x, legendTop, cell, cell, `cell l${level} t2`));
    x += step;
  }
  parts.push(text(x + 2, legendTop + cell - 2, l10n.t('More'), 'axis small', 'start'));
  x += 60;
  parts.push(text(x, legendTop + cell - 2, labels.how.name, 'axis small', 'start'));
  x += 28;
  for (const tint of [0, 1, 2, 3, 4]) {
    parts.push(rect(x, legendTop, cell, cell, `cell l4 t${tint}`));
    x += step;
  }
  parts.push(text(x + 2, legendTop + cell - 2, labels.why.name, 'axis small', 'start'));
  const entries = grid.reduce((total, day) => total + day.count, 0);
  const written = grid.filter((day) => day.count > 0).length;
  const label = l10n.t('Calendar of the last year, {0} to {1}: {2} on {3}; the table below sums it by month.',
    grid[0]?.date ?? '', today, entriesText(l10n, entries), translatedDays(l10n, written));
  return `<svg class="chart heatmap" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}
