// What Start Weekly / Monthly Review and Refresh Drafted Section decide before they read or write:
// which day a review is for (today, or the `{ date }` given: refused when it is not a date), the period
// holding it and where that period's review is filed (refused when the weekly pattern cannot file it);
// whether the open document is a review to refresh (a weekly or monthly review with its date); and
// the day a refresh drafts as of: today inside the period, its last day once it is over, the day it
// was filed under before it starts. Pure (no vscode), so the decisions are unit-tested;
// reviewCommands.ts reads the settings, asks, writes and opens.
import { compareDates, parseIsoDate, type LocalDate } from '../../core/calendar/localDate';
import type { WeekStart } from '../../core/calendar/isoWeek';
import { monthPeriod, reviewPath, weekPeriod, type ReviewKind, type ReviewPeriod } from '../../core/reflect/reviewPeriod';

/** The review to open or create, or why there is none. */
export type ReviewPlan =
  | { readonly ok: true; readonly day: LocalDate; readonly period: ReviewPeriod; readonly path: string }
  | { readonly ok: false; readonly reason: 'not-a-date'; readonly date: string }
  | { readonly ok: false; readonly reason: 'unfileable'; readonly message: string };

/** The settings a review's place depends on. */
export interface ReviewPlace {
  readonly weekStart: WeekStart;
  /** The weekly review's file pattern, when the user set one. */
  readonly weeklyPattern?: string | undefined;
}

/** The `kind` review for the day `date` names (YYYY-MM-DD), else for `today`. */
export function reviewPlan(kind: ReviewKind, today: LocalDate, date: string | undefined, place: ReviewPlace): ReviewPlan {
  const day = date === undefined ? today : parseIsoDate(date);
  if (!day) {
    return { ok: false, reason: 'not-a-date', date: date ?? '' };
  }
  const period = periodOf(kind, day, place.weekStart);
  const path = reviewPath(period, kind === 'weekly-review' ? place.weeklyPattern : undefined);
  return path.ok ? { ok: true, day, period, path: path.path } : { ok: false, reason: 'unfileable', message: path.message };
}

export function periodOf(kind: ReviewKind, day: LocalDate, weekStart: WeekStart): ReviewPeriod {
  return kind === 'weekly-review' ? weekPeriod(day, weekStart) : monthPeriod(day);
}

/** The review an open document is, from its front matter's data: its kind and the day it is filed under; undefined for anything else. */
export function openReview(data: Readonly<Record<string, unknown>> | undefined): { readonly kind: ReviewKind; readonly filed: LocalDate } | undefined {
  const kind = data?.kind;
  const filed = typeof data?.date === 'string' ? parseIsoDate(data.date) : undefined;
  return (kind === 'weekly-review' || kind === 'monthly-review') && filed ? { kind, filed } : undefined;
}

/** The day a refresh drafts as of: never after the period's end, and the day filed under before the period starts. */
export function draftedAsOf(today: LocalDate, period: Pick<ReviewPeriod, 'start' | 'end'>, filed: LocalDate): LocalDate {
  return compareDates(today, period.end) > 0 ? period.end : compareDates(today, period.start) < 0 ? filed : today;
}
