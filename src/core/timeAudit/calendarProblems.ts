// Problems found while reading calendars: one clear message each, never an exception. A calendar
// with a broken event is still read; the message says what was left out or assumed.

export type CalendarProblemKind =
  | 'not-icalendar' // no BEGIN:VCALENDAR: an HTML page, a CSV, an empty file
  | 'truncated' // the file ends inside a component
  | 'unreadable' // a component ical.js cannot parse (a malformed line)
  | 'bad-value' // a date, time or duration that cannot be read
  | 'no-start' // an event without DTSTART
  | 'no-end' // a timed event without DTEND or DURATION
  | 'negative-duration' // ends before it starts
  | 'duplicate-uid' // the same event twice, in one file or several
  | 'unknown-zone' // a TZID that is no VTIMEZONE in the file, no IANA and no Windows zone
  | 'bad-zone' // a VTIMEZONE that cannot be read
  | 'bad-rule' // an RRULE ical.js refuses
  | 'too-many-occurrences'; // a rule that repeats more often than the audit follows

export interface CalendarProblem {
  readonly kind: CalendarProblemKind;
  /** The name the caller gave the calendar text (a path, for the extension and the CLI). */
  readonly file: string;
  /** 1-based line of the component the problem is in, when there is one. */
  readonly line?: number;
  readonly message: string;
}

/** More problems of one kind in one file than this are summed up in one last message. */
export const PROBLEMS_SHOWN_PER_KIND = 20;

/** Collects problems, keeping the first few of each kind per file and counting the rest. */
export class ProblemLog {
  private readonly shown: CalendarProblem[] = [];
  private readonly counts = new Map<string, { kind: CalendarProblemKind; file: string; count: number }>();

  add(problem: CalendarProblem): void {
    const key = `${problem.kind}\u0000${problem.file}`;
    const entry = this.counts.get(key) ?? { kind: problem.kind, file: problem.file, count: 0 };
    entry.count += 1;
    this.counts.set(key, entry);
    if (entry.count <= PROBLEMS_SHOWN_PER_KIND) {
      this.shown.push(problem);
    }
  }

  /** The problems in the order found, then one line per kind that had more than were shown. */
  list(): CalendarProblem[] {
    const more: CalendarProblem[] = [];
    for (const { kind, file, count } of this.counts.values()) {
      if (count > PROBLEMS_SHOWN_PER_KIND) {
        const hidden = count - PROBLEMS_SHOWN_PER_KIND;
        more.push({ kind, file, message: `${file}: ${hidden} more problems like these (${kind}, ${count} in all).` });
      }
    }
    return [...this.shown, ...more];
  }
}
