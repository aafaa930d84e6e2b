// The report's calendar part (`report --calendar FILE…`): the same numbers the extension shows —
// hours per category, the meeting load, the why share per week beside the writing's, and the
// said-vs-did sentence — and nothing else: no event title, no address, no calendar problem (those
// name events; the CLI prints them on stderr only).
import { parseIsoDate } from '../calendar/localDate';
import { percent, plural } from '../text/format';
import type { TrendSummary } from '../trends/summary';
import { auditCalendars, type CalendarAudit } from '../timeAudit/calendarAudit';
import { calendarMetricsRows, type CalendarMetricsRow } from '../timeAudit/calendarMetrics';
import type { CategoryRules } from '../timeAudit/categoryRules';
import type { CalendarText } from '../timeAudit/readCalendars';
import { saidVsDid } from '../timeAudit/saidVsDid';
import { saidVsDidSentence } from '../timeAudit/saidVsDidText';

export interface CalendarReport {
  /** Calendar files read, events in them, and occurrences counted in the report's range. */
  readonly files: number;
  readonly events: number;
  readonly occurrences: number;
  /** Category ids with their labels and sides, in the rules' order. */
  readonly categories: readonly { readonly id: string; readonly label: string; readonly side: string }[];
  /** One row per week of the report's range (the summary's buckets). */
  readonly weeks: readonly CalendarMetricsRow[];
  /** The same numbers as a week's row, over the whole range. */
  readonly totals: Omit<CalendarMetricsRow, 'week' | 'start' | 'end'>;
  /** Over the weeks with both writing and calendar time on a side. */
  readonly saidVsDid: {
    readonly weeksCompared: number;
    readonly calendarWhy: number | null;
    readonly writingWhy: number | null;
    readonly sentence: string;
  };
}

export interface CalendarReportInput {
  readonly texts: readonly CalendarText[];
  readonly rules: CategoryRules;
  readonly me: readonly string[];
  /** The zone to read days in; the host's by default. */
  readonly timeZone?: string;
}

/** The calendar over the summary's range and weeks, and the audit (for its problems). */
export function buildCalendarReport(summary: TrendSummary, input: CalendarReportInput): { report: CalendarReport; audit: CalendarAudit } {
  const from = parseIsoDate(summary.range.from);
  const to = parseIsoDate(summary.range.to);
  if (!from || !to) {
    throw new RangeError(`The report's range ${summary.range.from} to ${summary.range.to} is not two dates.`);
  }
  const audit = auditCalendars({ ...input, from, to, weekStart: summary.range.weekStart });
  const { time } = audit;
  const compared = saidVsDid(time, summary.buckets.map((bucket) => ({ key: bucket.key, whyShare: bucket.whyShare })));
  const round = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 1000);
  return {
    audit,
    report: {
      files: audit.counts.files,
      events: audit.counts.events,
      occurrences: audit.counts.occurrences,
      categories: time.categories.map(({ id, label, side }) => ({ id, label, side })),
      weeks: calendarMetricsRows(time),
      totals: {
        hours: time.totals.hours,
        whyHours: time.totals.sides.why,
        howHours: time.totals.sides.how,
        neitherHours: time.totals.sides.neither,
        whyShare: round(time.totals.whyShare),
        meetingHours: time.totals.meetingHours,
        meetings: time.totals.meetings,
      },
      saidVsDid: {
        weeksCompared: compared.compared,
        calendarWhy: round(compared.calendarWhy),
        writingWhy: round(compared.writingWhy),
        sentence: saidVsDidSentence(compared, 'en'),
      },
    },
  };
}

/** Hours as the terminal shows them: `12.5 h`. */
function hours(value: number): string {
  return `${Math.round(value * 10) / 10} h`;
}

/** The terminal's calendar section: totals per category, the last weeks, and the sentence. */
export function calendarTextLines(calendar: CalendarReport, weeksShown: number, table: (rows: readonly (readonly string[])[], right: readonly boolean[]) => string[]): string[] {
  const { totals } = calendar;
  const lines = [
    `Calendar: ${plural(calendar.files, 'file')}, ${calendar.occurrences} events in the range`,
    `  ${hours(totals.meetingHours)} in ${plural(totals.meetings, 'meeting')}; why ${percent(totals.whyShare, ' ')} of the time on the why or how side (why ${hours(totals.whyHours)}, how ${hours(totals.howHours)}, neither ${hours(totals.neitherHours)})`,
  ];
  const categories = calendar.categories.filter((category) => (totals.hours[category.id] ?? 0) > 0);
  if (categories.length > 0) {
    lines.push('', 'Hours per category', ...table([
      ['category', 'side', 'hours'],
      ...categories.map((category) => [category.label, category.side, String(Math.round((totals.hours[category.id] ?? 0) * 10) / 10)]),
    ], [false, false, true]));
  }
  const weeks = calendar.weeks.slice(-weeksShown);
  if (weeks.length > 0) {
    lines.push('', `Calendar, last ${weeks.length} weeks`, ...table([
      ['week', 'meeting hours', 'meetings', 'why (calendar)'],
      ...weeks.map((week) => [week.week, String(Math.round(week.meetingHours * 10) / 10), String(week.meetings), percent(week.whyShare, ' ')]),
    ], [false, true, true, true]));
  }
  lines.push('', `Said vs did: ${calendar.saidVsDid.sentence}`);
  return lines;
}
