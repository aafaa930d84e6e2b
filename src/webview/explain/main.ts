// The Explain Tags webview's entry (bundled by esbuild as a browser IIFE). Contract with the host
// (src/webview/explainProtocol.ts): post `ready`; take the `l10n` message (../l10nProtocol.ts, once
// per document) as the panel's language; draw each validated `explain` state not already on screen; post
// `openEntry` and `openLine {line}` for the user's clicks. Everything from the host is set as text
// (../trends/dom.ts), never parsed as HTML. The entry's URI and the language are kept with
// `setState`, so VS Code can hand the entry back to the host when it restores the panel after a
// reload; the last state is kept too when the host says it may be (a plain journal: savedState.ts),
// so a panel shown again draws at once.
// `document.body.dataset.label` names the label drawn (`why`, `how`, `balanced`, `unclear`), or
// `missing` / `failure`; the tests wait on it.
import { errorMessage } from '../../core/text/errorMessage';
import { isExplainStateMessage, type ExplainStateMessage, type ExplainWebviewMessage } from '../explainProtocol';
import { focusSelector, restoreFocus } from '../trends/focus';
import { el } from '../trends/dom';
import { isL10nMessage, type L10nMessage } from '../l10nProtocol';
import { useL10n } from '../language';
import { t } from './i18n';
import { OnScreen } from './onScreen';
import { renderExplain } from './render';
import { persistedExplain, readSavedExplain, type SavedExplain } from './savedState';

interface VsCodeApi {
  postMessage(message: ExplainWebviewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') ?? document.body;
// The shell marks the whole root as a live region; a redraw after each save would be read out in one
// piece. What changes on its own (the unsaved-changes note) carries its own role.
root.removeAttribute('aria-live');
const post = (message: ExplainWebviewMessage): void => vscode.postMessage(message);

const onScreen = new OnScreen();

/** Draws `state`, unless the same state in the same language is already on screen (onScreen.ts says why). */
function draw(state: ExplainStateMessage): void {
  if (!onScreen.differs(document.documentElement.lang, state)) {
    return;
  }
  const selector = focusSelector(root);
  try {
    renderExplain(root, state, {
      openEntry: () => post({ type: 'openEntry' }),
      openLine: (line) => post({ type: 'openLine', line }),
    });
    document.body.dataset.label = state.status === 'missing' || state.explanation === null ? 'missing' : state.explanation.label;
  } catch (error) {
    console.error(error);
    root.replaceChildren(el('p', { class: 'banner error', attrs: { role: 'alert' }, text: t('failure', errorMessage(error)) }));
    document.body.dataset.label = 'failure';
    onScreen.forget();
  }
  restoreFocus(root, selector);
}

/** Translates from now on with `message`'s bundle. */
function useLanguage(message: L10nMessage): void {
  useL10n(message);
  document.documentElement.lang = message.locale;
}

let saved: SavedExplain = readSavedExplain(vscode.getState());

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isL10nMessage(event.data)) {
    useLanguage(event.data);
    saved = { ...saved, l10n: event.data };
    vscode.setState(persistedExplain(saved));
    if (saved.last) {
      draw(saved.last);
    }
    return;
  }
  if (!isExplainStateMessage(event.data)) {
    return; // Not ours, or not valid: ignored.
  }
  saved = { ...saved, entry: event.data.entry, last: event.data };
  vscode.setState(persistedExplain(saved));
  draw(event.data);
});

if (saved.l10n) {
  useLanguage(saved.l10n);
}
if (saved.last) {
  draw(saved.last);
}
post({ type: 'ready' });
