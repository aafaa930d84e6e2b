// The period a generated review covers, the period it is compared with, and where its file goes.
// A weekly review covers the user's week (its first day set by `weekStart`) and is labelled and
// filed like the weekly-review entry kind (entryPlan.ts): under the week's anchor day, named by the
// ISO week most of it falls in, `2026/11/2026-W48-review.md`. A monthly review covers a calendar
// month and is filed as `2026/11/2026-11-review.md`.
import { formatIsoWeek, isoWeekOf, weekAnchor, weekRange, type WeekStart } from '../calendar/isoWeek';
import { addDays, daysInMonth, formatIsoDate, isoMonth, type LocalDate } from '../calendar/localDate';
import { entryKind } from '../entries/kinds';
import { defaultPattern, renderEntryPath, type EntryPathResult } from '../journal/pathPattern';

export type ReviewKind = 'weekly-review' | 'monthly-review';

export interface ReviewPeriod {
  readonly kind: ReviewKind;
  /** `2026-W48` for a week, `2026-11` for a month. */
  readonly label: string;
  /** First and last day, both included. */
  readonly start: LocalDate;
  readonly end: LocalDate;
  /** The day the review is filed under (the week's anchor; the month's first day). */
  readonly filedUnder: LocalDate;
}

/** Weeks compared with in a weekly review, months in a monthly one. */
export const WEEKS_COMPARED = 4;
export const MONTHS_COMPARED = 3;

/** The user's week holding `date`. */
export function weekPeriod(date: LocalDate, weekStart: WeekStart = 1): ReviewPeriod {
  const range = weekRange(date, weekStart);
  const anchor = weekAnchor(date, weekStart);
  return { kind: 'weekly-review', label: formatIsoWeek(isoWeekOf(anchor)), start: range.start, end: range.end, filedUnder: anchor };
}

/** The calendar month holding `date`. */
export function monthPeriod(date: LocalDate): ReviewPeriod {
  const start: LocalDate = { year: date.year, month: date.month, day: 1 };
  const end: LocalDate = { year: date.year, month: date.month, day: daysInMonth(date.year, date.month) };
  return { kind: 'monthly-review', label: isoMonth(formatIsoDate(start)), start, end, filedUnder: start };
}

/** The same kind of period just before `period`. */
export function previousPeriod(period: ReviewPeriod, weekStart: WeekStart = 1): ReviewPeriod {
  const dayBefore = addDays(period.start, -1);
  return period.kind === 'weekly-review' ? weekPeriod(dayBefore, weekStart) : monthPeriod(dayBefore);
}

/**
 * The days a review compares its period with: the four weeks (28 days) before a week, the three
 * calendar months before a month. Both ends included.
 */
export function comparisonRange(period: ReviewPeriod): { readonly start: LocalDate; readonly end: LocalDate } {
  const end = addDays(period.start, -1);
  if (period.kind === 'weekly-review') {
    return { start: addDays(period.start, -7 * WEEKS_COMPARED), end };
  }
  const month0 = period.start.year * 12 + (period.start.month - 1) - MONTHS_COMPARED;
  return { start: { year: Math.floor(month0 / 12), month: (month0 % 12) + 1, day: 1 }, end };
}

/**
 * The review's path relative to the journal folder. A weekly review follows the weekly-review kind's
 * file pattern (`weeklyPattern`, the user's setting, or the default) so that New Entry and Start
 * Weekly Review find the same file; a monthly review is always `YYYY/MM/YYYY-MM-review.md`.
 */
export function reviewPath(period: ReviewPeriod, weeklyPattern?: string): EntryPathResult {
  if (period.kind === 'monthly-review') {
    const [year, month] = period.label.split('-');
    return { ok: true, path: `${year}/${month}/${period.label}-review.md` };
  }
  const kind = entryKind('weekly-review');
  return renderEntryPath(weeklyPattern ?? defaultPattern(kind), { date: period.filedUnder, fileSuffix: kind.fileSuffix });
}
