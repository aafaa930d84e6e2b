// `Merge People…`: one person written two ways (`@priya`, "Priya Raman") is suggested as one, and on
// the user's click people.yml gets the line that says so (core/reflect/peopleFileEdit.ts: only that
// change, every other byte kept). Nothing is merged without the click. The Open Person picker offers
// the same suggestions as rows of its own. Also callable with `{ alias, name }`, for tests and links.
import * as vscode from 'vscode';
import { mergeSuggestions, type MergeSuggestion } from '../../core/reflect/mergeSuggestions';
import { collectPeople } from '../../core/reflect/people';
import { addAlias } from '../../core/reflect/peopleFileEdit';
import type { CommandHandlers } from '../activationTable';
import { resolveJournalFolder } from '../journal/journalLocation';
import type { JournalStore } from '../journal/journalStore';
import { PEOPLE_FILE, type PeopleLoader } from './peopleLoader';
import { recordsOf, type ReflectSource } from '../index/reflectSource';
import type { PeopleServices } from './peopleServices';
import { mergeOffer, mergeStart, mergeWrite } from './mergePlan';

export interface MergeArgs {
  readonly alias: string;
  readonly name: string;
}

/** The suggestions for the journal as the index holds it now. */
export async function currentMergeSuggestions(source: ReflectSource, peopleFile: PeopleLoader, folder: vscode.Uri): Promise<MergeSuggestion[]> {
  const people = await peopleFile.load(folder);
  return mergeSuggestions(collectPeople(recordsOf(source.entriesWithFacts()), people.directory));
}

/** The picker row of a suggestion: "priya → Priya Raman". */
export function mergeLabel(merge: Pick<MergeSuggestion, 'alias' | 'name'>): string {
  return vscode.l10n.t('"{0}" and "{1}": one person?', merge.alias, merge.name);
}

export function mergeDetail(merge: Pick<MergeSuggestion, 'alias' | 'name'>): string {
  return vscode.l10n.t('Merge: adds "{0}: [{1}]" to people.yml, and both names count as {0}.', merge.name, merge.alias);
}

/**
 * Writes `alias` for `name` into people.yml (created when there is none). A people.yml with unsaved
 * changes in an editor is not written behind the user's back. Returns whether the two are one now.
 */
export async function acceptMerge(store: Pick<JournalStore, 'readTextIfExists' | 'writeText'>, folder: vscode.Uri, merge: MergeArgs): Promise<boolean> {
  const uri = vscode.Uri.joinPath(folder, PEOPLE_FILE);
  const unsaved = vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString() && document.isDirty);
  const outcome = mergeWrite(unsaved ? 'unsaved' : addAlias((await store.readTextIfExists(uri)) ?? '', merge.name, merge.alias));
  if (outcome.kind === 'unsaved') {
    void vscode.window.showWarningMessage(vscode.l10n.t('people.yml has unsaved changes: save it first, then merge again. Nothing was changed.'));
    return false;
  }
  if (outcome.kind === 'refused') {
    const why = outcome.reason === 'taken'
      ? vscode.l10n.t('"{0}" already stands for someone else in people.yml.', merge.alias)
      : outcome.reason === 'shape'
        ? vscode.l10n.t('{0} is written in people.yml in a way this command does not edit (add the alias by hand).', merge.name)
        : vscode.l10n.t('people.yml is not a list of people it can add to (add the alias by hand).');
    const open = vscode.l10n.t('Open people.yml');
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} Nothing was changed.', why), open).then(async (choice) => {
      if (choice === open) {
        await vscode.window.showTextDocument(uri);
      }
    });
    return false;
  }
  if (outcome.kind === 'write') {
    await store.writeText(uri, outcome.text);
  }
  void vscode.window.showInformationMessage(vscode.l10n.t('"{0}" and "{1}" are one person now: people.yml says so, and you can undo it there.', merge.alias, merge.name));
  return true;
}

interface MergePick extends vscode.QuickPickItem {
  readonly merge: MergeSuggestion;
}

/** Returns whether a merge was written. */
export async function mergePeople(source: ReflectSource, { mount, people, settings, store }: Pick<PeopleServices, 'mount' | 'people' | 'settings' | 'store'>, args?: MergeArgs): Promise<boolean> {
  const folder = await resolveJournalFolder(settings.current, mount);
  if (!folder) {
    return false;
  }
  if (args && mergeStart(args) === 'merge-given') {
    return acceptMerge(store, folder, args);
  }
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading your journal…') }, () => source.ensureBuilt());
  const suggestions = await currentMergeSuggestions(source, people, folder);
  if (mergeOffer(suggestions) === 'nothing') {
    void vscode.window.showInformationMessage(vscode.l10n.t('No two names in the journal look like one person. people.yml can still say so: "Full Name: [alias]".'));
    return false;
  }
  const chosen = await vscode.window.showQuickPick(suggestions.map((merge): MergePick => ({ label: mergeLabel(merge), detail: mergeDetail(merge), merge })), {
    title: vscode.l10n.t('Merge People'),
    placeHolder: vscode.l10n.t('Which two names are one person?'),
  });
  return chosen ? acceptMerge(store, folder, chosen.merge) : false;
}

export function mergePeopleCommands({ index, mount, people, settings, store }: Pick<PeopleServices, 'index' | 'mount' | 'people' | 'settings' | 'store'>): CommandHandlers<'people/mergePeopleCommand'> {
  return { mergePeople: (args?: MergeArgs) => mergePeople(index, { mount, people, settings, store }, args) };
}
