// The calendar's part of the Trends view, as plain data for the webview: per week, the hours in each
// category, the meeting load (hours in meetings, number of meetings), fragmentation (the longest
// free block of each working day, averaged over the week's working days), and said vs did (the
// calendar's why share beside the writing's) with the sentence that names the bigger gap.
// Category ids, their names and numbers only: never an event's title, who was invited, or a date
// finer than a week — this object is posted to a webview as it is.
import type { IndexedEntry } from '../records/entryRecord';
import { writingWeeks } from '../reflect/reviewTime';
import { categoryLabel } from '../timeAudit/categoryNames';
import type { Side } from '../timeAudit/categoryRules';
import type { FragmentationWeek } from '../timeAudit/fragmentation';
import { saidVsDid } from '../timeAudit/saidVsDid';
import { saidVsDidSentence, type SentenceLanguage } from '../timeAudit/saidVsDidText';
import type { WeeklyTime } from '../timeAudit/weeklyTime';

export interface CalendarTrendsCategory {
  readonly id: string;
  /** In the view's language for a built-in category; a user's own by its label in rules.yml. */
  readonly name: string;
  readonly side: Side;
}

export interface CalendarTrendsWeek {
  /** `2026-W48`, and the week's first and last day in the range (`YYYY-MM-DD`). */
  readonly key: string;
  readonly start: string;
  readonly end: string;
  /** Hours per category, in the order of `CalendarTrends.categories`. */
  readonly hours: readonly number[];
  readonly meetingHours: number;
  readonly meetings: number;
  /** Mean, over the working days not away, of each day's longest free block (minutes); null with none. */
  readonly freeMinutes: number | null;
  readonly workingDays: number;
  /** why / (why + how) of the calendar's hours, and the writing's why share; null when unknown. */
  readonly calendarWhy: number | null;
  readonly writingWhy: number | null;
}

export interface CalendarTrends {
  /** The categories with time in the range, most hours first. */
  readonly categories: readonly CalendarTrendsCategory[];
  readonly weeks: readonly CalendarTrendsWeek[];
  /** Over the weeks with both (saidVsDid.ts). */
  readonly compared: number;
  readonly calendarWhy: number | null;
  readonly writingWhy: number | null;
  /** The said-vs-did sentence, in `language`. */
  readonly sentence: string;
}

export function calendarTrends(
  time: WeeklyTime,
  fragmentation: readonly FragmentationWeek[] | undefined,
  counted: readonly IndexedEntry[],
  language: SentenceLanguage,
): CalendarTrends {
  const compared = saidVsDid(time, writingWeeks(time, counted));
  const shown = time.categories.filter((category) => (time.totals.hours[category.id] ?? 0) > 0)
    .sort((a, b) => (time.totals.hours[b.id] ?? 0) - (time.totals.hours[a.id] ?? 0));
  const free = new Map((fragmentation ?? []).map((week) => [week.key, week]));
  return {
    categories: shown.map((category) => ({ id: category.id, name: categoryLabel(category, language), side: category.side })),
    weeks: time.weeks.map((week, index) => {
      const days = (free.get(week.key)?.days ?? []).filter((day) => !day.away);
      const said = compared.weeks[index];
      return {
        key: week.key,
        start: week.start,
        end: week.end,
        hours: shown.map((category) => week.hours[category.id] ?? 0),
        meetingHours: week.meetingHours,
        meetings: week.meetings,
        freeMinutes: days.length === 0 ? null : Math.round(days.reduce((sum, day) => sum + day.longestFreeMinutes, 0) / days.length),
        workingDays: days.length,
        calendarWhy: said?.calendarWhy ?? null,
        writingWhy: said?.writingWhy ?? null,
      };
    }),
    compared: compared.compared,
    calendarWhy: compared.calendarWhy,
    writingWhy: compared.writingWhy,
    sentence: saidVsDidSentence(compared, language),
  };
}
