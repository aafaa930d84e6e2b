// One call from calendar texts and rules to what the product shows: the hours per category per
// week, the meeting load, and (given the writing's weekly why shares) said vs did — and, for "which
// rule placed this event?", the recent events with their explanations. Used by the extension's
// calendar bundle and the CLI alike. Plain data out: only `recentEvents` carries titles, for the
// user's own eyes in a quick pick.
import type { WeekStart } from '../calendar/isoWeek';
import type { LocalDate } from '../calendar/localDate';
import type { CalendarEvent } from './calendarEvent';
import type { CalendarProblem } from './calendarProblems';
import { createCategorizer, type ReasonFact } from './categorize';
import type { CategoryRules, Side } from './categoryRules';
import { fragmentation, type FragmentationWeek } from './fragmentation';
import { oneOnOnesHeld, type HeldOneOnOne } from './oneOnOnesHeld';
import { readCalendars, type CalendarCounts, type CalendarText, type ParsedCalendar } from './readCalendars';
import { weeklyTime, type WeeklyTime } from './weeklyTime';

export interface AuditInput {
  /** Calendar texts, or calendars parsed before (parseCalendar) and kept by the caller. */
  readonly texts: readonly (CalendarText | ParsedCalendar)[];
  readonly rules: CategoryRules;
  /** The user's own addresses: their declined events are left out, and they count among the people. */
  readonly me: readonly string[];
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly weekStart: WeekStart;
  /** IANA zone days are read in; the host's by default. */
  readonly timeZone?: string;
  /** Also measure fragmentation (the longest free block per working day), for the Trends view. */
  readonly fragmentation?: boolean;
  /**
   * Also list the 1:1s held (oneOnOnesHeld.ts) starting before this instant, for the daily entry and
   * the person page. They carry addresses and names: the caller keeps them on the machine.
   */
  readonly oneOnOnesUntil?: number;
}

export interface CalendarAudit {
  readonly time: WeeklyTime;
  /** Per week, as `time.weeks`; only when asked for with `fragmentation: true`. */
  readonly fragmentation?: readonly FragmentationWeek[];
  /** Only when asked for with `oneOnOnesUntil`. */
  readonly oneOnOnes?: readonly HeldOneOnOne[];
  readonly problems: readonly CalendarProblem[];
  readonly counts: CalendarCounts;
  readonly timeZone: string;
}

export function auditCalendars(input: AuditInput): CalendarAudit {
  const reading = readCalendars(input.texts, { from: input.from, to: input.to, me: input.me, ...(input.timeZone ? { timeZone: input.timeZone } : {}) });
  const categorizer = createCategorizer(input.rules, { me: input.me });
  const range = { from: input.from, to: input.to, weekStart: input.weekStart, timeZone: reading.timeZone };
  const time = weeklyTime(reading.occurrences, categorizer, range);
  return {
    time, problems: reading.problems, counts: reading.counts, timeZone: reading.timeZone,
    ...(input.fragmentation ? { fragmentation: fragmentation(reading.occurrences, categorizer, range) } : {}),
    ...(input.oneOnOnesUntil === undefined ? {} : {
      oneOnOnes: oneOnOnesHeld(reading.occurrences, categorizer, { me: input.me, timeZone: reading.timeZone, until: input.oneOnOnesUntil }),
    }),
  };
}

export interface ExplainedEvent {
  readonly uid: string;
  /** The event's title, as written: shown to the user only, never stored or exported. */
  readonly title: string;
  /** Its latest occurrence in the range (ms since the epoch). */
  readonly start: number;
  readonly end: number;
  readonly allDay: boolean;
  readonly categoryId: string;
  readonly categoryLabel: string;
  readonly side: Side;
  readonly meeting: boolean;
  /** The rule that placed it (1-based) and its name; undefined for "other". */
  readonly rule: { readonly number: number; readonly name: string } | undefined;
  /** What met each of the rule's conditions, in English and as data. */
  readonly reasons: readonly string[];
  readonly facts: readonly ReasonFact[];
  /** What the reader had to assume (an unknown zone read as local time). */
  readonly notes: readonly string[];
  readonly source: { readonly file: string; readonly line: number };
}

/**
 * The distinct events with an occurrence in the range, latest first (one line per event, however
 * often it repeats), each with the category and rule that placed it. At most `limit`.
 */
export function explainEvents(input: AuditInput, limit: number): { events: ExplainedEvent[]; problems: readonly CalendarProblem[] } {
  const reading = readCalendars(input.texts, { from: input.from, to: input.to, me: input.me, ...(input.timeZone ? { timeZone: input.timeZone } : {}) });
  const categorizer = createCategorizer(input.rules, { me: input.me });
  const latest = new Map<CalendarEvent, { event: CalendarEvent; start: number; end: number }>();
  for (const { event, start, end } of reading.occurrences) {
    latest.set(event, { event, start, end }); // Sorted by start: the last one wins.
  }
  const events = [...latest.values()]
    .sort((a, b) => b.start - a.start)
    .slice(0, limit)
    .map(({ event, ...span }) => {
      const explanation = categorizer.explain(event);
      return {
        uid: event.uid,
        title: event.title,
        start: span.start,
        end: span.end,
        allDay: event.allDay,
        categoryId: explanation.category.id,
        categoryLabel: explanation.category.label,
        side: explanation.category.side,
        meeting: explanation.meeting,
        rule: explanation.rule ? { number: explanation.ruleIndex + 1, name: explanation.rule.name } : undefined,
        reasons: explanation.reasons,
        facts: explanation.facts,
        notes: event.notes,
        source: event.source,
      };
    });
  return { events, problems: reading.problems };
}
