// The sidebar "Trends" view and the `Show Trends` editor panel: two hosts for one TrendsController.
import * as vscode from 'vscode';
import { Commands, ViewIds } from '../commands/commandIds';
import type { TrendsController } from './trendsController';

export function registerTrendsViews(context: vscode.ExtensionContext, controller: TrendsController): void {
  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider(ViewIds.trends, {
      resolveWebviewView(view) {
        controller.attach(view.webview, view, 'Leadership Journal Trends');
      },
    }),
    vscode.commands.registerCommand(Commands.showTrends, () => {
      const panel = vscode.window.createWebviewPanel('leadershipJournal.trendsPanel', 'Leadership Journal Trends', vscode.ViewColumn.Active, {
        enableScripts: true,
      });
      panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'journal.svg');
      controller.attach(panel.webview, panel, 'Leadership Journal Trends');
      return panel;
    }),
  );
}
