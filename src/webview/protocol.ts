// Every message between the extension host and the trends webview. Imported by both sides, so it
// must stay free of `vscode`, Node and DOM imports. Whatever arrives is validated with the guards
// below before it is used: a webview is another process and its messages are untrusted input.
import { isContainedRelativePath } from '../core/journal/entryPath';
import type { CalendarTrends } from '../core/trends/calendarTrends';
import type { Granularity } from '../core/trends/periods';
import type { TrendSummary } from '../core/trends/summary';

export const GRANULARITIES: readonly Granularity[] = ['day', 'week', 'month'];

/** What the user chose to look at: the bucket size and how many buckets back from today. */
export interface ViewChoice {
  readonly granularity: Granularity;
  /** 1–520 buckets. */
  readonly periods: number;
}

/** Webview → host. */
export type WebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'newEntry' }
  /** Open an entry, by its journal-relative path as the summary gave it. */
  | { readonly type: 'openEntry'; readonly path: string }
  | { readonly type: 'setView'; readonly view: ViewChoice };

/** Host → webview: the whole state, every time (the webview keeps nothing else). */
export interface StateMessage {
  readonly type: 'state';
  readonly version: string;
  readonly journalFolder: string;
  /** `indexing` while the first index is built; `error` with `message` when there is no journal to read. */
  readonly status: 'indexing' | 'ready' | 'error';
  readonly message?: string;
  /** Entries that count (something written, dated up to today: core/trends/counted.ts). */
  readonly entryCount: number;
  /** Entries in the journal that do not count yet: nothing written in them, or dated after today. */
  readonly notCounted: number;
  /** Files skipped while indexing (listed with reasons in the output channel). */
  readonly skipped: number;
  readonly view: ViewChoice;
  /** Null until the index is ready. */
  readonly summary: TrendSummary | null;
  /**
   * The imported calendar over the view's range, by week (core/trends/calendarTrends.ts): category
   * ids and names and numbers, never an event's title or who was invited. Absent without a calendar.
   */
  readonly calendar?: CalendarTrends;
  /**
   * Whether the webview may keep this state with `setState`, which VS Code writes in plain to its own
   * storage (state.vscdb, or the browser's IndexedDB): true for a plain journal, whose text is on disk
   * in plain anyway; false for an encrypted (or not yet read) one, when only the view choices are kept
   * (trends/savedState.ts), never names, titles or numbers of the entries.
   */
  readonly keepContent: boolean;
}

/** Host → webview: the language (l10nProtocol.ts, once), then states. */
export type HostMessage = StateMessage;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isViewChoice(value: unknown): value is ViewChoice {
  return isRecord(value)
    && GRANULARITIES.includes(value.granularity as Granularity)
    && typeof value.periods === 'number' && Number.isInteger(value.periods) && value.periods >= 1 && value.periods <= 520;
}

export function isWebviewMessage(value: unknown): value is WebviewMessage {
  if (!isRecord(value)) {
    return false;
  }
  switch (value.type) {
    case 'ready':
    case 'newEntry':
      return true;
    case 'openEntry':
      return typeof value.path === 'string' && value.path.length < 1024 && isContainedRelativePath(value.path);
    case 'setView':
      return isViewChoice(value.view);
    default:
      return false;
  }
}

function isSummaryShape(value: unknown): value is TrendSummary {
  return isRecord(value) && typeof value.today === 'string' && isRecord(value.range)
    && Array.isArray(value.buckets) && isRecord(value.totals) && Array.isArray(value.functions)
    && Array.isArray(value.people) && Array.isArray(value.heatmap) && isRecord(value.streaks)
    && isRecord(value.recentTraps) && isRecord(value.comparison);
}

function isNumberOrNull(value: unknown): boolean {
  return value === null || (typeof value === 'number' && Number.isFinite(value));
}

/** The calendar's part: its shape, down to each week's numbers (the charts index into them). */
export function isCalendarTrends(value: unknown): value is CalendarTrends {
  if (!isRecord(value) || !Array.isArray(value.categories) || !Array.isArray(value.weeks) || typeof value.sentence !== 'string'
    || typeof value.compared !== 'number' || !isNumberOrNull(value.calendarWhy) || !isNumberOrNull(value.writingWhy)) {
    return false;
  }
  const categories = value.categories.length;
  return value.categories.every((category) => isRecord(category) && typeof category.id === 'string'
      && typeof category.name === 'string' && (category.side === 'why' || category.side === 'how' || category.side === 'neither'))
    && value.weeks.every((week) => isRecord(week) && typeof week.key === 'string' && typeof week.start === 'string'
      && typeof week.end === 'string' && Array.isArray(week.hours) && week.hours.length === categories
      && week.hours.every((hours) => typeof hours === 'number' && Number.isFinite(hours))
      && typeof week.meetingHours === 'number' && typeof week.meetings === 'number' && typeof week.workingDays === 'number'
      && isNumberOrNull(week.freeMinutes) && isNumberOrNull(week.calendarWhy) && isNumberOrNull(week.writingWhy));
}

export function isHostMessage(value: unknown): value is HostMessage {
  return isRecord(value) && value.type === 'state'
    && typeof value.version === 'string' && typeof value.journalFolder === 'string'
    && (value.status === 'indexing' || value.status === 'ready' || value.status === 'error')
    && (value.message === undefined || typeof value.message === 'string')
    && typeof value.entryCount === 'number' && typeof value.notCounted === 'number' && typeof value.skipped === 'number'
    && isViewChoice(value.view) && typeof value.keepContent === 'boolean'
    && (value.summary === null || isSummaryShape(value.summary))
    && (value.calendar === undefined || isCalendarTrends(value.calendar));
}
