// What Export Metrics… and Export Report… decide before they ask or write: which formats are offered
// (the calendar's hours only when a calendar is imported), the file a save dialog suggests and what it
// filters for, the weeks of calendar hours exported, and what happens at the target — written when
// nothing is there, asked first when a file is, refused when it is a folder. Pure (no vscode), so the
// decisions are unit-tested; exportCommands.ts asks, reads the journal and writes.
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
