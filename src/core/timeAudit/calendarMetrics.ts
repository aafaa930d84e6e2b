// Export Metrics' calendar part: per week, the hours in each category, on each side, and the meeting
// load. Numbers and category ids only — never an event's title, who was invited, or a user's own
// category label (a label is free text; its id is what the user chose as a key).
import { csvField } from '../reflect/exportMetrics';
import type { WeeklyTime } from './weeklyTime';

export interface CalendarMetricsRow {
  /** `2026-W48`, and the week's first and last day in the range. */
  readonly week: string;
  readonly start: string;
  readonly end: string;
  /** Hours per category id. */
  readonly hours: Readonly<Record<string, number>>;
  readonly whyHours: number;
  readonly howHours: number;
  readonly neitherHours: number;
  /** why / (why + how), rounded to three decimals; null with no time on either side. */
  readonly whyShare: number | null;
  readonly meetingHours: number;
  readonly meetings: number;
}

export function calendarMetricsRows(time: WeeklyTime): CalendarMetricsRow[] {
  return time.weeks.map((week) => ({
    week: week.key,
    start: week.start,
    end: week.end,
    hours: Object.fromEntries(time.categories.map((category) => [category.id, week.hours[category.id] ?? 0])),
    whyHours: week.sides.why,
    howHours: week.sides.how,
    neitherHours: week.sides.neither,
    whyShare: week.whyShare === null ? null : Math.round(week.whyShare * 1000) / 1000,
    meetingHours: week.meetingHours,
    meetings: week.meetings,
  }));
}

/** Hours as a decimal with at most two places: 1.25, 0.5, 12. */
function hours(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** RFC 4180 CSV, a header row then one row per week, CRLF after each; a column per category id. */
export function calendarMetricsCsv(time: WeeklyTime): string {
  const ids = time.categories.map((category) => category.id);
  const header = ['week', 'start', 'end', ...ids.map((id) => `hours:${id}`), 'why_hours', 'how_hours', 'neither_hours', 'why_share', 'meeting_hours', 'meetings'];
  const rows = calendarMetricsRows(time).map((row) => [
    row.week, row.start, row.end, ...ids.map((id) => hours(row.hours[id] ?? 0)),
    hours(row.whyHours), hours(row.howHours), hours(row.neitherHours), row.whyShare === null ? '' : String(row.whyShare),
    hours(row.meetingHours), String(row.meetings),
  ]);
  return [header, ...rows].map((cells) => `${cells.map(csvField).join(',')}\r\n`).join('');
}

export function calendarMetricsJson(time: WeeklyTime): string {
  return `${JSON.stringify(calendarMetricsRows(time), null, 2)}\n`;
}
