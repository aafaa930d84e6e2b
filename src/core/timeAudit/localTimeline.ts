// Occurrences on the user's local clock: where an occurrence falls in wall-clock time, and its pieces
// day by day (a meeting from 23:30 to 00:30 is half an hour on each of two days).
import type { CalendarOccurrence } from './calendarEvent';
import { hostZone, ianaZone, MS_PER_DAY, type ZoneRule } from './zoneRule';

/** The zone named (the reading's `timeZone`), or the host's. */
export function localZoneNamed(name: string | undefined): ZoneRule {
  return (name ? ianaZone(name) : undefined) ?? hostZone();
}

/** `[start, end)` in wall-clock milliseconds (zoneRule.ts). */
export function wallSpan(occurrence: CalendarOccurrence, zone: ZoneRule): [number, number] {
  return [occurrence.start + zone.offsetAt(occurrence.start), occurrence.end + zone.offsetAt(occurrence.end)];
}

/**
 * Calls `piece(epochDay, from, to)` for each day the wall-clock span covers, with the part of the
 * span inside that day. A zero-length span is one empty piece on its day.
 */
export function forEachDayPiece(from: number, to: number, piece: (day: number, from: number, to: number) => void): void {
  const first = Math.floor(from / MS_PER_DAY);
  if (to <= from) {
    piece(first, from, from);
    return;
  }
  const last = Math.floor((to - 1) / MS_PER_DAY);
  for (let day = first; day <= last; day += 1) {
    piece(day, Math.max(from, day * MS_PER_DAY), Math.min(to, (day + 1) * MS_PER_DAY));
  }
}

/** Sorted spans merged where they overlap or touch. */
export function mergeSpans(spans: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) {
      last[1] = Math.max(last[1], to);
    } else {
      merged.push([from, to]);
    }
  }
  return merged;
}
