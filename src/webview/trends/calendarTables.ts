// The tables beside the calendar's charts: one row per week, oldest first like the charts, each in a
// scrolling region reachable by keyboard. Numbers as the charts' tooltips show them: hours to one
// decimal, shares as whole percentages (an empty cell, shown as a dash, where a share is unknown).
import type { CalendarTrends, CalendarTrendsWeek } from '../../core/trends/calendarTrends';
import { el } from './dom';
import type { WebviewStringKey } from './strings';
import { count, decimal, deltaLabel, percentText, periodCount } from './format';
import { t } from './i18n';

function table(id: string, caption: string, region: WebviewStringKey, head: readonly string[], rows: readonly HTMLTableRowElement[]): HTMLElement {
  const element = el('table', { class: 'data', attrs: { id } }, [
    el('caption', { text: caption }),
    el('thead', {}, [el('tr', {}, head.map((text, index) => el('th', { class: index === 0 ? '' : 'num', text, attrs: { scope: 'col' } })))]),
    el('tbody', {}, rows),
  ]);
  return el('div', { class: 'table-scroll', attrs: { id: `${id}-region`, tabindex: '0', role: 'region', 'aria-label': t(region) } }, [element]);
}

function row(week: CalendarTrendsWeek, cells: readonly HTMLTableCellElement[]): HTMLTableRowElement {
  return el('tr', {}, [el('th', { text: week.key, attrs: { scope: 'row' } }), ...cells]);
}

function num(text: string): HTMLTableCellElement {
  return el('td', { class: text === '' ? 'num none' : 'num', text });
}

/** Hours with one decimal, as the locale writes them; '' for unknown. */
export function hoursText(hours: number | null): string {
  return hours === null ? '' : decimal(hours);
}

export function calendarHoursTable(trends: CalendarTrends): HTMLElement {
  const rows = trends.weeks.map((week) => row(week, [
    ...week.hours.map((hours) => num(hoursText(hours))),
    num(hoursText(week.hours.reduce((sum, hours) => sum + hours, 0))),
  ]));
  return table('calendar-hours-table', t('calendarHoursCaption', periodCount('week', trends.weeks.length)), 'calendarHoursRegion',
    [t('tableWeek'), ...trends.categories.map((category) => category.name), t('tableTotal')], rows);
}

export function loadTable(trends: CalendarTrends): HTMLElement {
  const rows = trends.weeks.map((week) => row(week, [
    num(hoursText(week.meetingHours)),
    num(count(week.meetings)),
    num(hoursText(week.freeMinutes === null ? null : week.freeMinutes / 60)),
    num(count(week.workingDays)),
  ]));
  return table('load-table', t('loadCaption', periodCount('week', trends.weeks.length)), 'loadRegion',
    [t('tableWeek'), t('tableMeetingHours'), t('tableMeetings'), t('tableFreeBlock'), t('tableWorkingDays')], rows);
}

export function saidTable(trends: CalendarTrends): HTMLElement {
  const rows = trends.weeks.map((week) => {
    // The difference of the two percentages shown, so the row adds up as read.
    const gap = week.writingWhy === null || week.calendarWhy === null ? null : Math.round(week.writingWhy * 100) - Math.round(week.calendarWhy * 100);
    return row(week, [num(percentText(week.writingWhy)), num(percentText(week.calendarWhy)), num(gap === null ? '' : deltaLabel(gap / 100, 'share'))]);
  });
  return table('said-table', t('saidCaption', periodCount('week', trends.weeks.length)), 'saidRegion',
    [t('tableWeek'), t('tableWritingWhy'), t('tableCalendarWhy'), t('tableGap')], rows);
}
