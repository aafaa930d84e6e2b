// The Chart.js configurations of the calendar's three charts, each built whole for one theme (as the
// balance chart's, balanceChartConfig.ts, and for the same reason: a theme change builds the chart
// again). Hours per category are stacked bars, a category in its side's colour (why, how, or the
// muted colour for neither) at a strength of its own; meeting hours and the average longest free
// block are bars side by side, in hours; said vs did sets the writing's why share beside the
// calendar's, in percent. A week with nothing to show has no bar: a gap, not a zero.
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import type { CalendarTrends, CalendarTrendsWeek } from '../../core/trends/calendarTrends';
import type { Side } from '../../core/timeAudit/categoryRules';
import { BAR_CHART_BEHAVIOUR, tooltipStyle, type ChartTheme } from './chartTheme';
import { count, decimal, formatMonth, formatShortDate, percentLabel, periodName } from './format';
import { t } from './i18n';
import { faded } from './theme';

export type CalendarChartConfig = ChartConfiguration<'bar', (number | null)[], string>;

/** The strengths a side's categories take, in the order they come (most hours first). */
const STRENGTHS = [1, 0.62, 0.38, 0.22];

/** Each category's colour: its side's, fainter for each further category on the same side. */
export function categoryColours(trends: CalendarTrends, theme: ChartTheme): string[] {
  const seen: Record<Side, number> = { why: 0, how: 0, neither: 0 };
  const base: Record<Side, string> = { why: theme.why, how: theme.how, neither: theme.count };
  return trends.categories.map((category) => {
    const nth = seen[category.side]++;
    return nth === 0 ? base[category.side] : faded(base[category.side], STRENGTHS[nth % STRENGTHS.length] ?? 1);
  });
}

function tickLabel(week: CalendarTrendsWeek, count: number): string {
  return count > 26 ? formatMonth(week.start) : formatShortDate(week.start);
}

/** `2.5 h`, as the locale writes it. */
export function hoursLabel(hours: number): string {
  return t('hoursValue', decimal(hours));
}

function base(trends: CalendarTrends, theme: ChartTheme, stacked: boolean, unit: 'hours' | 'percent'): CalendarChartConfig {
  const weeks = trends.weeks;
  const dense = weeks.length > 60;
  const axis = { ticks: { color: theme.muted }, grid: { color: theme.grid }, border: { color: theme.grid } };
  return {
    type: 'bar',
    data: { labels: weeks.map((week) => tickLabel(week, weeks.length)), datasets: [] },
    options: {
      ...BAR_CHART_BEHAVIOUR,
      color: theme.foreground,
      font: { family: theme.fontFamily, size: Math.max(10, theme.fontSize - 2) },
      layout: { padding: { top: 4, right: 4 } },
      datasets: { bar: { barPercentage: dense ? 1 : 0.85, categoryPercentage: dense ? 1 : 0.8, borderWidth: theme.highContrast && !dense ? 1 : 0, borderColor: theme.foreground } },
      scales: {
        x: { type: 'category', stacked, grid: { display: false }, border: axis.border, ticks: { ...axis.ticks, autoSkip: true, autoSkipPadding: 12, maxRotation: 0 } },
        y: {
          type: 'linear', stacked, min: 0, ...(unit === 'percent' ? { max: 100 } : {}), ...axis,
          ticks: {
            ...axis.ticks,
            ...(unit === 'percent' ? { stepSize: 50 } : {}),
            callback: (value) => {
              const number = Number(value);
              // Whole hours on the axis read `10 h`, not `10.0 h`.
              return unit === 'percent' ? percentLabel(number / 100) : Number.isInteger(number) ? t('hoursValue', count(number)) : hoursLabel(number);
            },
          },
        },
      },
      plugins: {
        tooltip: {
          ...tooltipStyle(theme),
          callbacks: {
            title: (items: TooltipItem<'bar'>[]) => {
              const week = weeks[items[0]?.dataIndex ?? -1];
              return week ? periodName('week', week.start, week.end) : '';
            },
            label: (item: TooltipItem<'bar'>) => {
              const value = item.raw as number | null;
              const text = value === null ? '—' : unit === 'percent' ? percentLabel(value / 100) : hoursLabel(value);
              return `${item.dataset.label ?? ''}: ${text}`;
            },
          },
        },
      },
    },
  };
}

/** A value per week, null where it is 0 or unknown (no bar). */
function values(weeks: readonly CalendarTrendsWeek[], value: (week: CalendarTrendsWeek) => number | null): (number | null)[] {
  return weeks.map((week) => {
    const v = value(week);
    return v === null || v === 0 ? null : v;
  });
}

export function hoursChartConfig(trends: CalendarTrends, theme: ChartTheme): CalendarChartConfig {
  const config = base(trends, theme, true, 'hours');
  const colours = categoryColours(trends, theme);
  config.data.datasets = trends.categories.map((category, index) => ({
    label: category.name, stack: 'hours', backgroundColor: colours[index] ?? theme.count,
    data: values(trends.weeks, (week) => week.hours[index] ?? 0),
  }));
  return config;
}

export function loadChartConfig(trends: CalendarTrends, theme: ChartTheme): CalendarChartConfig {
  const config = base(trends, theme, false, 'hours');
  config.data.datasets = [
    { label: t('datasetMeetingHours'), backgroundColor: theme.calendar, data: values(trends.weeks, (week) => week.meetingHours) },
    { label: t('datasetFreeBlock'), backgroundColor: theme.count, data: values(trends.weeks, (week) => (week.freeMinutes === null ? null : week.freeMinutes / 60)) },
  ];
  return config;
}

export function saidChartConfig(trends: CalendarTrends, theme: ChartTheme): CalendarChartConfig {
  const config = base(trends, theme, false, 'percent');
  // A share of 0 % is a real answer here: it keeps a bar's place (minBarLength shows it).
  const shares = (share: (week: CalendarTrendsWeek) => number | null): (number | null)[] =>
    trends.weeks.map((week) => {
      const value = share(week);
      return value === null ? null : value * 100;
    });
  config.data.datasets = [
    { label: t('datasetWriting'), backgroundColor: theme.why, minBarLength: 2, data: shares((week) => week.writingWhy) },
    { label: t('datasetCalendar'), backgroundColor: theme.calendar, minBarLength: 2, data: shares((week) => week.calendarWhy) },
  ];
  return config;
}
