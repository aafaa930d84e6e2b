// Kinds written more than once a day — a second decision, a second after-action review — are offered
// as a new entry beside the existing ones, not only as the one that is already there: New Entry asks
// whether to open an existing one (by title) or to start another, named by a few words of its title.
import * as vscode from 'vscode';
import { entryTitle } from '../../core/entries/entryTitle';
import type { EntryKind, EntryKindId } from '../../core/entries/kinds';
import type { JournalStore } from '../journal/journalStore';

/** Kinds that are about one event, of which a day can hold several. */
export const SEVERAL_A_DAY: ReadonlySet<EntryKindId> = new Set(['decision', 'after-action']);

export type EntryOfDay = { readonly open: vscode.Uri } | { readonly title: string };

interface Pick extends vscode.QuickPickItem {
  readonly uri?: vscode.Uri;
}

/** The existing entries of this kind and day: the first one (`uri`) and those named after it (`…-decision-*.md`). */
async function sameDayEntries(uri: vscode.Uri, store: JournalStore): Promise<vscode.Uri[]> {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const stem = name.replace(/\.md$/i, '');
  const folder = vscode.Uri.joinPath(uri, '..');
  const listed = await store.readDirectory(folder).then(undefined, () => [] as [string, vscode.FileType][]);
  const others = listed
    .filter(([file, type]) => type === vscode.FileType.File && file.startsWith(`${stem}-`) && file.toLowerCase().endsWith('.md'))
    .map(([file]) => vscode.Uri.joinPath(folder, file))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  return [uri, ...others];
}

/** Asks which entry of the day to open, or the title of a new one; undefined when the user cancels. Reads the journal through `store`. */
export async function chooseEntryOfDay(kind: EntryKind, uri: vscode.Uri, day: string, store: JournalStore): Promise<EntryOfDay | undefined> {
  const existing = await sameDayEntries(uri, store);
  const items: Pick[] = [
    { label: `$(add) ${vscode.l10n.t('New {0}…', kind.label)}`, detail: vscode.l10n.t('Another one for {0}, beside the one already written', day) },
    ...await Promise.all(existing.map(async (entry): Promise<Pick> => {
      const path = entry.path.slice(entry.path.lastIndexOf('/') + 1);
      const text = await store.readTextIfExists(entry).catch(() => undefined);
      return { label: text === undefined ? path : entryTitle(text, path), description: path, uri: entry };
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: kind.label,
    placeHolder: vscode.l10n.t('{0} already has one: open it, or start another?', day),
  });
  if (!picked) {
    return undefined;
  }
  if (picked.uri) {
    return { open: picked.uri };
  }
  const title = await vscode.window.showInputBox({
    title: vscode.l10n.t('New {0}', kind.label),
    prompt: vscode.l10n.t('What is it about, in a few words? They become its title and part of its file name.'),
    placeHolder: vscode.l10n.t('e.g. Hiring freeze for Q1'),
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('A few words, please.') : /[\r\n]/.test(value) ? vscode.l10n.t('A title fits on one line.') : undefined),
  });
  return title?.trim() ? { title: title.trim() } : undefined;
}
