// The calendar's three sections of the Trends view, shown only when the host sends a calendar
// (protocol.ts `calendar`): where the calendar time went (hours per category per week, stacked), the
// meeting load and free time, and said vs did with the sentence naming the bigger gap. Each chart is
// a focusable image (Tab reaches it; its name and one-sentence description are read) with the same
// numbers in a table beside it; the canvases carry them as `data-*` for tests.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import type { CalendarTrends } from '../../core/trends/calendarTrends';
import type { ChartTheme } from './chartTheme';
import { categoryColours, hoursChartConfig, hoursLabel, loadChartConfig, saidChartConfig, type CalendarChartConfig } from './calendarChartConfigs';
import { calendarHoursTable, hoursText, loadTable, saidTable } from './calendarTables';
import { el, section } from './dom';
import { formatShortDate, percentText, periodCount } from './format';
import { t } from './i18n';
import type { WebviewStringKey } from './strings';

// The same parts as the balance chart registers (registering twice is harmless).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface CalendarSections {
  readonly elements: readonly HTMLElement[];
  /** Creates the charts; the sections must be in the document. */
  draw(theme: ChartTheme): void;
  setTheme(theme: ChartTheme): void;
  destroy(): void;
}

interface StaticChart {
  readonly element: HTMLElement;
  draw(theme: ChartTheme): void;
  destroy(): void;
}

function staticChart(id: string, label: WebviewStringKey, summary: string, data: Readonly<Record<string, string>>,
  config: (theme: ChartTheme) => CalendarChartConfig): StaticChart {
  const canvas = el('canvas', {
    attrs: { id, role: 'img', tabindex: '0', 'aria-label': t(label), 'aria-describedby': `${id}-summary`, ...data },
  }, [summary]);
  let chart: Chart<'bar', (number | null)[], string> | undefined;
  return {
    element: el('div', { class: 'chart-box' }, [canvas, el('p', { class: 'visually-hidden', text: summary, attrs: { id: `${id}-summary` } })]),
    draw(theme) {
      // A new chart for each theme: see balanceChart.ts on why options are not updated in place.
      chart?.destroy();
      chart = new Chart(canvas, config(theme));
    },
    destroy() {
      chart?.destroy();
      chart = undefined;
    },
  };
}

function date(iso: string): string {
  return `${formatShortDate(iso)} ${iso.slice(0, 4)}`;
}

function legendItem(swatch: HTMLElement, text: string): HTMLElement {
  return el('span', { class: 'legend-item' }, [swatch, text]);
}

function swatch(kind: string): HTMLElement {
  return el('span', { class: `swatch ${kind}`, attrs: { 'aria-hidden': 'true' } });
}

const SIDE_KEYS = { why: 'sideWhy', how: 'sideHow', neither: 'sideNeither' } as const;

export function calendarSections(trends: CalendarTrends): CalendarSections {
  const { weeks } = trends;
  const span = [periodCount('week', weeks.length), date(weeks[0]?.start ?? ''), date(weeks.at(-1)?.end ?? '')] as const;
  const charts: StaticChart[] = [];

  // Where the time went.
  const totals = trends.categories.map((_, index) => weeks.reduce((sum, week) => sum + (week.hours[index] ?? 0), 0));
  const categorySwatches = trends.categories.map(() => swatch(''));
  let hoursContent: HTMLElement[];
  if (trends.categories.length === 0) {
    hoursContent = [el('p', { class: 'muted', text: t('calendarNoTime') })];
  } else {
    const hours = staticChart('calendar-hours-chart', 'calendarHoursLabel',
      t('calendarHoursSummary', ...span, hoursLabel(totals.reduce((sum, value) => sum + value, 0)), trends.categories[0]?.name ?? ''),
      { 'data-total': weeks.map((week) => hoursText(week.hours.reduce((sum, value) => sum + value, 0))).join(',') },
      (theme) => hoursChartConfig(trends, theme));
    charts.push(hours);
    hoursContent = [
      el('p', { class: 'legend', attrs: { id: 'calendar-legend' } }, trends.categories.map((category, index) =>
        legendItem(categorySwatches[index] ?? swatch(''), `${category.name} (${t(SIDE_KEYS[category.side])})`))),
      hours.element,
      calendarHoursTable(trends),
    ];
  }

  // Meeting load and free time.
  const free = weeks.filter((week) => week.freeMinutes !== null);
  const meanMeeting = weeks.length === 0 ? 0 : weeks.reduce((sum, week) => sum + week.meetingHours, 0) / weeks.length;
  const meanFree = free.length === 0 ? null : free.reduce((sum, week) => sum + (week.freeMinutes ?? 0), 0) / free.length / 60;
  const load = staticChart('load-chart', 'loadLabel',
    t('loadSummary', ...span, hoursLabel(meanMeeting), meanFree === null ? '—' : hoursLabel(meanFree)),
    {
      'data-meeting-hours': weeks.map((week) => hoursText(week.meetingHours)).join(','),
      'data-free-hours': weeks.map((week) => hoursText(week.freeMinutes === null ? null : week.freeMinutes / 60)).join(','),
    },
    (theme) => loadChartConfig(trends, theme));
  charts.push(load);

  // Said vs did.
  const both = weeks.filter((week) => week.writingWhy !== null && week.calendarWhy !== null).length;
  const said = staticChart('said-chart', 'saidLabel', t('saidSummary', ...span, periodCount('week', both)),
    {
      'data-writing': weeks.map((week) => percentText(week.writingWhy)).join(','),
      'data-calendar': weeks.map((week) => percentText(week.calendarWhy)).join(','),
    },
    (theme) => saidChartConfig(trends, theme));
  charts.push(said);

  const elements = [
    section('calendar-hours', t('calendarHoursTitle'), hoursContent, t('calendarHoursIntro')),
    section('calendar-load', t('loadTitle'), [
      el('p', { class: 'legend' }, [legendItem(swatch('calendar'), t('datasetMeetingHours')), legendItem(swatch('count'), t('datasetFreeBlock'))]),
      load.element,
      loadTable(trends),
    ], t('loadIntro')),
    section('said-vs-did', t('saidTitle'), [
      el('p', { class: 'said-sentence', text: trends.sentence, attrs: { id: 'said-sentence' } }),
      el('p', { class: 'legend' }, [legendItem(swatch('why'), t('datasetWriting')), legendItem(swatch('calendar'), t('datasetCalendar'))]),
      said.element,
      saidTable(trends),
    ], t('saidIntro')),
  ];

  const paint = (theme: ChartTheme): void => {
    // The category swatches take the bars' colours through CSSOM (the CSP allows no style attribute).
    const colours = categoryColours(trends, theme);
    categorySwatches.forEach((element, index) => {
      element.style.backgroundColor = colours[index] ?? '';
    });
    charts.forEach((chart) => chart.draw(theme));
  };
  return {
    elements,
    draw: paint,
    setTheme: paint,
    destroy: () => charts.forEach((chart) => chart.destroy()),
  };
}
