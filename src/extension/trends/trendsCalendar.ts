// The imported calendar for the Trends view: the audit over the weeks of the view's range (fragmentation
// included), kept until the calendars, the range or the user's addresses change, then set beside the
// counted entries (core/trends/calendarTrends.ts). Nothing without an imported calendar: the audit
// bundle (dist/calendar.js) is not even loaded then. What it returns is posted to the webview as it
// is, so it holds category ids, names and numbers only.
import * as vscode from 'vscode';
import { parseIsoDate, type LocalDate } from '../../core/calendar/localDate';
import type { WeekStart } from '../../core/calendar/isoWeek';
import type { IndexedEntry } from '../../core/records/entryRecord';
import { weekPeriod } from '../../core/reflect/reviewPeriod';
import type { CalendarAudit } from '../../core/timeAudit/calendarAudit';
import type { SentenceLanguage } from '../../core/timeAudit/saidVsDidText';
import { calendarTrends, type CalendarTrends } from '../../core/trends/calendarTrends';
import type { CalendarAudits } from '../calendar/calendarAudits';
import type { LoadedCalendars } from '../calendar/calendarSources';
import type { Settings } from '../settingsService';

export interface CalendarRange {
  /** The view's range, `YYYY-MM-DD`: its first week is taken whole. */
  readonly from: string;
  readonly to: string;
  readonly weekStart: WeekStart;
}

/** The webview's language as VS Code shows it: German for `de…`, English otherwise. */
export function viewLanguage(displayLanguage: string): SentenceLanguage {
  return displayLanguage.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export class TrendsCalendar {
  private kept: { readonly loaded: LoadedCalendars; readonly key: string; readonly audit: CalendarAudit | undefined } | undefined;

  constructor(private readonly audits: CalendarAudits, private readonly settings: Settings) {}

  /** Fires when the calendars or their rules change: the view asks again. */
  get onDidChange(): vscode.Event<unknown> {
    return this.audits.sources.onDidChange;
  }

  /** The calendar's part of the view; undefined when none is imported or it cannot be read. */
  async trends(range: CalendarRange, counted: readonly IndexedEntry[]): Promise<CalendarTrends | undefined> {
    const loaded = await this.audits.sources.load();
    const from = parseIsoDate(range.from);
    const to = parseIsoDate(range.to);
    if (!loaded || loaded.files.length === 0 || !from || !to) {
      return undefined;
    }
    const start: LocalDate = weekPeriod(from, range.weekStart).start;
    const key = JSON.stringify([range.from, range.to, range.weekStart, this.settings.current.calendar.addresses]);
    if (this.kept?.loaded !== loaded || this.kept.key !== key) {
      this.kept = { loaded, key, audit: await this.audits.audit(start, to, range.weekStart, { fragmentation: true }) };
    }
    const audit = this.kept.audit;
    return audit ? calendarTrends(audit.time, audit.fragmentation, counted, viewLanguage(vscode.env.language)) : undefined;
  }
}
