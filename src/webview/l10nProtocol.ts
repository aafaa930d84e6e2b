// The one message that gives a webview its language: VS Code's display language (for `Intl`) and the
// extension's l10n bundle for it (`vscode.l10n.bundle`; null in English, which needs none). The host
// posts it once per webview document, before the first state, in answer to `ready`; the webview hands
// the bundle to `@vscode/l10n` (src/webview/language.ts) and translates its own text from then on,
// so no state message carries a string table. Imported by both sides: free of `vscode`, Node and DOM.

/** Host → webview, once per webview document. */
export interface L10nMessage {
  readonly type: 'l10n';
  /** VS Code's display language (BCP 47), for dates and numbers formatted with `Intl`. */
  readonly locale: string;
  /** Message → translation, as `vscode.l10n.bundle` gives it; null when there is no bundle (English). */
  readonly bundle: Readonly<Record<string, string>> | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A BCP 47 tag as VS Code gives it (`en`, `de`, `zh-cn`, `pt-br`): what `Intl` may be handed. */
export function isLocaleTag(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(value);
}

/** Bundles are the extension's own files, but the message crosses a process boundary: bounded strings only. */
function isBundle(value: unknown): value is Readonly<Record<string, string>> {
  return isRecord(value) && Object.values(value).every((text) => typeof text === 'string' && text.length < 4000);
}

export function isL10nMessage(value: unknown): value is L10nMessage {
  return isRecord(value) && value.type === 'l10n' && isLocaleTag(value.locale) && (value.bundle === null || isBundle(value.bundle));
}
