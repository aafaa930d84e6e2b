// `Export Metrics…` (CSV or JSON of dates, kinds, scores, functions, traps, style, word and people
// counts, with no entry text at all: reflect/exportMetrics.ts) and `Export Report…` (the CLI's
// self-contained HTML report, core/report). Both ask where to write with a save dialog, write through
// vscode.workspace.fs (the file is where the user chose, not in the journal, so not through the
// journal store), and never replace an existing file without a modal confirmation of their own
// (the save dialog asks on some platforms only); from an encrypted journal they say the file is
// plain text (plainExportNotice.ts). The steps every export shares once what it reads is ready
// (suggest, ask, make, write, say) are one function, `exportTo`; what differs is its `ExportFlow`, and
// the sentence it ends with is decided in exportPlan.ts. Also callable with `{ format?, target? }`. What
// turns the journal into the file (the metrics, the report) is in dist/reports.js, loaded the first
// time an export writes (reportsModule.ts).
import * as vscode from 'vscode';
import { formatIsoDate, type LocalDate } from '../../core/calendar/localDate';
import { errorMessage } from '../../core/text/errorMessage';
import { countedEntries } from '../../core/trends/counted';
import type { CalendarAudits } from '../calendar/calendarAudits';
import type { Clock } from '../clock';
import type { CommandHandlers } from '../activationTable';
import type { Settings } from '../settingsService';
import { journalToday } from '../journal/journalToday';
import { resolveJournalFolder } from '../journal/journalLocation';
import { isPlainOnDisk, type JournalMount } from '../journal/journalMounts';
import { recordsOf, type ReflectSource } from '../index/reflectSource';
import { calendarExportRange, exportedSentence, metricsFormats, suggestedExport, targetAction, type Exported, type ExportKind, type MetricsFormat } from './exportPlan';
import { exportedMessage } from './plainExportNotice';
import { reportsModule } from './reportsModule';
import { pickChoice, type Choice } from '../pickChoice';

export type { MetricsFormat } from './exportPlan';

export interface ExportArgs {
  readonly format?: MetricsFormat;
  /** Where to write, skipping the save dialog (an existing file is still confirmed first). */
  readonly target?: vscode.Uri | string;
}

/** What an export reads, handed in by the composition root (features.ts); without calendars, it has no calendar hours. */
export interface ExportDeps {
  readonly index: ReflectSource;
  /** Which journal is unlocked in this window: entries are read through it (journal/journalMounts.ts). */
  readonly mount: JournalMount;
  readonly clock: Clock;
  /** The extension's version, for the report's footer. */
  readonly version: string;
  /** The imported calendars: with one, the calendar exports have its hours. */
  readonly calendar?: CalendarAudits;
  /** The settings now (settingsService.ts). */
  readonly settings: Settings;
}

export type WriteOutcome = 'written' | 'cancelled';

function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.toString();
}

/** The modal question before an existing file is replaced. */
export async function confirmOverwrite(uri: vscode.Uri): Promise<boolean> {
  const replace = vscode.l10n.t('Replace');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} already exists. Replace it?', fileName(uri)),
    { modal: true, detail: vscode.l10n.t('The file at {0} is overwritten with the export. Nothing else changes.', uri.fsPath || uri.toString()) },
    replace,
  );
  return answer === replace;
}

/**
 * Writes `text` to `uri`. When something is there already, `confirm` decides: false leaves it
 * untouched. A folder is never replaced (an error says so).
 */
export async function writeExportFile(uri: vscode.Uri, text: string, confirm: (uri: vscode.Uri) => Thenable<boolean> | boolean): Promise<WriteOutcome> {
  let stat: vscode.FileStat | undefined;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch (error) {
    if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) {
      throw error;
    }
  }
  const action = targetAction(!stat ? 'none' : stat.type & vscode.FileType.Directory ? 'folder' : 'file');
  if (action === 'refuse') {
    throw new Error(vscode.l10n.t('{0} is a folder, not a file.', uri.fsPath || uri.toString()));
  }
  if (action === 'confirm' && !(await confirm(uri))) {
    return 'cancelled';
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return 'written';
}

