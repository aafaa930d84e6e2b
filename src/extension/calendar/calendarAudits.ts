// The time audit over the imported calendars (calendarSources.ts) for the features that show it: a
// review's Time section, a new daily entry's yesterday, Export Metrics' calendar hours, "which rule
// placed this event?". Loads the
// audit bundle (dist/calendar.js) on first use only. Each reading's problems go to the output
// channel, once per change; after a calendar changes on disk it is read again over the recent weeks,
// and the log says what was found (when it differs from the last reading: a watcher may report an
// unchanged file).
import * as vscode from 'vscode';
import { addDays, type LocalDate } from '../../core/calendar/localDate';
import type { WeekStart } from '../../core/calendar/isoWeek';
import type { CalendarAudit, ExplainedEvent } from '../../core/timeAudit/calendarAudit';
import type { CategoryDefinition } from '../../core/timeAudit/categoryRules';
import type { HeldOneOnOne } from '../../core/timeAudit/oneOnOnesHeld';
import type { CalendarTime } from '../../core/timeAudit/weeklyTime';
import { errorMessage } from '../../core/text/errorMessage';
import type { Clock } from '../clock';
import type { Settings } from '../settingsService';
import { journalToday } from '../journal/journalToday';
import { calendarModule } from './calendarModule';
import type { Log } from '../output';
import type { CalendarSources, LoadedCalendars } from './calendarSources';

/** The weeks read to check calendars after an import or a change. */
export const CHECK_WEEKS = 12;
/** Events offered by "which rule placed this event?": those of the last four weeks, at most this many. */
export const RECENT_EVENTS = 200;
const RECENT_DAYS = 28;

export interface DayAudit {
  readonly categories: readonly CategoryDefinition[];
  readonly time: CalendarTime;
  /** With addresses and names: matched to people.yml by the caller, never written as they are. */
  readonly oneOnOnes: readonly HeldOneOnOne[];
}

export interface AuditSummary {
  readonly files: number;
  readonly events: number;
  readonly occurrences: number;
  readonly problems: number;
}

export class CalendarAudits implements vscode.Disposable {
  private readonly subscription: vscode.Disposable;
  /** The last reading's summary (the import's or a change's), to tell a change from a re-report. */
  private lastSummary: AuditSummary | undefined;

  constructor(readonly sources: CalendarSources, private readonly clock: Clock, private readonly log: Log, private readonly settings: Settings) {
    // A calendar or its rules changed on disk: read them again now, so problems show at once.
    this.subscription = sources.onDidChange(({ onDisk }) => {
      if (!onDisk) {
        return; // An import checks and reports by itself.
      }
      const before = this.lastSummary;
      void this.check().then((summary) => {
        // A watcher may report a file no one changed (a watch just started, a save of the same
        // bytes): the calendars are read again all the same, but said only when the reading differs.
        if (summary && JSON.stringify(summary) !== JSON.stringify(before)) {
          this.log.info(vscode.l10n.t('Calendars read again after a change. Files: {0}; events: {1}; problems: {2}.', summary.files, summary.events, summary.problems));
        }
      });
    });
  }

  /**
   * The audit over `from`…`to` (with fragmentation when asked: the Trends view's); undefined when no
   * calendar is imported or it cannot be read.
   */
  async audit(from: LocalDate, to: LocalDate, weekStart: WeekStart, options: { readonly fragmentation?: boolean; readonly oneOnOnesUntil?: number } = {}): Promise<CalendarAudit | undefined> {
    const loaded = await this.sources.load();
    if (!loaded || loaded.files.length === 0) {
      return undefined;
    }
    try {
      const { calendars } = await this.sources.parsed(loaded);
      const audit = calendarModule().auditCalendars({
        texts: calendars, rules: loaded.rules.rules, me: this.settings.current.calendar.addresses, from, to, weekStart,
        ...(options.fragmentation ? { fragmentation: true } : {}),
        ...(options.oneOnOnesUntil === undefined ? {} : { oneOnOnesUntil: options.oneOnOnesUntil }),
      });
      this.sources.report('calendars', audit.problems.map((problem) => problem.message));
      return audit;
    } catch (error) {
      this.log.error(vscode.l10n.t('The calendars could not be read: {0}', errorMessage(error)));
      return undefined;
    }
  }

  /**
   * One day of the calendars (a new daily entry's yesterday): its totals and its 1:1s held, or
   * undefined when no calendar is imported or it cannot be read.
   */
  async day(date: LocalDate, weekStart: WeekStart): Promise<DayAudit | undefined> {
    const audit = await this.audit(date, date, weekStart, { oneOnOnesUntil: this.clock.now().getTime() });
    return audit ? { categories: audit.time.categories, time: audit.time.totals, oneOnOnes: audit.oneOnOnes ?? [] } : undefined;
  }

  /**
   * The 1:1s held from `from` until now (a person page's last weeks), or undefined when no calendar
   * is imported or it cannot be read.
   */
  async oneOnOnesSince(from: LocalDate, weekStart: WeekStart): Promise<readonly HeldOneOnOne[] | undefined> {
    const now = this.clock.now();
    const audit = await this.audit(from, journalToday(this.settings.current, now), weekStart, { oneOnOnesUntil: now.getTime() });
    return audit?.oneOnOnes;
  }

  /** Reads the calendars over the last weeks, logging their problems; undefined when none is imported. */
  async check(): Promise<AuditSummary | undefined> {
    const loaded = await this.sources.load();
    if (!loaded || loaded.files.length === 0) {
      return undefined;
    }
    const settings = this.settings.current;
    const today = journalToday(settings, this.clock.now());
    const audit = await this.audit(addDays(today, -7 * CHECK_WEEKS + 1), today, settings.weekStart);
    if (!audit) {
      return undefined;
    }
    const unread = (await this.sources.parsed(loaded)).problems.length;
    const summary = { files: audit.counts.files, events: audit.counts.events, occurrences: audit.counts.occurrences, problems: audit.problems.length + problemsOf(loaded) + unread };
    this.lastSummary = summary;
    return summary;
  }

  /** The events of the last four weeks, latest first, each with its category and rule. */
  async recentEvents(): Promise<ExplainedEvent[] | undefined> {
    const loaded = await this.sources.load();
    if (!loaded || loaded.files.length === 0) {
      return undefined;
    }
    const settings = this.settings.current;
    const today = journalToday(settings, this.clock.now());
    const { calendars } = await this.sources.parsed(loaded);
    const { events, problems } = calendarModule().explainEvents({
      texts: calendars, rules: loaded.rules.rules, me: settings.calendar.addresses,
      from: addDays(today, -RECENT_DAYS + 1), to: today, weekStart: settings.weekStart,
    }, RECENT_EVENTS);
    this.sources.report('calendars', problems.map((problem) => problem.message));
    return events;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

function problemsOf(loaded: LoadedCalendars): number {
  return loaded.problems.length + loaded.rules.problems.length;
}
