// The sidebar "Trends" view. For now it greets the user and offers the first entry; later it shows
// the why/how trends. It speaks only the typed protocol in `src/webview/protocol.ts`.
import * as vscode from 'vscode';
import { isWebviewMessage, type HostMessage } from '../../webview/protocol';
import { Commands, ViewIds } from '../commands/commandIds';
import { readSettings } from '../config';
import { renderWebviewHtml } from './webviewHtml';

export function registerTrendsView(context: vscode.ExtensionContext): void {
  const provider = new TrendsViewProvider(context.extensionUri, String(context.extension.packageJSON.version));
  context.subscriptions.push(vscode.window.registerWebviewViewProvider(ViewIds.trends, provider));
}

class TrendsViewProvider implements vscode.WebviewViewProvider {
  constructor(private readonly extensionUri: vscode.Uri, private readonly version: string) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    const webview = view.webview;
    webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    const subscription = webview.onDidReceiveMessage((message: unknown) => {
      if (!isWebviewMessage(message)) {
        return; // Untrusted input: ignore anything outside the protocol.
      }
      switch (message.type) {
        case 'ready':
          void webview.postMessage(this.initMessage());
          break;
        case 'newEntry':
          void vscode.commands.executeCommand(Commands.newEntry);
          break;
      }
    });
    view.onDidDispose(() => subscription.dispose());
    webview.html = renderWebviewHtml(webview, this.extensionUri, {
      title: 'Leadership Journal Trends',
      scriptPath: ['dist', 'webview', 'trends.js'],
      stylePath: ['media', 'trends.css'],
    });
  }

  private initMessage(): HostMessage {
    return { type: 'init', version: this.version, journalFolder: readSettings().journalFolder };
  }
}
