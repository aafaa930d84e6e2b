// Said vs did: per week, the why share of the calendar's hours beside the why share of the writing
// (the trends buckets' `whyShare`, passed in), and over the weeks that have both, which way and how
// far they part. The sentence that puts it in words is saidVsDidText.ts.
import type { Period } from '../trends/periods';
import type { CategoryDefinition, Side } from './categoryRules';
import type { WeeklyTime } from './weeklyTime';

/** A week of writing: its key as the trends buckets give it (`2026-W48`) and its why share. */
export interface WritingWeek {
  readonly key: string;
  readonly whyShare: number | null;
}

export interface SaidVsDidWeek extends Period {
  readonly calendarWhy: number | null;
  readonly writingWhy: number | null;
  /** writingWhy − calendarWhy, when both are known. */
  readonly gap: number | null;
}

export interface CategoryShare {
  readonly category: CategoryDefinition;
  /** Of the hours on the why and how sides, in the compared weeks. */
  readonly share: number;
}

export interface SaidVsDid {
  readonly weeks: readonly SaidVsDidWeek[];
  /** Weeks with both a calendar and a writing share: the only ones compared. */
  readonly compared: number;
  /** Over the compared weeks: the calendar's by hours, the writing's as the mean of its weeks. */
  readonly calendarWhy: number | null;
  readonly writingWhy: number | null;
  readonly gap: number | null;
  /** The compared week where writing and calendar part most. */
  readonly widest: SaidVsDidWeek | undefined;
  /** The category with the most hours on each side, in the compared weeks. */
  readonly topWhy: CategoryShare | undefined;
  readonly topHow: CategoryShare | undefined;
}

export function saidVsDid(time: WeeklyTime, writing: readonly WritingWeek[]): SaidVsDid {
  const written = new Map(writing.map((week) => [week.key, week.whyShare]));
  const weeks: SaidVsDidWeek[] = time.weeks.map((week) => {
    const writingWhy = written.get(week.key) ?? null;
    const calendarWhy = week.whyShare;
    return {
      key: week.key, start: week.start, end: week.end, calendarWhy, writingWhy,
      gap: writingWhy === null || calendarWhy === null ? null : writingWhy - calendarWhy,
    };
  });
  const sides = new Map<Side, number>([['why', 0], ['how', 0]]);
  const byCategory = new Map<string, number>();
  let writingSum = 0;
  let compared = 0;
  let widest: SaidVsDidWeek | undefined;
  weeks.forEach((week, index) => {
    if (week.gap === null || week.writingWhy === null) {
      return;
    }
    compared += 1;
    writingSum += week.writingWhy;
    if (!widest || Math.abs(week.gap) > Math.abs(widest.gap ?? 0)) {
      widest = week;
    }
    const hours = time.weeks[index]?.hours ?? {};
    for (const category of time.categories) {
      if (category.side !== 'neither') {
        const value = hours[category.id] ?? 0;
        sides.set(category.side, (sides.get(category.side) ?? 0) + value);
        byCategory.set(category.id, (byCategory.get(category.id) ?? 0) + value);
      }
    }
  });
  const why = sides.get('why') ?? 0;
  const counted = why + (sides.get('how') ?? 0);
  const calendarWhy = compared === 0 || counted === 0 ? null : why / counted;
  const writingWhy = compared === 0 ? null : writingSum / compared;
  const top = (side: Side): CategoryShare | undefined => {
    let best: CategoryShare | undefined;
    for (const category of time.categories) {
      const hours = byCategory.get(category.id) ?? 0;
      if (category.side === side && hours > 0 && (!best || hours / counted > best.share)) {
        best = { category, share: hours / counted };
      }
    }
    return best;
  };
  return {
    weeks, compared, calendarWhy, writingWhy,
    gap: calendarWhy === null || writingWhy === null ? null : writingWhy - calendarWhy,
    widest, topWhy: top('why'), topHow: top('how'),
  };
}
