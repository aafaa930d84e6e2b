// What bench/calendarBench.ts times, bundled by esbuild as the extension is (so ical.js is its ESM
// build, as shipped, not the ES5 copy Node's `require` would load under tsx): ical.js parsing alone,
// of the whole file and of only what the audit reads, and the time audit from text to said-vs-did.
import ICAL from 'ical.js';
import { createCategorizer } from '../src/core/timeAudit/categorize';
import { DEFAULT_CATEGORY_RULES } from '../src/core/timeAudit/categoryRules';
import { fragmentation } from '../src/core/timeAudit/fragmentation';
import { readCalendars } from '../src/core/timeAudit/readCalendars';
import { saidVsDid } from '../src/core/timeAudit/saidVsDid';
import { weeklyTime } from '../src/core/timeAudit/weeklyTime';
import type { LocalDate } from '../src/core/calendar/localDate';

export interface AuditRun {
  readonly occurrences: number;
  readonly problems: number;
  readonly weeks: number;
  /** Milliseconds reading (parse and expand) and aggregating (categories, load, fragmentation, said vs did). */
  readonly readMs: number;
  readonly aggregateMs: number;
}

/** ical.js alone: the text to jCal, as `ICAL.parse` does for one whole file. */
export function icalParse(text: string): void {
  ICAL.parse(text);
}

/** The properties the time audit reads of a VEVENT (src/core/timeAudit/eventRecord.ts). */
const READ = new Set(['UID', 'SUMMARY', 'STATUS', 'TRANSP', 'DTSTART', 'DTEND', 'RECURRENCE-ID', 'DURATION', 'ATTENDEE', 'ORGANIZER', 'SEQUENCE', 'RRULE', 'RDATE', 'EXDATE']);

/**
 * The calendar as the time audit reads it: every VEVENT cut down to the properties it reads (folded
 * lines kept folded), its alarms and everything else dropped; the rest of the file as it was. Not
 * timed: the input of the second comparison, ical.js parsing only what the audit reads. A plain line
 * scan, written apart from src/core/timeAudit/eventProperties.ts so the two are not the same code.
 */
export function usedPropertiesOnly(text: string): string {
  const kept: string[] = [];
  let depth = 0; // 0 outside a VEVENT, 1 in one, more inside its alarms
  let keeping = true;
  for (const line of text.split(/(?<=\n)/)) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (keeping) {
        kept.push(line);
      }
      continue;
    }
    const name = /^[^:;]*/.exec(line)?.[0].toUpperCase() ?? '';
    const value = line.slice(name.length + 1).trim().toUpperCase();
    if (name === 'BEGIN' && (depth > 0 || value === 'VEVENT')) {
      depth += 1;
    }
    keeping = depth <= 1 && (depth === 0 || name === 'BEGIN' || name === 'END' || READ.has(name));
    if (name === 'END' && depth > 0) {
      depth -= 1;
      keeping = depth === 0;
    }
    if (keeping) {
      kept.push(line);
    }
  }
  return kept.join('');
}

export function audit(text: string, owner: string, from: LocalDate, to: LocalDate): AuditRun {
  const started = performance.now();
  const reading = readCalendars([{ name: 'busy.ics', text }], { from, to, me: [owner], timeZone: 'Europe/Berlin' });
  const read = performance.now();
  const categorizer = createCategorizer(DEFAULT_CATEGORY_RULES, { me: [owner] });
  const options = { from, to, weekStart: 1 as const, timeZone: reading.timeZone };
  const time = weeklyTime(reading.occurrences, categorizer, options);
  fragmentation(reading.occurrences, categorizer, options);
  saidVsDid(time, time.weeks.map((week, index) => ({ key: week.key, whyShare: (index % 10) / 10 })));
  const done = performance.now();
  return { occurrences: reading.occurrences.length, problems: reading.problems.length, weeks: time.weeks.length, readMs: read - started, aggregateMs: done - read };
}
