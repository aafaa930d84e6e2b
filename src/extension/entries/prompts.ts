// Putting a prompt where the user is writing: chosen from the packs, or the prompt of the day.
import * as vscode from 'vscode';
import { promptOfTheDayFor, promptPacksFor } from '../../core/prompts/localizedPacks';
import type { Prompt } from '../../core/prompts/packs';
import type { Clock } from '../clock';
import type { Settings } from '../settingsService';
import { journalToday } from '../journal/journalToday';
import type { CommandHandlers } from '../activationTable';
import { promptPlacement } from './promptPlacement';

interface PromptItem extends vscode.QuickPickItem {
  readonly prompt?: Prompt;
}

export function promptCommands({ clock, settings: live }: { readonly clock: Clock; readonly settings: Settings }): CommandHandlers<'entries/prompts'> {
  return {
    insertPrompt: () => insertChosenPrompt(live.current.locale),
    insertPromptOfTheDay: () => {
      const settings = live.current;
      return insertPrompt(promptOfTheDayFor(journalToday(settings, clock.now()), settings.locale));
    },
  };
}

/** Every prompt in the locale's language, grouped under its pack's name, filterable by prompt text or pack. */
export function promptItems(locale: string | undefined): PromptItem[] {
  return promptPacksFor(locale).flatMap((pack) => [
    { label: pack.label, kind: vscode.QuickPickItemKind.Separator },
    ...pack.prompts.map((prompt) => ({ label: prompt.text, description: pack.label, prompt })),
  ]);
}

async function insertChosenPrompt(locale: string): Promise<boolean> {
  if (!vscode.window.activeTextEditor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an entry first: the prompt is inserted at the cursor.'));
    return false;
  }
  const picked = await vscode.window.showQuickPick(promptItems(locale), {
    title: vscode.l10n.t('Insert Prompt'),
    placeHolder: vscode.l10n.t('Type to filter prompts: leading, managing, balance, situational, traps, reflection'),
    matchOnDescription: true,
  });
  return picked?.prompt ? insertPrompt(picked.prompt) : false;
}

/**
 * Inserts `## <prompt>` and an empty answer line at the cursor, on a line of its own, and leaves the
 * cursor on the answer line. Only the inserted text changes; undo removes it in one step.
 */
async function insertPrompt(prompt: Prompt): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an entry first: the prompt is inserted at the cursor.'));
    return false;
  }
  const line = editor.document.lineAt(editor.selection.active.line);
  const previousHasText = line.lineNumber > 0 && !editor.document.lineAt(line.lineNumber - 1).isEmptyOrWhitespace;
  const placement = promptPlacement(line.isEmptyOrWhitespace, previousHasText);
  const snippet = new vscode.SnippetString(placement.before).appendText(`## ${prompt.text}\n\n`).appendTabstop(0).appendText('\n');
  return editor.insertSnippet(snippet, placement.at === 'line-start' ? line.range.start : line.range.end);
}
