// The Explain Tags panels: one webview panel per entry, beside it, drawn by dist/webview/explain.js in
// the shared page shell (../webviewHtml.ts: `default-src 'none'`, our stylesheet, one script with
// a fresh nonce). The panel follows its entry: it is sent a new state after the entry's text changes
// (typing, a retag that edits the open document), after each save, when the file changes on disk (a
// retag of a closed file) and when the tagging settings change. The webview asks for the entry's
// lines by number only; the host opens its own entry, never a path the webview names.
import * as vscode from 'vscode';
import type { TagExplanation } from '../../core/tagger/explanation';
import { errorMessage } from '../../core/text/errorMessage';
import { isExplainWebviewMessage } from '../../webview/explainProtocol';
import { savedEntry as savedEntryText } from '../../webview/explain/savedState';
import type { ProviderHandlers } from '../activationTable';
import { EXPLAIN_VIEW_TYPE } from '../commandIds';
import { SECTION } from '../config';
import type { Log } from '../output';
import { renderWebviewHtml } from '../webviews/webviewHtml';
import { webviewL10nMessage } from '../webviews/webviewL10n';
import { explainState, explainTitle, showEntryLine } from './explainState';
import { journalRelativePath } from '../journal/journalDocuments';
import type { MountedRoots } from '../journal/journalMounts';
import type { TaggerService } from './taggerService';
import type { MarkStep } from '../walkthroughProgress';

/** Wait this long after the last keystroke before explaining again; a save or a change on disk is sent sooner. */
const TYPING_DELAY_MS = 300;
const CHANGE_DELAY_MS = 50;

interface OpenPanel {
  readonly panel: vscode.WebviewPanel;
  /** Sends the entry's state now if the webview is ready, else when it says so. */
  readonly send: () => Promise<TagExplanation | undefined>;
}

export class ExplainPanels implements vscode.Disposable {
  private readonly panels = new Map<string, OpenPanel>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly tagger: TaggerService,
    private readonly mount: MountedRoots,
    private readonly log: Log,
    /** Ticks off the walkthrough's step (walkthroughProgress.ts). */
    private readonly markStep: MarkStep,
  ) {}

  /** Opens (or reveals) the entry's panel beside it; resolves to the explanation sent, if the entry could be read. */
  async show(entry: vscode.Uri): Promise<TagExplanation | undefined> {
    this.markStep('seeTags');
    const open = this.panels.get(entry.toString());
    if (open) {
      open.panel.reveal(undefined, true);
      return open.send();
    }
    const panel = vscode.window.createWebviewPanel(EXPLAIN_VIEW_TYPE, explainTitle(entry), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
    return this.attach(panel, entry).send();
  }

  /**
   * A panel VS Code restored after a reload, with the state its webview last saved (untrusted): it is
   * attached again if that names a journal entry, else closed. Only the entry's URI is read from it:
   * the entry is read again (for an encrypted journal, the URI is all the webview kept).
   */
  restore(panel: vscode.WebviewPanel, saved: unknown): void {
    const entry = savedEntry(saved, this.mount);
    if (!entry || this.panels.has(entry.toString())) {
      panel.dispose();
      return;
    }
    void this.attach(panel, entry).send();
  }

  private attach(panel: vscode.WebviewPanel, entry: vscode.Uri): OpenPanel {
    const key = entry.toString();
    let ready = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const send = async (): Promise<TagExplanation | undefined> => {
      const state = await explainState(entry, this.tagger);
      if (ready) {
        void panel.webview.postMessage(state);
      }
      return state.explanation ?? undefined;
    };
    const schedule = (delay: number): void => {
      clearTimeout(timer);
      timer = setTimeout(() => void send(), delay);
    };
    const isEntry = (uri: vscode.Uri): boolean => uri.toString() === key;
    const folder = vscode.Uri.joinPath(entry, '..');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, entry.path.slice(entry.path.lastIndexOf('/') + 1)));
    panel.title = explainTitle(entry);
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'journal.svg');
    panel.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    const subscriptions: vscode.Disposable[] = [
      watcher,
      watcher.onDidChange(() => schedule(CHANGE_DELAY_MS)),
      watcher.onDidCreate(() => schedule(CHANGE_DELAY_MS)),
      watcher.onDidDelete(() => schedule(CHANGE_DELAY_MS)),
      vscode.workspace.onDidChangeTextDocument((event) => isEntry(event.document.uri) && event.contentChanges.length > 0 && schedule(TYPING_DELAY_MS)),
      vscode.workspace.onDidSaveTextDocument((document) => isEntry(document.uri) && schedule(0)),
      vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration(`${SECTION}.tagging`) && schedule(0)),
      panel.webview.onDidReceiveMessage((message: unknown) => {
        if (!isExplainWebviewMessage(message)) {
          this.log.warn(vscode.l10n.t('Ignored a message from the Explain Tags panel that is not in the protocol.'));
          return;
        }
        if (message.type === 'ready') {
          // A new webview document: its language first, once, then states.
          ready = true;
          void panel.webview.postMessage(webviewL10nMessage());
          void send();
          return;
        }
        showEntryLine(entry, message.type === 'openLine' ? message.line : undefined).then(undefined, (error: unknown) => {
          void vscode.window.showErrorMessage(vscode.l10n.t('Could not open {0}: {1}', entry.path, errorMessage(error)));
        });
      }),
    ];
    panel.onDidDispose(() => {
      clearTimeout(timer);
      subscriptions.forEach((subscription) => subscription.dispose());
      this.panels.delete(key);
    });
    panel.webview.html = renderWebviewHtml(panel.webview, this.extensionUri, {
      title: explainTitle(entry),
      scriptPath: ['dist', 'webview', 'explain.js'],
      stylePath: ['media', 'explain.css'],
    });
    const open: OpenPanel = { panel, send };
    this.panels.set(key, open);
    return open;
  }

  dispose(): void {
    for (const { panel } of [...this.panels.values()]) {
      panel.dispose();
    }
  }
}

/** The journal entry a restored panel's saved state names, or undefined. */
function savedEntry(saved: unknown, mount: MountedRoots): vscode.Uri | undefined {
  const entry = savedEntryText(saved);
  if (entry === undefined) {
    return undefined;
  }
  try {
    const uri = vscode.Uri.parse(entry, true);
    return journalRelativePath(uri, mount) === undefined ? undefined : uri;
  } catch {
    return undefined;
  }
}

/** The activation table's `explainTags` line: the panels VS Code restores after a reload, handed to {@link ExplainPanels.restore}. */
export function explainPanelProviders(explain: Pick<ExplainPanels, 'restore'>): ProviderHandlers<'tagging/explainPanels'> {
  return {
    explainTags: {
      deserializeWebviewPanel: async (panel, state: unknown) => explain.restore(panel, state),
    },
  };
}
