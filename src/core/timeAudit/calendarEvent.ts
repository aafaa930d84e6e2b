// What the time audit keeps of a calendar: events (one per VEVENT read) and their occurrences in the
// range asked for. Titles and addresses are kept for the rules and for "why this category?", on the
// user's machine only: nothing here is exported, only the hours computed from it (timeAudit docs).

/** Where an event was read, for messages: the name the caller gave the text, and a 1-based line. */
export interface SourceLine {
  readonly file: string;
  readonly line: number;
}

export interface CalendarEvent {
  /** The event's UID (`file:line` when it has none, so it is never merged with another). */
  readonly uid: string;
  /** SUMMARY, unfolded and unescaped; empty when there is none. */
  readonly title: string;
  /**
   * The people invited, as lower-case addresses without `mailto:`: ORGANIZER and every ATTENDEE that
   * is a person (rooms and resources are left out), each once. The user is among them when invited.
   */
  readonly people: readonly string[];
  /**
   * The names (CN) the file gives some of `people`, by address: to recognise a person from people.yml
   * in a 1:1 (oneOnOnesHeld.ts). Absent or partial where the file gives none.
   */
  readonly names?: Readonly<Record<string, string>>;
  /** A date-only event (DTSTART;VALUE=DATE): a holiday, a day off, a conference. */
  readonly allDay: boolean;
  /** TRANSP:TRANSPARENT, shown as free time. */
  readonly transparent: boolean;
  /** One of a series (RRULE or RDATE), or a changed occurrence of one (RECURRENCE-ID). */
  readonly recurring: boolean;
  readonly source: SourceLine;
  /** What the reader had to assume for this event, e.g. an unknown time zone read as local time. */
  readonly notes: readonly string[];
}

/** One occurrence, as instants (ms since the epoch). An all-day occurrence runs from local midnight. */
export interface CalendarOccurrence {
  readonly event: CalendarEvent;
  readonly start: number;
  readonly end: number;
}
