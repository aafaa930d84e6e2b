// What bench/calendarBench.ts times, bundled by esbuild as the extension is (so ical.js is its ESM
// build, as shipped, not the ES5 copy Node's `require` would load under tsx): ical.js parsing alone,
// and the time audit from text to said-vs-did.
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
