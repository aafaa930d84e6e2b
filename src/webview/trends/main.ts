// The trends webview's entry (bundled by esbuild as a browser IIFE). Contract with the host
// (src/webview/protocol.ts): post `ready`; take the `l10n` message (../l10nProtocol.ts, once per
// document) as the view's language; render every validated `state` message; post `newEntry`,
// `openEntry {path}` and `setView {view}` for the user's actions. Everything from the host is set as
// text (dom.ts), never parsed as HTML. A failure to draw shows as text, never as a blank view.
//
// After the first complete render of the trends from a host message, `document.body.dataset.renderMs`
// holds the time from the message's arrival to the end of drawing (charts included); the E2E test
// and the bench read it. `document.body.dataset.view` names what is shown (`trends`, `first-run`,
// `indexing`, `error`, `failure`).
import type { Granularity } from '../../core/trends/periods';
import { isL10nMessage, type L10nMessage } from '../l10nProtocol';
import { useL10n } from '../language';
import { isHostMessage, type StateMessage, type ViewChoice, type WebviewMessage } from '../protocol';
import { controlsView } from './controls';
import { focusSelector, restoreFocus } from './focus';
import { renderState, type Mounted } from './render';
import { periodsFor, persistedState, readSavedState, type SavedState } from './savedState';
import { renderFailureView } from './states';
import { observeTheme, readTheme } from './theme';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/**
 * How long a requested view may stay unanswered before a state for another view is drawn anyway
 * (so a host that ignored the request cannot freeze the view).
 */
const AWAIT_LIMIT_MS = 3000;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') ?? document.body;
// The shell marks the whole root as a live region; a full redraw would be read out in one piece.
// The parts that change on their own (bucket details, status views) carry their own live regions.
root.removeAttribute('aria-live');

let saved: SavedState = readSavedState(vscode.getState());
let mounted: Mounted | undefined;
let theme = readTheme();
let measured = false;
let persistTimer: number | undefined;
/** A `setView` posted and not yet answered with a state for that view. */
let awaiting: { readonly view: ViewChoice; readonly since: number } | undefined;

const post = (message: WebviewMessage): void => vscode.postMessage(message);
const newEntry = (): void => post({ type: 'newEntry' });
const openEntry = (path: string): void => post({ type: 'openEntry', path });

function sameView(a: ViewChoice, b: ViewChoice): boolean {
  return a.granularity === b.granularity && a.periods === b.periods;
}

/**
 * setState serialises the whole summary (when it may be kept: savedState.ts): batched, so arrow keys
 * on the chart stay quick.
 */
function persist(): void {
  window.clearTimeout(persistTimer);
  persistTimer = window.setTimeout(() => vscode.setState(persistedState(saved)), 150);
}

function requestView(view: ViewChoice): void {
  awaiting = { view, since: performance.now() };
  post({ type: 'setView', view });
}

function controls(state: StateMessage): HTMLElement {
  return controlsView(awaiting?.view ?? state.view, (granularity: Granularity) => periodsFor(saved, granularity), changeView);
}

function changeView(view: ViewChoice): void {
  saved = { ...saved, view, periods: { ...saved.periods, [view.granularity]: view.periods } };
  requestView(view);
  persist();
  const state = saved.last;
  if (state) {
    // Show the choice at once; the content is marked as updating until the host's answer arrives.
    const selector = focusSelector(root);
    root.querySelector('.controls')?.replaceWith(controls(state));
    root.setAttribute('aria-busy', 'true');
    root.classList.add('updating');
    restoreFocus(root, selector);
  }
}

function viewName(state: StateMessage): string {
  if (state.status !== 'ready' || state.summary === null) {
    return state.status === 'error' ? 'error' : 'indexing';
  }
  return state.entryCount === 0 ? 'first-run' : 'trends';
}

function draw(state: StateMessage, receivedAt?: number): void {
  const selector = focusSelector(root);
  mounted?.destroy();
  mounted = undefined;
  root.removeAttribute('aria-busy');
  root.classList.remove('updating');
  try {
    mounted = renderState(root, state, {
      newEntry,
      openEntry,
      controls: controls(state),
      selectedKey: saved.selectedKey,
      onSelectBucket: (key) => {
        saved = { ...saved, selectedKey: key };
        persist();
      },
      theme,
    });
    document.body.dataset.view = viewName(state);
  } catch (error) {
    console.error(error);
    mounted = undefined;
    root.replaceChildren(renderFailureView(error, newEntry));
    document.body.dataset.view = 'failure';
  }
  restoreFocus(root, selector);
  if (receivedAt !== undefined && mounted?.complete === true && !measured) {
    measured = true;
    document.body.dataset.renderMs = (performance.now() - receivedAt).toFixed(1);
  }
}

/**
 * Whether a state is for a view other than the one just requested, and something is already on
 * screen: then it is skipped, since the answer for the requested view follows.
 */
function isSuperseded(state: StateMessage, now: number): boolean {
  if (!awaiting) {
    return false;
  }
  if (sameView(state.view, awaiting.view) || now - awaiting.since > AWAIT_LIMIT_MS) {
    awaiting = undefined;
    return false;
  }
  return state.status === 'ready' && mounted !== undefined;
}

/** Translates from now on with `message`'s bundle; what is on screen is drawn again in that language. */
function useLanguage(message: L10nMessage): void {
  useL10n(message);
  document.documentElement.lang = message.locale;
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const receivedAt = performance.now();
  if (isL10nMessage(event.data)) {
    useLanguage(event.data);
    saved = { ...saved, l10n: event.data };
    if (saved.last) {
      draw(saved.last);
    }
    persist();
    return;
  }
  if (!isHostMessage(event.data)) {
    return; // Not ours, or not valid: ignored.
  }
  const state = event.data;
  if (isSuperseded(state, receivedAt)) {
    return;
  }
  saved = { ...saved, last: state };
  draw(state, receivedAt);
  persist();
});

observeTheme((next) => {
  theme = next;
  mounted?.setTheme(next);
});

// Redraw the last state at once, in its language, then ask the host for a fresh one, for the view last chosen.
if (saved.l10n) {
  useLanguage(saved.l10n);
}
if (saved.last) {
  draw(saved.last);
}
post({ type: 'ready' });
if (saved.view) {
  requestView(saved.view);
}
