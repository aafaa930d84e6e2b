// The calendar heat-map: 53 week columns × 7 weekday rows ending with today's week, each day shaded
// by how much was written (level classes `l0`–`l4`) and tinted from how (orange) through balanced
// (purple) to why (blue) by its why share (`t0`–`t4`; `tn`, striped, when what was written shows
// neither side). The legend shows the amount in the neutral text colour, never in a tint, so "more
// entries" and "balanced" cannot be mistaken for each other. Colours are CSS classes over theme variables,
// so a theme change needs no script. Days carry no entry path, so a day is not a link: it says its
// numbers in a tooltip (`title`) and to assistive technology (`aria-label`), and that is all.
import { startOfWeek, type WeekStart } from '../../core/calendar/isoWeek';
import { addDays, parseIsoDate, toEpochDay } from '../../core/calendar/localDate';
import { heatLevel, heatTint, type HeatmapDay } from '../../core/trends/heatmap';
import { el } from './dom';
import { count, formatLongDate, percentLabel } from './format';
import { currentLocale } from '../language';
import { t } from './i18n';
import { dayFormat } from '../../core/text/dates';
import { pluralMessage } from '../../core/text/format';

export const HEATMAP_WEEKS = 53;


function describe(day: HeatmapDay): string {
  const entries = pluralMessage(day.count, t('entriesOne'), t('entriesMany'), count);
  const date = formatLongDate(day.date);
  return day.whyShare === null ? t('heatDay', date, entries) : t('heatDayWhy', date, entries, percentLabel(day.whyShare));
}

/** Weekday labels for rows 0, 2 and 4 (Mon, Wed, Fri for a Monday start): all seven would not fit. */
function weekdayLabels(weekStart: WeekStart): HTMLElement {
  const weekdayName = dayFormat(currentLocale(), 'weekdayShort');
  // 2023-01-01 was a Sunday (weekday 0).
  const labels = Array.from({ length: 7 }, (_, row) => {
    const text = row % 2 === 0 && row < 6 ? weekdayName({ year: 2023, month: 1, day: 1 + ((weekStart + row) % 7) }) : '';
    return el('span', { text });
  });
  return el('div', { class: 'heat-weekdays', attrs: { 'aria-hidden': 'true' } }, labels);
}

function summaryLine(days: readonly HeatmapDay[]): string {
  let entries = 0;
  let written = 0;
  let busiest: HeatmapDay | undefined;
  let whySum = 0;
  let tagged = 0;
  for (const day of days) {
    entries += day.count;
    if (day.count > 0) {
      written++;
    }
    if (!busiest || day.count > busiest.count) {
      busiest = day;
    }
    if (day.whyShare !== null) {
      whySum += day.whyShare;
      tagged++;
    }
  }
  if (entries === 0 || !busiest) {
    return t('heatNoEntries');
  }
  const summary = t('heatSummary', pluralMessage(entries, t('entriesOne'), t('entriesMany'), count), pluralMessage(written, t('daysOne'), t('daysMany'), count),
    formatLongDate(busiest.date), busiest.count);
  return tagged > 0 ? `${summary} ${t('heatSummaryLean', percentLabel(whySum / tagged))}` : summary;
}

export function heatmapView(days: readonly HeatmapDay[], today: string, weekStart: WeekStart): HTMLElement {
  const todayDate = parseIsoDate(today);
  const firstDay = days[0] ? parseIsoDate(days[0].date) : undefined;
  if (!todayDate || !firstDay) {
    return el('p', { class: 'muted', text: t('heatNoCalendar') });
  }
  const monthName = dayFormat(currentLocale(), 'month');
  const gridStart = addDays(startOfWeek(todayDate, weekStart), -7 * (HEATMAP_WEEKS - 1));
  const gridStartDay = toEpochDay(gridStart);
  const offset = gridStartDay - toEpochDay(firstDay);
  const todayIndex = toEpochDay(todayDate) - gridStartDay;
  const max = days.reduce((most, day) => Math.max(most, day.count), 0);

  const cells: HTMLElement[] = [];
  const months: HTMLElement[] = [];
  let lastLabelColumn = -4;
  for (let index = 0; index < HEATMAP_WEEKS * 7; index++) {
    const day = days[offset + index];
    if (index % 7 === 0) {
      // Label a column with the month that starts in it (or the first column's own month).
      const first = addDays(gridStart, index);
      const column = index / 7;
      const startsMonth = first.day <= 7;
      if (startsMonth && column - lastLabelColumn >= 4 && column <= HEATMAP_WEEKS - 3) {
        const label = el('span', { text: monthName({ ...first, day: 1 }) });
        label.style.gridColumn = `${column + 1} / span 4`;
        months.push(label);
        lastLabelColumn = column;
      }
    }
    if (index > todayIndex || !day) {
      cells.push(el('span', { class: 'cell future', attrs: { 'aria-hidden': 'true' } }));
      continue;
    }
    const text = describe(day);
    const classes = `cell l${heatLevel(day.count, max)} ${heatTint(day)}${index === todayIndex ? ' today' : ''}`;
    cells.push(el('span', { class: classes, attrs: { role: 'img', 'aria-label': text, title: text } }));
  }

  const legend = el('div', { class: 'heat-legend', attrs: { 'aria-hidden': 'true' } }, [
    el('span', { class: 'muted', text: t('heatLess') }),
    ...[0, 1, 2, 3, 4].map((level) => el('span', { class: `cell l${level} lv` })),
    el('span', { class: 'muted', text: t('heatMore') }),
    el('span', { class: 'legend-gap' }),
    el('span', { class: 'muted', text: t('datasetHow') }),
    ...[0, 1, 2, 3, 4].map((tint) => el('span', { class: `cell l4 t${tint}` })),
    el('span', { class: 'muted', text: t('datasetWhy') }),
    el('span', { class: 'legend-gap' }),
    el('span', { class: 'cell l4 t2' }),
    el('span', { class: 'muted', text: t('heatBalanced') }),
    el('span', { class: 'legend-gap' }),
    el('span', { class: 'cell l4 tn' }),
    el('span', { class: 'muted', text: t('heatUnclear') }),
  ]);

  return el('div', { class: 'heatmap-wrap' }, [
    el('p', { class: 'heat-summary', text: summaryLine(days) }),
    el('div', { class: 'heatmap' }, [
      el('span'),
      el('div', { class: 'heat-months', attrs: { 'aria-hidden': 'true' } }, months),
      weekdayLabels(weekStart),
      el('div', { class: 'heat-cells', attrs: { role: 'group', 'aria-label': t('heatCells') } }, cells),
    ]),
    legend,
  ]);
}
