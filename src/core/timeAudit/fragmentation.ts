// How fragmented the working days are: on each working day, the longest stretch of working hours
// with no meeting in it. Focus time and events only the user attends are free time here — that is
// what they are for. A working day under a busy all-day event (TRANSP:OPAQUE: a day off, a
// conference) is marked away and left out of the week's figures; a transparent one (a birthday, a
// public-holiday calendar) is not.
import type { WeekStart } from '../calendar/isoWeek';
import { formatIsoDate, fromEpochDay, toEpochDay, weekday, type LocalDate } from '../calendar/localDate';
import { periodGrid, type Period } from '../trends/periods';
import type { CalendarOccurrence } from './calendarEvent';
import type { Categorizer } from './categorize';
import { forEachDayPiece, localZoneNamed, mergeSpans, wallSpan } from './localTimeline';
import { decisionCache } from './weeklyTime';
import { MS_PER_DAY, MS_PER_MINUTE } from './zoneRule';

export interface WorkingHours {
  /** Working weekdays, 0 = Sunday … 6 = Saturday. */
  readonly days: readonly number[];
  /** Start and end of the working day, minutes after midnight (9:00 is 540). */
  readonly start: number;
  readonly end: number;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = { days: [1, 2, 3, 4, 5], start: 9 * 60, end: 17 * 60 };

export interface FragmentationOptions {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly weekStart: WeekStart;
  readonly timeZone?: string;
  readonly workingHours?: WorkingHours;
  /** A free stretch at least this long (minutes) counts as a focus block; 120 by default. */
  readonly focusBlockMinutes?: number;
}

export interface WorkingDay {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Longest stretch of working hours with no meeting, in minutes. */
  readonly longestFreeMinutes: number;
  /** Working-hours minutes covered by meetings. */
  readonly meetingMinutes: number;
  /** Under a busy all-day event: not counted in the week's figures. */
  readonly away: boolean;
}

export interface FragmentationWeek extends Period {
  readonly days: readonly WorkingDay[];
  /** Median of the longest free stretch over the working days not away; null when there are none. */
  readonly medianLongestFreeMinutes: number | null;
  /** Working days (not away) with a free stretch of at least `focusBlockMinutes`. */
  readonly daysWithFocusBlock: number;
  readonly workingDays: number;
}

export function fragmentation(
  occurrences: readonly CalendarOccurrence[], categorizer: Categorizer, options: FragmentationOptions,
): FragmentationWeek[] {
  const hours = options.workingHours ?? DEFAULT_WORKING_HOURS;
  const focusBlock = options.focusBlockMinutes ?? 120;
  const zone = localZoneNamed(options.timeZone);
  const fromDay = toEpochDay(options.from);
  const toDay = toEpochDay(options.to);
  const decisions = decisionCache(categorizer);
  const busy = new Map<number, [number, number][]>();
  const away = new Set<number>();

  const meetingSpans: [number, number][] = [];
  for (const occurrence of occurrences) {
    const [from, to] = wallSpan(occurrence, zone);
    if (occurrence.event.allDay) {
      if (!occurrence.event.transparent) {
        forEachDayPiece(from, to, (day) => away.add(day));
      }
    } else if (decisions(occurrence).meeting) {
      meetingSpans.push([from, to]);
    }
  }
  for (const [from, to] of mergeSpans(meetingSpans)) {
    forEachDayPiece(from, to, (day, pieceFrom, pieceTo) => {
      const list = busy.get(day) ?? [];
      list.push([pieceFrom, pieceTo]);
      busy.set(day, list);
    });
  }

  const grid = periodGrid('week', options.weekStart, fromDay, toDay);
  const days: WorkingDay[][] = Array.from({ length: grid.count }, () => []);
  const working = new Set(hours.days);
  for (let day = fromDay; day <= toDay; day += 1) {
    if (!working.has(weekday(fromEpochDay(day)))) {
      continue;
    }
    const open = day * MS_PER_DAY + hours.start * MS_PER_MINUTE;
    const close = day * MS_PER_DAY + hours.end * MS_PER_MINUTE;
    let longest = 0;
    let meetingMs = 0;
    let cursor = open;
    for (const [from, to] of busy.get(day) ?? []) {
      const clippedFrom = Math.max(from, open);
      const clippedTo = Math.min(to, close);
      if (clippedTo <= clippedFrom) {
        continue;
      }
      longest = Math.max(longest, clippedFrom - cursor);
      meetingMs += clippedTo - clippedFrom;
      cursor = Math.max(cursor, clippedTo);
    }
    longest = Math.max(longest, close - cursor);
    days[grid.indexOf(day)]?.push({
      date: formatIsoDate(fromEpochDay(day)),
      longestFreeMinutes: Math.round(Math.max(0, longest) / MS_PER_MINUTE),
      meetingMinutes: Math.round(meetingMs / MS_PER_MINUTE),
      away: away.has(day),
    });
  }
  return days.map((list, index) => {
    const present = list.filter((day) => !day.away);
    return {
      ...grid.period(index),
      days: list,
      medianLongestFreeMinutes: median(present.map((day) => day.longestFreeMinutes)),
      daysWithFocusBlock: present.filter((day) => day.longestFreeMinutes >= focusBlock).length,
      workingDays: present.length,
    };
  });
}

function median(values: number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
