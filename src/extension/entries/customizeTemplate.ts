// `Customize Template…`: copies a kind's built-in body to `<journal>/.templates/<kind>.md` and opens
// it. An existing template is opened as it is, never replaced; a write the disk refuses leaves no
// template cut short and is said plainly (templateFailure.ts).
import * as vscode from 'vscode';
import { entryKindsFor } from '../../core/entries/localizedKinds';
import type { JournalSettings } from '../config';
import type { Settings } from '../settingsService';
import { templateUri } from './templates';
import { resolveJournalFolder } from '../journal/journalLocation';
import type { JournalMount } from '../journal/journalMounts';
import { createIfAbsent } from '../journal/journalStore';
import type { CommandHandlers } from '../activationTable';
import { templateFailure } from './templateFailure';
import { templateFile, templateKind, templateNews } from './templatePlan';
import { pickChoice } from '../pickChoice';

export function customizeTemplateCommands({ mount, settings }: { readonly mount: JournalMount; readonly settings: Settings }): CommandHandlers<'entries/customizeTemplate'> {
  return { customizeTemplate: (kindId?: string) => customizeTemplate(settings.current, mount, kindId) };
}

async function customizeTemplate(settings: JournalSettings, mount: JournalMount, kindId?: string): Promise<vscode.Uri | undefined> {
  const folder = await resolveJournalFolder(settings, mount);
  if (!folder) {
    return undefined;
  }
  // The template starts as the built-in body in the entries' language.
  const kinds = entryKindsFor(settings.locale);
  const given = templateKind(kinds, kindId);
  const kind = given !== 'ask' ? given : await pickChoice(
    kinds.map((k) => ({ label: k.label, detail: k.description, value: k })),
    { title: vscode.l10n.t('Customize Template'), placeHolder: vscode.l10n.t('Which kind of entry?') },
  );
  if (!kind) {
    return undefined;
  }
  const uri = templateUri(folder, kind);
  let result;
  try {
    result = await createIfAbsent(uri, templateFile(kind).body, mount);
  } catch (error) {
    void vscode.window.showErrorMessage(templateFailure(vscode.l10n, error));
    return undefined;
  }
  await vscode.window.showTextDocument(uri, { preview: false });
  const variables = templateNews(result);
  if (variables !== undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('New "{0}" entries now start from this template. Variables: {1}.', kind.label, variables));
  }
  return uri;
}
