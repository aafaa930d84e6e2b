// `Import Calendar…`: the user picks `.ics` files or a folder of them, and whether they are read where
// they are (listed in `.calendar/sources.yml`, read again when they change) or copied into the
// journal's `.calendar/`. Then the calendars are read over the last weeks and the user is told what
// was found; every problem is in the output channel. Nothing is written outside the journal folder,
// and a file in `.calendar/` is never replaced: a copy with the same name and other bytes gets a new name.
// `.calendar/` is read and written through the journal store (journalStore.ts); the files the user
// picked are read through `vscode.workspace.fs`, as they may be anywhere outside the journal.
// Also callable with `{ uris, copy }` (paths or URIs), skipping the dialogs.
import * as vscode from 'vscode';
import { CALENDAR_FOLDER } from '../../core/timeAudit/calendarFiles';
import type { Settings } from '../settingsService';
import { resolveJournalFolder } from '../journal/journalLocation';
import type { JournalMount } from '../journal/journalMounts';
import type { JournalStore } from '../journal/journalStore';
import type { Log } from '../output';
import { CHECK_WEEKS, type CalendarAudits } from './calendarAudits';
import { calendarImportFailure, CalendarUnreadable } from './calendarImportFailure';
import { displayPath, sourceEntry, type CalendarSources } from './calendarSources';
import { calendarDialog, copyName, importQuestions, type CalendarSelection } from './calendarPlan';
import { pickChoice } from '../pickChoice';

export interface ImportArgs {
  /** Files or folders to import (URIs or absolute paths). */
  readonly uris?: readonly (vscode.Uri | string)[];
  /** Copy into `.calendar/` instead of reading them where they are. */
  readonly copy?: boolean;
}

export async function importCalendar(audits: CalendarAudits, { mount, log, settings, store }: { readonly mount: JournalMount; readonly log: Log; readonly settings: Settings; readonly store: JournalStore }, args?: ImportArgs): Promise<boolean> {
  const folder = await resolveJournalFolder(settings.current, mount);
  if (!folder) {
    return false;
  }
  const ask = importQuestions(args);
  const chosen = ask.calendars ? await chooseCalendars() : args?.uris?.map((uri) => (typeof uri === 'string' ? vscode.Uri.file(uri) : uri));
  if (!chosen || chosen.length === 0) {
    return false;
  }
  const copy = ask.how ? await chooseHow() : args?.copy;
  if (copy === undefined) {
    return false;
  }
  try {
    if (copy) {
      const copied = await copyInto(folder, chosen, audits.sources, store, log);
      if (copied.length === 0) {
        void vscode.window.showWarningMessage(vscode.l10n.t('No .ics file was found in what you chose; nothing was imported.'));
        return false;
      }
      audits.sources.invalidate();
    } else {
      await audits.sources.addSources(folder, chosen.map((uri) => sourceEntry(folder, uri)));
    }
  } catch (error) {
    void vscode.window.showErrorMessage(calendarImportFailure(vscode.l10n, error));
    return false;
  }
  const summary = await audits.check();
  if (!summary) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No calendar could be read from what you chose; the Leadership Journal output says why.'));
    log.show(true);
    return false;
  }
  const message = vscode.l10n.t('Calendar imported. Files: {0}; events: {1}; occurrences in the last {3} weeks: {2}. Reviews now have a Time section.', summary.files, summary.events, summary.occurrences, CHECK_WEEKS);
  if (summary.problems > 0) {
    const show = vscode.l10n.t('Show Problems');
    void vscode.window.showWarningMessage(`${message} ${vscode.l10n.t('Problems found: {0}; the rest is counted.', summary.problems)}`, show).then((choice) => {
      if (choice === show) {
        log.show(true);
      }
    });
  } else {
    void vscode.window.showInformationMessage(message);
  }
  return true;
}

