// What the Explain Tags panel keeps with `setState` between its lives. VS Code writes it, in plain,
// to its own storage (state.vscdb, or the browser's IndexedDB), and hands it to the host's panel
// serializer to restore the panel after a reload. Kept: the entry's URI (the host restores the panel
// from it alone and reads the entry again) and the language the host posted; and, only when the
// host's state says its content may be kept (`keepContent`: an entry of a plain journal, on disk in
// plain anyway), that last state, so a panel shown again draws at once. An encrypted entry's
// sentences are never passed to `setState`. Free of DOM and `vscode` imports: the host reads it too.
import { isExplainStateMessage, type ExplainStateMessage } from '../explainProtocol';
import { isL10nMessage, type L10nMessage } from '../l10nProtocol';

export interface SavedExplain {
  /** The entry's URI, as the host's states give it. */
  readonly entry?: string;
  /** The last state the host sent, kept only when it said so. */
  readonly last?: ExplainStateMessage;
  readonly l10n?: L10nMessage;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/**
 * The entry a saved state names (untrusted: the host checks it is a journal entry), or undefined.
 * A state saved before the URI was kept on its own names it in its last state.
 */
export function savedEntry(value: unknown): string | undefined {
  const entry = field(value, 'entry') ?? field(field(value, 'last'), 'entry');
  return typeof entry === 'string' ? entry : undefined;
}

/** What `getState` gave back, keeping only the parts that still validate. */
export function readSavedExplain(value: unknown): SavedExplain {
  const entry = savedEntry(value);
  const last = field(value, 'last');
  const l10n = field(value, 'l10n');
  return {
    ...(entry !== undefined ? { entry } : {}),
    ...(isExplainStateMessage(last) ? { last } : {}),
    ...(isL10nMessage(l10n) ? { l10n } : {}),
  };
}

/** What is passed to `setState`: the last state only when the host said it may be kept. */
export function persistedExplain(saved: SavedExplain): SavedExplain {
  if (saved.last?.keepContent === true) {
    return saved;
  }
  return {
    ...(saved.entry !== undefined ? { entry: saved.entry } : {}),
    ...(saved.l10n ? { l10n: saved.l10n } : {}),
  };
}