function targetOf(target: vscode.Uri | string): vscode.Uri {
  return typeof target === 'string' ? vscode.Uri.file(target) : target;
}

/** Where the save dialog starts: the workspace folder, else the journal folder. */
function defaultFolder(journal: vscode.Uri): vscode.Uri {
  return vscode.workspace.workspaceFolders?.[0]?.uri ?? journal;
}

/**
 * Tells the user it worked, with Open and Reveal; when `journal` (the root read) is the encrypted
 * journal's mount, that the file is written in plain text (plainExportNotice.ts).
 */
function reportWritten(uri: vscode.Uri, message: string, journal: vscode.Uri): void {
  const open = vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Reveal');
  void vscode.window.showInformationMessage(exportedMessage(vscode.l10n, message, !isPlainOnDisk(journal)), open, reveal).then(async (choice) => {
    if (choice === open) {
      await vscode.commands.executeCommand('vscode.open', uri);
    } else if (choice === reveal) {
      const inWorkspace = vscode.workspace.getWorkspaceFolder(uri) !== undefined;
      await vscode.commands.executeCommand(inWorkspace ? 'revealInExplorer' : 'revealFileInOS', uri).then(undefined, () =>
        vscode.window.showInformationMessage(uri.fsPath || uri.toString()));
    }
  });
}

async function askTarget(args: ExportArgs | undefined, suggested: vscode.Uri, filters: Record<string, string[]>, title: string): Promise<vscode.Uri | undefined> {
  if (args?.target !== undefined) {
    return targetOf(args.target);
  }
  return vscode.window.showSaveDialog({ defaultUri: suggested, filters, saveLabel: vscode.l10n.t('Export'), title });
}

async function readIndex(source: ReflectSource): Promise<boolean> {
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading your journal…') }, () => source.ensureBuilt());
  const status = source.state;
  if (status.state === 'error') {
    void vscode.window.showErrorMessage(vscode.l10n.t('The journal could not be read: {0}', status.message));
    return false;
  }
  return true;
}

async function write(uri: vscode.Uri, text: string): Promise<WriteOutcome | undefined> {
  try {
    return await writeExportFile(uri, text, confirmOverwrite);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}: {1}', uri.fsPath || uri.toString(), errorMessage(error)));
    return undefined;
  }
}

function formatChoice(format: MetricsFormat): Choice<MetricsFormat> {
  switch (format) {
    case 'csv':
      return { label: 'CSV', description: vscode.l10n.t('one row per entry, for a spreadsheet'), value: format };
    case 'json':
      return { label: 'JSON', description: vscode.l10n.t('an array of objects, for a script'), value: format };
    case 'calendar-csv':
      return { label: vscode.l10n.t('Calendar hours (CSV)'), description: vscode.l10n.t('hours per category per week, no titles or attendees'), value: format };
    case 'calendar-json':
      return { label: vscode.l10n.t('Calendar hours (JSON)'), description: vscode.l10n.t('hours per category per week, no titles or attendees'), value: format };
  }
}

/**
 * What one export differs in, once what it reads is ready: the file it suggests (`kind`, on `today`),
 * the save dialog's title, how it makes the text, and what its sentence says it wrote.
 */
interface ExportFlow {
  readonly kind: ExportKind;
  readonly today: LocalDate;
  readonly title: string;
  /**
   * The file's text, made only once a target is chosen (the first call loads dist/reports.js); undefined
   * when it could not be made and the user has been told why.
   */
  readonly text: () => string | undefined;
  readonly exported: Exported;
}

/**
 * Every export's last steps, in one place: suggest a file in the workspace (else `folder`, the journal
 * read), ask where (or take `args.target`), make the text, write it (an existing file is confirmed
 * first), and say so, with the plain-text notice when `folder` is the encrypted journal's mount.
 * Undefined whenever it stops: no target, no text, not written.
 */
async function exportTo(folder: vscode.Uri, args: ExportArgs | undefined, flow: ExportFlow): Promise<vscode.Uri | undefined> {
  const suggestion = suggestedExport(flow.kind, flow.today);
  const target = await askTarget(args, vscode.Uri.joinPath(defaultFolder(folder), suggestion.name), suggestion.filters, flow.title);
  if (!target) {
    return undefined;
  }
  const text = flow.text();
  if (text === undefined || (await write(target, text)) !== 'written') {
    return undefined;
  }
  reportWritten(target, exportedSentence(vscode.l10n, flow.exported, fileName(target)), folder);
  return target;
}

