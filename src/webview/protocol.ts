// Every message between the extension host and the trends webview. Imported by both sides, so it
// must stay free of `vscode`, Node and DOM imports. Whatever arrives is validated with the guards
// below before it is used: a webview is another process and its messages are untrusted input.

/** Webview → host. */
export type WebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'newEntry' };

/** Host → webview. */
export type HostMessage = {
  readonly type: 'init';
  /** The extension's version, shown in the view's footer. */
  readonly version: string;
  /** The journal folder as the user configured it, for display. */
  readonly journalFolder: string;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isWebviewMessage(value: unknown): value is WebviewMessage {
  return isRecord(value) && (value.type === 'ready' || value.type === 'newEntry');
}

export function isHostMessage(value: unknown): value is HostMessage {
  return isRecord(value) && value.type === 'init'
    && typeof value.version === 'string' && typeof value.journalFolder === 'string';
}
