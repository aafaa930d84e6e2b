// The sidebar "Trends" view and the `Show Trends` editor panel: two hosts for one TrendsController.
import * as vscode from 'vscode';
import { Commands } from '../commandIds';
import type { CalendarAudits } from '../calendar/calendarAudits';
import type { JournalIndex } from '../index/journalIndex';
import { TrendsCalendar } from './trendsCalendar';
import { TrendsController } from './trendsController';

/** What the trends read, handed in by the composition root (features.ts). */
export interface TrendsServices {
  readonly index: JournalIndex;
  readonly version: string;
  readonly calendar: CalendarAudits;
}

/**
 * Registers `Show Trends` (the editor panel) and returns what fills the sidebar view: activation
 * registers that view's provider (src/extension/extension.ts) and hands each view to this.
 */
export function registerTrendsViews(context: vscode.ExtensionContext, { index, version, calendar }: TrendsServices): (view: vscode.WebviewView) => void {
  const controller = new TrendsController(index, context.extensionUri, version, new TrendsCalendar(calendar));
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.showTrends, () => {
      const title = vscode.l10n.t('Leadership Journal Trends');
      const panel = vscode.window.createWebviewPanel('leadershipJournal.trendsPanel', title, vscode.ViewColumn.Active, {
        enableScripts: true,
      });
      panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'journal.svg');
      controller.attach(panel.webview, panel, title, 'editor');
      return panel;
    }),
  );
  return (view) => controller.attach(view.webview, view, vscode.l10n.t('Leadership Journal Trends'), 'sidebar');
}
