// `Customize Template…`: copies a kind's built-in body to `<journal>/.templates/<kind>.md` and opens
// it. An existing template is opened as it is, never replaced.
import * as vscode from 'vscode';
import { ENTRY_KINDS, type EntryKind } from '../../core/entries/kinds';
import { TEMPLATE_VARIABLES } from '../../core/entries/templateText';
import { readSettings } from '../config';
import { templateUri } from '../entries/templates';
import { resolveJournalFolder } from '../journal/journalLocation';
import { createIfAbsent } from '../journal/journalStore';
import { Commands } from './commandIds';

export function registerCustomizeTemplateCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(Commands.customizeTemplate, customizeTemplate));
}

async function customizeTemplate(kindId?: string): Promise<vscode.Uri | undefined> {
  const folder = await resolveJournalFolder(readSettings());
  if (!folder) {
    return undefined;
  }
  let kind: EntryKind | undefined = ENTRY_KINDS.find((k) => k.id === kindId);
  if (!kind) {
    kind = (await vscode.window.showQuickPick(
      ENTRY_KINDS.map((k) => ({ label: k.label, detail: k.description, entryKind: k })),
      { title: 'Customize Template', placeHolder: 'Which kind of entry?' },
    ))?.entryKind;
  }
  if (!kind) {
    return undefined;
  }
  const uri = templateUri(folder, kind);
  let result;
  try {
    result = await createIfAbsent(uri, kind.body);
  } catch (error) {
    void vscode.window.showErrorMessage(`Could not create the template: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  await vscode.window.showTextDocument(uri, { preview: false });
  if (result === 'created') {
    void vscode.window.showInformationMessage(
      `New "${kind.label}" entries now start from this template. Variables: ${TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(' ')}.`,
    );
  }
  return uri;
}
