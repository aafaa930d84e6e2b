// Moving through the journal by day: today, previous, next, a typed date, and the folder itself.
import * as vscode from 'vscode';
import { parseDatePhrase, DATE_PHRASE_FORMS } from '../../core/calendar/datePhrase';
import { formatIsoDate, type LocalDate } from '../../core/calendar/localDate';
import { entryKindFor } from '../../core/entries/localizedKinds';
import { entryTitle } from '../../core/entries/entryTitle';
import { neighbourEntry } from '../../core/journal/entryNavigation';
import type { Clock } from '../clock';
import type { JournalSettings } from '../config';
import type { Settings } from '../settingsService';
import { openOrCreateEntry } from './entryOpener';
import { journalToday } from '../journal/journalToday';
import type { NewEntryTexts } from './newEntryTexts';
import { entryUri, relativeToFolder, resolveJournalDiskFolder, resolveJournalFolder } from '../journal/journalLocation';
import type { JournalMount } from '../journal/journalMounts';
import type { JournalStore } from '../journal/journalStore';
import { displayDate } from '../l10nDates';
import type { CommandHandlers } from '../activationTable';
import { dayChoice, journalFolderAction, stepOrigin } from './navigationPlan';

/** Where the journal is and its files: the mount finds it, the store reads and writes it (journalStore.ts). */
interface Journal {
  readonly mount: JournalMount;
  readonly store: JournalStore;
}

export function navigationCommands({ clock, settings: live, entryTexts: texts, mount, store }: {
  readonly clock: Clock;
  readonly settings: Settings;
  readonly entryTexts: NewEntryTexts;
  readonly mount: JournalMount;
  readonly store: JournalStore;
}): CommandHandlers<'entries/navigate'> {
  const journal: Journal = { mount, store };
  return {
    openToday: () => {
      const settings = live.current;
      const today = journalToday(settings, clock.now());
      return openDay(today, today, settings, texts, journal);
    },
    openPrevious: () => step(clock, live.current, journal, -1),
    openNext: () => step(clock, live.current, journal, 1),
    openForDate: (phrase?: string) => openForDate(clock, live.current, texts, journal, phrase),
    openJournalFolder: () => openJournalFolder(live.current, store),
  };
}

/**
 * Opens the day's entry: the only one that day, a choice when there are several, or a new entry of
 * the default kind when there is none.
 */
async function openDay(date: LocalDate, today: LocalDate, settings: JournalSettings, texts: NewEntryTexts, { mount, store }: Journal): Promise<vscode.Uri | undefined> {
  const folder = await resolveJournalFolder(settings, mount);
  if (!folder) {
    return undefined;
  }
  const choice = dayChoice(await store.listMarkdownFiles(folder), date);
  let path = 'open' in choice ? choice.open : undefined;
  if ('choose' in choice) {
    // Listed by title (what the person wrote at the top), with the file as a detail.
    const items = await Promise.all(choice.choose.map(async (candidate) => {
      const text = await store.readTextIfExists(entryUri(folder, candidate)).catch(() => undefined);
      return { label: text === undefined ? candidate : entryTitle(text, candidate), description: candidate, path: candidate };
    }));
    path = (await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Entries for {0}', displayDate(date)),
      placeHolder: vscode.l10n.t('Which entry?'),
      matchOnDescription: true,
    }))?.path;
    if (!path) {
      return undefined;
    }
  }
  if (path) {
    const uri = entryUri(folder, path);
    await vscode.window.showTextDocument(uri, { preview: false });
    return uri;
  }
  return openOrCreateEntry({ kind: entryKindFor(settings.defaultKind, settings.locale), date, today }, settings, texts, mount, store);
}

async function step(clock: Clock, settings: JournalSettings, { mount, store }: Journal, direction: -1 | 1): Promise<vscode.Uri | undefined> {
  const folder = await resolveJournalFolder(settings, mount);
  if (!folder) {
    return undefined;
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  const from = stepOrigin(active ? relativeToFolder(folder, active) : undefined, journalToday(settings, clock.now()));
  const path = neighbourEntry(await store.listMarkdownFiles(folder), from, direction);
  if (!path) {
    void vscode.window.showInformationMessage(direction < 0
      ? vscode.l10n.t('No entry before {0}.', displayDate(from.date))
      : vscode.l10n.t('No entry after {0}.', displayDate(from.date)));
    return undefined;
  }
  const uri = entryUri(folder, path);
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}

async function openForDate(clock: Clock, settings: JournalSettings, texts: NewEntryTexts, journal: Journal, phrase: string | undefined): Promise<vscode.Uri | undefined> {
  const today = journalToday(settings, clock.now());
  const parse = (text: string): ReturnType<typeof parseDatePhrase> => parseDatePhrase(text, today, { weekStart: settings.weekStart });
  const typed = phrase ?? await vscode.window.showInputBox({
    title: vscode.l10n.t('Open Entry for Date'),
    // The phrases themselves are English in every language: the parser reads English.
    prompt: vscode.l10n.t('Accepted: {0}.', DATE_PHRASE_FORMS.map((f) => f.form).join(', ')),
    placeHolder: `${formatIsoDate(today)}, yesterday, last friday, -3d`,
    validateInput: (value) => {
      if (value.trim() === '') {
        return undefined;
      }
      const parsed = parse(value);
      return parsed.ok ? undefined : parsed.message;
    },
  });
  if (typed === undefined || typed.trim() === '') {
    return undefined;
  }
  const parsed = parse(typed);
  if (!parsed.ok) {
    void vscode.window.showErrorMessage(parsed.message);
    return undefined;
  }
  return openDay(parsed.date, today, settings, texts, journal);
}

async function openJournalFolder(settings: JournalSettings, store: JournalStore): Promise<void> {
  // The folder on disk, encrypted or not: the Explorer shows files as they are stored.
  const folder = await resolveJournalDiskFolder(settings);
  if (!folder) {
    return;
  }
  if (!(await store.exists(folder))) {
    await store.createDirectory(folder);
  }
  if (journalFolderAction(vscode.workspace.getWorkspaceFolder(folder) !== undefined) === 'reveal') {
    await vscode.commands.executeCommand('revealInExplorer', folder);
  } else {
    await vscode.commands.executeCommand('vscode.openFolder', folder, { forceNewWindow: true });
  }
}
