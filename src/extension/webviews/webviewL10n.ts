// The language a webview is given, once per webview document (src/webview/l10nProtocol.ts): VS
// Code's display language and this extension's l10n bundle for it, as VS Code loaded it for the
// host (`vscode.l10n.bundle`, undefined in English). The webview configures `@vscode/l10n` with it
// and translates its own strings, so no state message carries text to translate.
import * as vscode from 'vscode';
import type { L10nMessage } from '../../webview/l10nProtocol';

export function webviewL10nMessage(): L10nMessage {
  return { type: 'l10n', locale: vscode.env.language, bundle: vscode.l10n.bundle ?? null };
}
