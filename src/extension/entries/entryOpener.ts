// Opens the entry for a kind, day (and person), creating it first when it does not exist. The one
// path every "new" or "open" command takes, so each gets the same guarantees: nothing is overwritten,
// nothing is written outside the journal folder, and every refusal is explained.
import * as vscode from 'vscode';
import { compareDates, type LocalDate } from '../../core/calendar/localDate';
import { extraPath, planEntry } from '../../core/entries/entryPlan';
import type { EntryKind } from '../../core/entries/kinds';
import { ONE_ON_ONE_KIND } from '../../core/reflect/people';
import { promptOfTheDayFor } from '../../core/prompts/localizedPacks';
import { errorMessage } from '../../core/text/errorMessage';
import type { JournalSettings } from '../config';
import { entryUri, JournalLocationError, resolveJournalFolder } from '../journal/journalLocation';
import type { JournalMount } from '../journal/journalMounts';
import type { JournalStore } from '../journal/journalStore';
import { displayDate } from '../l10nDates';
import { chooseEntryOfDay, SEVERAL_A_DAY } from './anotherEntry';
import type { NewEntryTexts } from './newEntryTexts';
import { readUserTemplate, templateUri } from './templates';

export interface EntryTarget {
  readonly kind: EntryKind;
  readonly date: LocalDate;
  readonly person?: string;
  /** The journal's today; a new entry dated after it is created only once the user says so. */
  readonly today: LocalDate;
  /** For a kind written several times a day whose entry exists: the title of another one, not asked for. */
  readonly title?: string;
}

/** What a failure to read or write the journal says: a read-only folder in the user's words (VS Code's `FileSystemError` code). */
function failure(error: unknown): string {
  return errorMessage(error, { NoPermissions: vscode.l10n.t('the folder is read-only') });
}

/**
 * Asks once before an entry is created for a day after today: written ahead, it stays out of every
 * count until its day (core/trends/counted.ts), and the person should know that before it exists.
 */
async function confirmFuture(date: LocalDate): Promise<boolean> {
  const create = vscode.l10n.t('Create It');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} is in the future. Create its entry now?', displayDate(date)),
    { modal: true, detail: vscode.l10n.t('It is kept out of the trends, reviews and streaks until that day.') },
    create,
  );
  return choice === create;
}

/**
 * Returns the entry's URI, or `undefined` when the user was told why there is none (or chose not to
 * create it). The journal is found through `mount` and its entries read and created through `store`
 * (the composition root's services).
 */
export async function openOrCreateEntry(
  target: EntryTarget,
  settings: JournalSettings,
  texts: NewEntryTexts,
  mount: JournalMount,
  store: JournalStore,
): Promise<vscode.Uri | undefined> {
  const folder = await resolveJournalFolder(settings, mount);
  if (!folder) {
    return undefined;
  }
  let template: string | undefined;
  try {
    template = await readUserTemplate(folder, target.kind);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not read the template for "{0}": {1}', target.kind.label, failure(error)));
    return undefined;
  }
  const pattern = settings.filePatterns[target.kind.id];
  const planFor = (extra?: string): ReturnType<typeof planEntry> => planEntry({
    kind: target.kind,
    date: target.date,
    weekStart: settings.weekStart,
    locale: settings.locale,
    prompt: promptOfTheDayFor(target.date, settings.locale).text,
    ...(target.person !== undefined ? { person: target.person } : {}),
    ...(pattern !== undefined ? { pattern } : {}),
    ...(template !== undefined ? { template } : {}),
    ...(extra !== undefined ? { extra } : {}),
  });
  const first = planFor();
  if (!first.ok) {
    const plan = first;
    if (plan.problems.length > 0) {
      // The problems themselves are described in English by the core's template renderer.
      const details = plan.problems.map((p) => vscode.l10n.t('line {0}: {1}', p.line, p.message)).join(' ');
      const heading = plan.problems.length === 1
        ? vscode.l10n.t('The template for "{0}" has a problem.', target.kind.label)
        : vscode.l10n.t('The template for "{0}" has {1} problems.', target.kind.label, plan.problems.length);
      const open = vscode.l10n.t('Open Template');
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} {1} No entry was created.', heading, details), open).then(async (choice) => {
        if (choice === open) {
          const editor = await vscode.window.showTextDocument(templateUri(folder, target.kind));
          const line = Math.max(0, (plan.problems[0]?.line ?? 1) - 1);
          editor.selection = new vscode.Selection(line, 0, line, 0);
        }
      });
    } else {
      void vscode.window.showErrorMessage(plan.message);
    }
    return undefined;
  }
  let plan = first;
  let uri: vscode.Uri;
  let result;
  let cursor: typeof plan.cursor;
  try {
    uri = entryUri(folder, plan.path);
    if (SEVERAL_A_DAY.has(target.kind.id) && await store.exists(uri)) {
      const choice = target.title?.trim() ? { title: target.title.trim() } : await chooseEntryOfDay(target.kind, uri, displayDate(target.date), store);
      if (!choice) {
        return undefined;
      }
      if ('open' in choice) {
        await vscode.window.showTextDocument(choice.open, { preview: false });
        return choice.open;
      }
      const primary = plan.path;
      const another = planFor(choice.title);
      if (!another.ok) {
        void vscode.window.showErrorMessage(another.message);
        return undefined;
      }
      plan = another;
      for (let n = 1; await store.exists(entryUri(folder, extraPath(primary, choice.title, n))); n++) {
        plan = { ...another, path: extraPath(primary, choice.title, n + 1) };
      }
      uri = entryUri(folder, plan.path);
    }
    if (compareDates(target.date, target.today) > 0 && !(await store.exists(uri)) && !(await confirmFuture(target.date))) {
      return undefined;
    }
    let text = plan.text;
    cursor = plan.cursor;
    if (target.kind.id === 'daily') {
      // A new daily entry brings back the 1:1s and revisits due, the oldest open commitments and this day in earlier years.
      text = await texts.daily(uri, plan.path, plan.text, target.date, settings.locale);
    } else if (target.kind.id === ONE_ON_ONE_KIND && target.person !== undefined) {
      // A new 1:1 carries over the open items with the person, in both directions.
      ({ text, cursor } = await texts.oneOnOne(uri, plan.path, plan, target.person, target.date, settings.locale));
    }
    result = await store.createIfAbsent(uri, text);
  } catch (error) {
    const message = error instanceof JournalLocationError ? error.message : vscode.l10n.t('Could not create the entry {0}: {1}.', plan.path, failure(error));
    void vscode.window.showErrorMessage(message);
    return undefined;
  }
  if (result === 'created' && plan.notice !== undefined) {
    void vscode.window.showInformationMessage(plan.notice); // In English, as the core's other file-name messages.
  }
  // The cursor is placed as the editor opens (not after), so typing right away lands on the answer line.
  const position = new vscode.Position(cursor.line, cursor.character);
  await vscode.window.showTextDocument(uri, {
    preview: false,
    ...(result === 'created' ? { selection: new vscode.Range(position, position) } : {}),
  });
  return uri;
}