async function chooseCalendars(): Promise<vscode.Uri[] | undefined> {
  const selection = await pickChoice<CalendarSelection>([
    { label: vscode.l10n.t('Calendar files (.ics)…'), description: vscode.l10n.t('one or more exports from Outlook, Google or Apple Calendar'), value: 'files' },
    { label: vscode.l10n.t('A folder of calendar files…'), description: vscode.l10n.t('every .ics file in it'), value: 'folder' },
  ], { title: vscode.l10n.t('Import Calendar'), placeHolder: vscode.l10n.t('What do you want to import? Calendars are read on this machine only.') });
  if (!selection) {
    return undefined;
  }
  const { icsOnly, ...select } = calendarDialog(selection);
  return vscode.window.showOpenDialog({
    ...select,
    ...(icsOnly ? { filters: { [vscode.l10n.t('Calendars')]: ['ics'] } } : {}),
    openLabel: vscode.l10n.t('Import'),
    title: vscode.l10n.t('Import Calendar'),
  });
}

function chooseHow(): Promise<boolean | undefined> {
  return pickChoice([
    { label: vscode.l10n.t('Read them where they are'), description: vscode.l10n.t('read again whenever they change; listed in .calendar/sources.yml'), value: false },
    { label: vscode.l10n.t('Copy them into the journal'), description: vscode.l10n.t('into .calendar/, so they travel with the journal'), value: true },
  ], { title: vscode.l10n.t('Import Calendar'), placeHolder: vscode.l10n.t('Read the calendars where they are, or copy them into the journal?') });
}

/** Copies every .ics file chosen (a folder's .ics children) into `.calendar/`; returns the copies' names. */
async function copyInto(folder: vscode.Uri, chosen: readonly vscode.Uri[], sources: CalendarSources, store: JournalStore, log: Log): Promise<string[]> {
  const target = vscode.Uri.joinPath(folder, CALENDAR_FOLDER);
  await store.createDirectory(target);
  const copied: string[] = [];
  for (const uri of chosen) {
    for (const file of await picked(() => icsFiles(uri))) {
      const bytes = await picked(() => vscode.workspace.fs.readFile(file));
      const name = await freeName(target, file.path.slice(file.path.lastIndexOf('/') + 1), bytes, store);
      if (name.write) {
        await sources.writeOwn(vscode.Uri.joinPath(target, name.name), bytes);
      }
      copied.push(name.name);
      log.info(vscode.l10n.t('Copied the calendar {0} into {1}.', displayPath(folder, file), `${CALENDAR_FOLDER}/${name.name}`));
    }
  }
  return copied;
}

/** What reading a calendar where the user picked it gives; its failure marked as such, not the journal's disk. */
async function picked<T>(read: () => Thenable<T> | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw new CalendarUnreadable(error);
  }
}

async function icsFiles(uri: vscode.Uri): Promise<vscode.Uri[]> {
  const stat = await vscode.workspace.fs.stat(uri);
  if (!(stat.type & vscode.FileType.Directory)) {
    return [uri];
  }
  return (await vscode.workspace.fs.readDirectory(uri))
    .filter(([name, type]) => !(type & vscode.FileType.Directory) && name.toLowerCase().endsWith('.ics'))
    .map(([name]) => vscode.Uri.joinPath(uri, name));
}

/** `work.ics`, or `work-2.ics` when `work.ics` holds other bytes; `write` false when the same bytes are there. */
async function freeName(target: vscode.Uri, name: string, bytes: Uint8Array, store: JournalStore): Promise<{ name: string; write: boolean }> {
  for (let n = 1; ; n++) {
    const candidate = copyName(name, n);
    let existing: Uint8Array;
    try {
      existing = await store.readBytes(vscode.Uri.joinPath(target, candidate));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
        return { name: candidate, write: true };
      }
      throw error;
    }
    if (sameBytes(existing, bytes)) {
      return { name: candidate, write: false };
    }
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
