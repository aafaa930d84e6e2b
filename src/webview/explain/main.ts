// The Explain Tags webview's entry (bundled by esbuild as a browser IIFE). Contract with the host
// (src/webview/explainProtocol.ts): post `ready`; draw every validated `explain` state; post
// `openEntry` and `openLine {line}` for the user's clicks. Everything from the host is set as text
// (../trends/dom.ts), never parsed as HTML. The last state is kept with `setState`, so a panel shown
// again, or restored after a reload, draws at once and VS Code can hand its entry back to the host.
// `document.body.dataset.label` names the label drawn (`why`, `how`, `balanced`, `unclear`), or
// `missing` / `failure`; the tests wait on it.
import { errorMessage } from '../../core/text/errorMessage';
import { isExplainStateMessage, type ExplainStateMessage, type ExplainWebviewMessage } from '../explainProtocol';
import { focusSelector, restoreFocus } from '../trends/focus';
import { el } from '../trends/dom';
import { t, useLanguage } from './i18n';
import { renderExplain } from './render';

interface VsCodeApi {
  postMessage(message: ExplainWebviewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** What the panel keeps between its lives: the last state (whose `entry` the host restores from). */
interface SavedState {
  readonly last: ExplainStateMessage;
}

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') ?? document.body;
// The shell marks the whole root as a live region; a redraw after each save would be read out in one
// piece. What changes on its own (the unsaved-changes note) carries its own role.
root.removeAttribute('aria-live');
const post = (message: ExplainWebviewMessage): void => vscode.postMessage(message);

function draw(state: ExplainStateMessage): void {
  const selector = focusSelector(root);
  try {
    useLanguage(state.locale, state.strings);
    renderExplain(root, state, {
      openEntry: () => post({ type: 'openEntry' }),
      openLine: (line) => post({ type: 'openLine', line }),
    });
    document.body.dataset.label = state.status === 'missing' || state.explanation === null ? 'missing' : state.explanation.label;
  } catch (error) {
    console.error(error);
    root.replaceChildren(el('p', { class: 'banner error', attrs: { role: 'alert' }, text: t('failure', errorMessage(error)) }));
    document.body.dataset.label = 'failure';
  }
  restoreFocus(root, selector);
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isExplainStateMessage(event.data)) {
    return; // Not ours, or not valid: ignored.
  }
  const saved: SavedState = { last: event.data };
  vscode.setState(saved);
  draw(event.data);
});

const saved = vscode.getState() as Partial<SavedState> | undefined;
if (isExplainStateMessage(saved?.last)) {
  draw(saved.last);
}
post({ type: 'ready' });
