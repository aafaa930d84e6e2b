// What the webview keeps with `setState` between its lives (VS Code drops a hidden webview's
// document, and writes what was set, in plain, to its own storage): the user's view choices and the
// language the host posted (the l10n message, once per document), and — only when the host's state
// says its content may be kept (`keepContent`: a plain journal) — that last state, so the view
// redraws at once, translated, when shown again. An encrypted journal's names, titles and numbers
// are never passed to `setState` ({@link persistedState}). The host keeps the choice only for one
// webview's life (a new webview starts at its default), so a restored webview posts its saved
// choice again. Read back through `readSavedState`, which keeps only the parts that still validate.
import { DEFAULT_PERIODS } from '../../core/trends/summary';
import type { Granularity } from '../../core/trends/periods';
import { isL10nMessage, type L10nMessage } from '../l10nProtocol';
import { GRANULARITIES, isHostMessage, isViewChoice, type StateMessage, type ViewChoice } from '../protocol';

export interface SavedState {
  /** The last state the host sent. */
  readonly last?: StateMessage;
  /** The language the host posted (l10nProtocol.ts). */
  readonly l10n?: L10nMessage;
  /** The view the user last chose; posted as `setView` when the webview starts again. */
  readonly view?: ViewChoice;
  /** The periods last chosen for each granularity, so switching back restores the range. */
  readonly periods: Readonly<Partial<Record<Granularity, number>>>;
  /** The selected bucket's key. */
  readonly selectedKey?: string;
}

export function readSavedState(value: unknown): SavedState {
  if (typeof value !== 'object' || value === null) {
    return { periods: {} };
  }
  const raw = value as Record<string, unknown>;
  const periods: Partial<Record<Granularity, number>> = {};
  if (typeof raw.periods === 'object' && raw.periods !== null) {
    const saved = raw.periods as Record<string, unknown>;
    for (const granularity of GRANULARITIES) {
      const candidate = { granularity, periods: saved[granularity] };
      if (isViewChoice(candidate)) {
        periods[granularity] = candidate.periods;
      }
    }
  }
  return {
    ...(isHostMessage(raw.last) ? { last: raw.last } : {}),
    ...(isL10nMessage(raw.l10n) ? { l10n: raw.l10n } : {}),
    ...(isViewChoice(raw.view) ? { view: raw.view } : {}),
    ...(typeof raw.selectedKey === 'string' ? { selectedKey: raw.selectedKey } : {}),
    periods,
  };
}

/**
 * What is passed to `setState`: `saved` when the host said its last state may be kept; otherwise
 * only the choices, each listed here (a part added to SavedState later is not kept until it is
 * listed). The selected bucket's key is a date range (`2026-W47`), a view choice like the others.
 */
export function persistedState(saved: SavedState): SavedState {
  if (saved.last?.keepContent === true) {
    return saved;
  }
  return {
    ...(saved.l10n ? { l10n: saved.l10n } : {}),
    ...(saved.view ? { view: saved.view } : {}),
    periods: saved.periods,
    ...(saved.selectedKey !== undefined ? { selectedKey: saved.selectedKey } : {}),
  };
}

/** The periods a granularity gets when the user switches to it. */
export function periodsFor(saved: SavedState, granularity: Granularity): number {
  return saved.periods[granularity] ?? DEFAULT_PERIODS[granularity];
}
