// The sidebar "Trends" view and the `Show Trends` editor panel: two hosts for one TrendsController.
import * as vscode from 'vscode';
import { Commands } from '../commandIds';
import type { TrendsController } from './trendsController';

/**
 * Registers `Show Trends` (the editor panel) and returns what fills the sidebar view: activation
 * registers that view's provider (src/extension/extension.ts) and hands each view to this.
 */
export function registerTrendsViews(context: vscode.ExtensionContext, controller: TrendsController): (view: vscode.WebviewView) => void {
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
