// Shared by the time-audit tests: the exported calendars under test/fixtures/calendar, and a reader
// with the fixtures' owner and zone, so that results do not depend on the machine's zone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCalendars, type CalendarReading, type CalendarText } from '../../../../src/core/timeAudit/readCalendars';

export const OWNER = 'sam.rivera@northwind.example';
export const ZONE = 'Europe/Berlin';

export function fixture(name: 'outlook-export' | 'google-export' | 'apple-export'): CalendarText {
  const path = join(__dirname, '..', '..', '..', 'fixtures', 'calendar', `${name}.ics`);
  return { name: `${name}.ics`, text: readFileSync(path, 'utf8') };
}

/** Reads texts over 2026-01-01 … 2026-03-31 (or the range given) in Berlin, as the fixtures' owner. */
export function read(texts: readonly CalendarText[], from = '2026-01-01', to = '2026-03-31', maxRepetitions?: number): CalendarReading {
  const day = (iso: string): { year: number; month: number; day: number } => {
    const [year, month, date] = iso.split('-').map(Number);
    return { year: year ?? 0, month: month ?? 0, day: date ?? 0 };
  };
  return readCalendars(texts, { from: day(from), to: day(to), me: [OWNER], timeZone: ZONE, ...(maxRepetitions ? { maxRepetitions } : {}) });
}

/** `2026-01-05T08:00Z 60m Team meeting` per occurrence: easy to read in a failing assertion. */
export function lines(reading: CalendarReading): string[] {
  return reading.occurrences.map((occurrence) =>
    `${new Date(occurrence.start).toISOString().slice(0, 16)}Z ${(occurrence.end - occurrence.start) / 60_000}m ${occurrence.event.title}`);
}

/** A minimal calendar around the given VEVENT lines (and optional other components). */
export function calendar(...components: string[][]): string {
  const body = components.map((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n'));
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...body, 'END:VCALENDAR', ''].join('\r\n');
}
