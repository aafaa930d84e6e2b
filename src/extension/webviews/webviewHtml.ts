// The HTML shell of a webview: a strict Content-Security-Policy that allows only our own stylesheets
// and one script carrying a fresh nonce. Nothing is loaded from the network. The script webviews
// (trends, Explain Tags) link media/webview.css, what they share, before their own stylesheet.
// Why webviews/: this is the plumbing more than one room's webviews share — this page, the language
// posted to a script webview (webviewL10n.ts), and the Markdown preview panel that reviews (reflect/)
// and person pages (people/) both open (previewPanels.ts) — so it sits in one room on a floor below
// all of them (trends/, tagging/'s Explain Tags, people/, reflect/), each importing it from below. A
// webview that one feature alone shows stays in that feature's room (trends/trendsController.ts,
// tagging/explainPanels.ts), with its own messages (src/webview/).
import * as vscode from 'vscode';
import { escapeHtml } from '../../core/text/escapeHtml';

export interface WebviewShell {
  readonly title: string;
  /** Built script and the view's own stylesheet, relative to the extension root. */
  readonly scriptPath: readonly string[];
  readonly stylePath: readonly string[];
  /** Where the webview is shown, so its stylesheet can paint the background of that place. */
  readonly surface?: WebviewSurface;
}

/** A webview view in the sidebar, or a panel in an editor tab. */
export type WebviewSurface = 'sidebar' | 'editor';

/** A cryptographically random nonce, fresh for each render (Web Crypto: the Node and the web host both have it). */
export function makeNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
}

/** The stylesheet every script webview shares, linked before the view's own, relative to the extension root. */
const SHARED_STYLE_PATH = ['media', 'webview.css'];

/** A page in a webview: its CSP directives after `default-src 'none'`, its stylesheets (linked in order), and the body's HTML (already safe). */
export interface WebviewPage {
  readonly title: string;
  readonly csp: readonly string[];
  readonly styleUris: readonly vscode.Uri[];
  readonly body: string;
  readonly surface?: WebviewSurface;
}

/** The HTML document around `page`: language, CSP, viewport, stylesheets, title — every value escaped. */
export function webviewPageHtml(page: WebviewPage): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}"${page.surface ? ` data-surface="${page.surface}"` : ''}>
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(["default-src 'none'", ...page.csp].join('; '))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${page.styleUris.map((uri) => `<link rel="stylesheet" href="${escapeHtml(uri.toString())}">\n`).join('')}<title>${escapeHtml(page.title)}</title>
</head>
<body>
${page.body}
</body>
</html>`;
}

export function renderWebviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, shell: WebviewShell): string {
  const nonce = makeNonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...shell.scriptPath));
  return webviewPageHtml({
    title: shell.title,
    csp: [
      `style-src ${webview.cspSource}`,
      `img-src ${webview.cspSource} data:`,
      `font-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
    ],
    styleUris: [SHARED_STYLE_PATH, shell.stylePath].map((path) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path))),
    ...(shell.surface ? { surface: shell.surface } : {}),
    body: `<main id="root" aria-live="polite"><p class="muted">${escapeHtml(vscode.l10n.t('Loading…'))}</p></main>
<script nonce="${nonce}" src="${escapeHtml(script.toString())}"></script>`,
  });
}
