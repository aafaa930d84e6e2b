// The trends webview's script (browser, bundled as an IIFE). It posts `ready`, then renders what the
// host sends. All text from the host is set with textContent, never parsed as HTML.
import { isHostMessage, type HostMessage, type WebviewMessage } from '../protocol';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) {
    node.textContent = text;
  }
  if (className !== undefined) {
    node.className = className;
  }
  return node;
}

function render(message: HostMessage): void {
  const root = document.getElementById('root');
  if (!root) {
    return;
  }
  const heading = element('h2', 'Your leadership trends');
  const intro = element('p', 'As you write entries, this view will show how your days balance leading (why) and managing (how).');
  const button = element('button', 'New entry');
  button.type = 'button';
  button.addEventListener('click', () => vscode.postMessage({ type: 'newEntry' }));
  const footer = element('p', `Journal folder: ${message.journalFolder} · v${message.version}`, 'muted');
  footer.id = 'journal-folder';
  root.replaceChildren(heading, intro, button, footer);
  vscode.setState(message);
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isHostMessage(event.data)) {
    render(event.data);
  }
});

const saved = vscode.getState();
if (isHostMessage(saved)) {
  render(saved);
}
vscode.postMessage({ type: 'ready' });
