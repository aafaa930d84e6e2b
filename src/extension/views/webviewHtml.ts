// The HTML shell of a webview: a strict Content-Security-Policy that allows only our own stylesheet
// and one script carrying a fresh nonce. Nothing is loaded from the network.
import * as vscode from 'vscode';

export interface WebviewShell {
  readonly title: string;
  /** Built script and stylesheet, relative to the extension root. */
  readonly scriptPath: readonly string[];
  readonly stylePath: readonly string[];
}

/** A cryptographically random nonce, fresh for each render (Web Crypto: the Node and the web host both have it). */
export function makeNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function renderWebviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, shell: WebviewShell): string {
  const nonce = makeNonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...shell.scriptPath));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...shell.stylePath));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>${escapeHtml(shell.title)}</title>
</head>
<body>
<main id="root" aria-live="polite"><p class="muted">${escapeHtml(vscode.l10n.t('Loading…'))}</p></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
