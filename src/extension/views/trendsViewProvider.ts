// The sidebar "Trends" view and the `Show Trends` editor panel: two hosts for one TrendsController.
import * as vscode from 'vscode';
import { Commands, ViewIds } from '../commands/commandIds';
import type { TrendsController } from './trendsController';

export function registerTrendsViews(context: vscode.ExtensionContext, controller: TrendsController): void {
  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider(ViewIds.trends, {
      resolveWebviewView(view) {
        controller.attach(view.webview, view, vscode.l10n.t('Leadership Journal Trends'));
      },
    }),
    vscode.commands.registerCommand(Commands.showTrends, () => {
      const title = vscode.l10n.t('Leadership Journal Trends');
      const panel = vscode.window.createWebviewPanel('leadershipJournal.trendsPanel', title, vscode.ViewColumn.Active, {
        enableScripts: true,
      });
      panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'journal.svg');
      controller.attach(panel.webview, panel, title);
      return panel;
    }),
  );
}
