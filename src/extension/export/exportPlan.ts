// What Export Metrics… and Export Report… decide before they ask or write: which formats are offered
// (the calendar's hours only when a calendar is imported), the file a save dialog suggests and what it
// filters for, the weeks of calendar hours exported, what happens at the target — written when
// nothing is there, asked first when a file is, refused when it is a folder — and the sentence that
// says what was written (every export's last step, exportCommands.ts `exportTo`). Pure (vscode only
// as the translator's type: it is a parameter, as plainExportNotice.ts takes it; the type import is
// also what lets @vscode/l10n-dev extract the `l10n.t` messages), so the decisions are unit-tested in
// English and German; exportCommands.ts asks, reads the journal and writes.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- @vscode/l10n-dev extracts l10n.t calls only from files importing vscode
import type * as vscode from 'vscode';
/** `Translator`, what the functions below take: {@link vscode.l10n}, or a stand-in with the same `t`. */
import type { Translator } from '../../core/text/format';
import { addDays, formatIsoDate, type LocalDate } from '../../core/calendar/localDate';

/** `calendar-csv` and `calendar-json`: the imported calendar's hours per category per week, and nothing else. */
export type MetricsFormat = 'csv' | 'json' | 'calendar-csv' | 'calendar-json';

/** The formats Export Metrics… offers, in its order. */
export function metricsFormats(calendarImported: boolean): MetricsFormat[] {
  return calendarImported ? ['csv', 'json', 'calendar-csv', 'calendar-json'] : ['csv', 'json'];
}

/** What an export writes: a format of the metrics, or the HTML report. */
export type ExportKind = MetricsFormat | 'report';

/** The file a save dialog suggests for an export made on `today`, and the save dialog's filters. */
export function suggestedExport(kind: ExportKind, today: LocalDate): { readonly name: string; readonly filters: Readonly<Record<string, string[]>> } {
  const date = formatIsoDate(today);
  switch (kind) {
    case 'csv':
    case 'json':
      return { name: `leadership-metrics-${date}.${kind}`, filters: kind === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] } };
    case 'calendar-csv':
      return { name: `leadership-calendar-hours-${date}.csv`, filters: { CSV: ['csv'] } };
    case 'calendar-json':
      return { name: `leadership-calendar-hours-${date}.json`, filters: { JSON: ['json'] } };
    case 'report':
      return { name: `leadership-report-${date}.html`, filters: { HTML: ['html', 'htm'] } };
  }
}

/** Weeks of calendar hours exported: the last year, to today. */
export const CALENDAR_EXPORT_WEEKS = 52;

/** The days whose calendar hours are exported: the {@link CALENDAR_EXPORT_WEEKS} weeks to `today`, both ends included. */
export function calendarExportRange(today: LocalDate): { readonly start: LocalDate; readonly end: LocalDate } {
  return { start: addDays(today, -7 * CALENDAR_EXPORT_WEEKS + 1), end: today };
}

/** At the target: `write` when nothing is there, `confirm` before replacing a file, `refuse` a folder. */
export function targetAction(existing: 'none' | 'file' | 'folder'): 'write' | 'confirm' | 'refuse' {
  return existing === 'none' ? 'write' : existing === 'file' ? 'confirm' : 'refuse';
}

/** What an export wrote, as much as its sentence tells: how many entries, how many weeks, or the report. */
export type Exported =
  | { readonly kind: 'metrics'; readonly entries: number }
  | { readonly kind: 'calendar'; readonly weeks: number }
  | { readonly kind: 'report' };

/**
 * The sentence an export ends with, in the translator's language, naming `file` (the written file's
 * name). The metrics say they hold no entry text, the calendar hours no titles or attendees.
 */
export function exportedSentence(l10n: Translator, exported: Exported, file: string): string {
  switch (exported.kind) {
    case 'metrics':
      return exported.entries === 1
        ? l10n.t('Exported the metrics of 1 entry to {0}, with no entry text.', file)
        : l10n.t('Exported the metrics of {0} entries to {1}, with no entry text.', exported.entries, file);
    case 'calendar':
      return l10n.t('Exported {0} weeks of calendar hours to {1}: category hours and meeting counts only, no titles or attendees.', exported.weeks, file);
    case 'report':
      return l10n.t('Wrote the journal report to {0}.', file);
  }
}
