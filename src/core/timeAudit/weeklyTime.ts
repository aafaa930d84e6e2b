// Hours per category per week, the meeting load (hours in meetings and their number) and each week's
// why share of the calendar: the numbers behind the Trends view's calendar charts, the reviews' Time
// section and Export Metrics. Plain data out (no titles, no addresses), one pass over occurrences.
//
// A category's hours are the sum of its events' lengths, so two meetings at once count twice there;
// meeting hours are the time covered by at least one meeting, so they never exceed the clock. All-day
// events are counted (allDayEvents) but add no hours: a day off is not eight hours of anything.
import type { WeekStart } from '../calendar/isoWeek';
import { toEpochDay, type LocalDate } from '../calendar/localDate';
import { periodGrid, type Period } from '../trends/periods';
import type { CalendarOccurrence } from './calendarEvent';
import type { CategoryDecision, Categorizer } from './categorize';
import type { CategoryDefinition, Side } from './categoryRules';
import { forEachDayPiece, localZoneNamed, mergeSpans, wallSpan } from './localTimeline';
import { MS_PER_DAY, MS_PER_HOUR } from './zoneRule';

export interface WeeklyTimeOptions {
  /** First and last day counted, both included. */
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly weekStart: WeekStart;
  /** The zone days are read in: the reading's `timeZone`; the host's by default. */
  readonly timeZone?: string;
}

export interface SideHours {
  readonly why: number;
  readonly how: number;
  readonly neither: number;
}

export interface CalendarTime {
  /** Hours per category id; every category is present, 0 when unseen. */
  readonly hours: Readonly<Record<string, number>>;
  readonly sides: SideHours;
  /** why / (why + how) hours; null when neither side has any. */
  readonly whyShare: number | null;
  /** Hours covered by at least one meeting. */
  readonly meetingHours: number;
  /** Meetings starting in the period. */
  readonly meetings: number;
  /** All-day occurrences starting in the period. */
  readonly allDayEvents: number;
}

export interface CalendarWeek extends Period, CalendarTime {}

export interface WeeklyTime {
  readonly categories: readonly CategoryDefinition[];
  readonly weeks: readonly CalendarWeek[];
  readonly totals: CalendarTime;
}

interface Tally {
  readonly hours: Map<string, number>;
  meetingMs: number;
  meetings: number;
  allDayEvents: number;
}

export function weeklyTime(
  occurrences: readonly CalendarOccurrence[], categorizer: Categorizer, options: WeeklyTimeOptions,
): WeeklyTime {
  const zone = localZoneNamed(options.timeZone);
  const fromDay = toEpochDay(options.from);
  const toDay = toEpochDay(options.to);
  const grid = periodGrid('week', options.weekStart, fromDay, toDay);
  const tallies: Tally[] = Array.from({ length: grid.count }, () => ({ hours: new Map(), meetingMs: 0, meetings: 0, allDayEvents: 0 }));
  const tallyOf = (day: number): Tally | undefined => (day >= fromDay && day <= toDay ? tallies[grid.indexOf(day)] : undefined);
  const decisions = decisionCache(categorizer);
  const meetingSpans: [number, number][] = [];

  for (const occurrence of occurrences) {
    const decision = decisions(occurrence);
    const [from, to] = wallSpan(occurrence, zone);
    const startTally = tallyOf(Math.floor(from / MS_PER_DAY));
    if (occurrence.event.allDay) {
      if (startTally) {
        startTally.allDayEvents += 1;
      }
      continue;
    }
    const id = decision.category.id;
    forEachDayPiece(from, to, (day, pieceFrom, pieceTo) => {
      const tally = tallyOf(day);
      if (tally) {
        tally.hours.set(id, (tally.hours.get(id) ?? 0) + (pieceTo - pieceFrom));
      }
    });
    if (decision.meeting) {
      meetingSpans.push([from, to]);
      if (startTally) {
        startTally.meetings += 1;
      }
    }
  }
  for (const [from, to] of mergeSpans(meetingSpans)) {
    forEachDayPiece(from, to, (day, pieceFrom, pieceTo) => {
      const tally = tallyOf(day);
      if (tally) {
        tally.meetingMs += pieceTo - pieceFrom;
      }
    });
  }

  const categories = categorizer.categories;
  const weeks = tallies.map((tally, index) => ({ ...grid.period(index), ...timeOf([tally], categories) }));
  return { categories, weeks, totals: timeOf(tallies, categories) };
}

/** One decision per event, however many occurrences it has. */
export function decisionCache(categorizer: Categorizer): (occurrence: CalendarOccurrence) => CategoryDecision {
  const cache = new Map<object, CategoryDecision>();
  return (occurrence) => {
    let decision = cache.get(occurrence.event);
    if (!decision) {
      decision = categorizer.categorize(occurrence.event);
      cache.set(occurrence.event, decision);
    }
    return decision;
  };
}

function timeOf(tallies: readonly Tally[], categories: readonly CategoryDefinition[]): CalendarTime {
  const hours: Record<string, number> = {};
  const sides: Record<Side, number> = { why: 0, how: 0, neither: 0 };
  for (const category of categories) {
    let ms = 0;
    for (const tally of tallies) {
      ms += tally.hours.get(category.id) ?? 0;
    }
    hours[category.id] = round(ms / MS_PER_HOUR);
    sides[category.side] += ms;
  }
  const counted = sides.why + sides.how;
  let meetingMs = 0;
  let meetings = 0;
  let allDayEvents = 0;
  for (const tally of tallies) {
    meetingMs += tally.meetingMs;
    meetings += tally.meetings;
    allDayEvents += tally.allDayEvents;
  }
  return {
    hours,
    sides: { why: round(sides.why / MS_PER_HOUR), how: round(sides.how / MS_PER_HOUR), neither: round(sides.neither / MS_PER_HOUR) },
    whyShare: counted === 0 ? null : sides.why / counted,
    meetingHours: round(meetingMs / MS_PER_HOUR),
    meetings,
    allDayEvents,
  };
}

/** Hours to the minute's precision (1/60 h), so sums print cleanly and compare exactly in tests. */
function round(hours: number): number {
  return Math.round(hours * 60) / 60;
}