export async function exportMetrics(deps: ExportDeps, args?: ExportArgs): Promise<vscode.Uri | undefined> {
  const settings = deps.settings.current;
  const folder = await resolveJournalFolder(settings, deps.mount);
  if (!folder) {
    return undefined;
  }
  const calendarImported = (await deps.calendar?.sources.imported()) ?? false;
  const format = args?.format ?? await pickChoice(metricsFormats(calendarImported).map(formatChoice), {
    title: vscode.l10n.t('Export Metrics'),
    placeHolder: vscode.l10n.t('Dates, kinds, scores, functions and traps, with no entry text. Which format?'),
  });
  if (!format) {
    return undefined;
  }
  if (format === 'calendar-csv' || format === 'calendar-json') {
    return exportCalendarHours(deps, folder, format, args);
  }
  if (!(await readIndex(deps.index))) {
    return undefined;
  }
  const day = journalToday(settings, deps.clock.now());
  // Entries dated after today are left out until their day, as everywhere else (counted.ts).
  const records = countedEntries(recordsOf(deps.index.entriesWithFacts()), formatIsoDate(day));
  if (records.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There are no entries to export yet.'));
    return undefined;
  }
  return exportTo(folder, args, {
    kind: format, today: day, title: vscode.l10n.t('Export Metrics'), exported: { kind: 'metrics', entries: records.length },
    text: () => {
      const { metricsCsv, metricsJson } = reportsModule();
      return format === 'csv' ? metricsCsv(records) : metricsJson(records);
    },
  });
}

async function exportCalendarHours(deps: ExportDeps, folder: vscode.Uri, format: 'calendar-csv' | 'calendar-json', args: ExportArgs | undefined): Promise<vscode.Uri | undefined> {
  const settings = deps.settings.current;
  const today = journalToday(settings, deps.clock.now());
  const range = calendarExportRange(today);
  const audit = await deps.calendar?.audit(range.start, range.end, settings.weekStart);
  if (!audit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No calendar is imported yet: run Import Calendar… first.'));
    return undefined;
  }
  return exportTo(folder, args, {
    kind: format, today, title: vscode.l10n.t('Export Metrics'), exported: { kind: 'calendar', weeks: audit.time.weeks.length },
    text: () => {
      const { calendarMetricsCsv, calendarMetricsJson } = reportsModule();
      return format === 'calendar-csv' ? calendarMetricsCsv(audit.time) : calendarMetricsJson(audit.time);
    },
  });
}

export async function exportReport(deps: ExportDeps, args?: ExportArgs): Promise<vscode.Uri | undefined> {
  const settings = deps.settings.current;
  const folder = await resolveJournalFolder(settings, deps.mount);
  if (!folder) {
    return undefined;
  }
  if (!(await readIndex(deps.index))) {
    return undefined;
  }
  const today = journalToday(settings, deps.clock.now());
  return exportTo(folder, args, {
    kind: 'report', today, title: vscode.l10n.t('Export Report'), exported: { kind: 'report' },
    text: () => {
      try {
        const { buildReport, renderHtmlReport, reportLanguage } = reportsModule();
        const report = buildReport(deps.index.entriesWithFacts().map(({ entry }) => entry), deps.index.skippedFiles(), today);
        // In VS Code's display language, as the rest of what the extension shows.
        return renderHtmlReport(report, {
          journal: settings.journalFolder, generator: `Leadership Journal ${deps.version}`, language: reportLanguage(vscode.l10n, vscode.env.language),
        });
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not make the report: {0}', errorMessage(error)));
        return undefined;
      }
    },
  });
}

export function exportCommands(deps: ExportDeps): CommandHandlers<'export/exportCommands'> {
  return {
    exportMetrics: (args?: ExportArgs) => exportMetrics(deps, args),
    exportReport: (args?: ExportArgs) => exportReport(deps, args),
  };
}
