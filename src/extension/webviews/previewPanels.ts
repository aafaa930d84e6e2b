// The preview panels: a review rendered beside its entry (following the entry as it is edited), and a
// person's timeline. One service (`previews`, built by features.ts) that reflect/ and people/ share,
// so it lives with the shared webview plumbing (webviewHtml.ts). Markdown is rendered by markdown-it
// with HTML disabled (core/text/safeMarkdown.ts), so text from entries can never become markup. The
// panel runs no script: its CSP is `default-src 'none'` with our stylesheet as the only resource, and
// links into the journal are command links to `openEntryAt`, the only command the panel may run.
import * as vscode from 'vscode';
import { errorMessage } from '../../core/text/errorMessage';
import { escapeHtml } from '../../core/text/escapeHtml';
import { webviewPageHtml } from './webviewHtml';
import { splitEntry } from '../../core/entries/entrySplit';
import { linkTarget } from '../../core/journal/linkTarget';
import { relativeToFolder } from '../journal/journalLocation';
import { renderMarkdown } from './markdownModule';
import { PanelTypes } from '../commandIds';
import { OPEN_ENTRY_AT } from '../entries/openEntryAt';

const VIEW_TYPE = PanelTypes.preview;
/** Re-render a followed document at most this often while it is typed in. */
const FOLLOW_DELAY_MS = 250;

export interface PreviewContent {
  readonly title: string;
  readonly markdown: string;
  /** Journal-relative path of the file the Markdown stands for: relative links resolve against it. */
  readonly basePath: string;
  /** A short note shown above the content (e.g. "this review already existed"). */
  readonly banner?: string;
}

interface OpenPanel {
  readonly panel: vscode.WebviewPanel;
  readonly subscriptions: vscode.Disposable[];
}


/** The address a link gets in a panel: a command link for a journal entry, a web address as it is. */
export function panelLink(basePath: string, href: string): string | undefined {
  const target = linkTarget(basePath, href);
  switch (target.kind) {
    case 'entry':
      return `command:${OPEN_ENTRY_AT}?${encodeURIComponent(JSON.stringify([target.path]))}`;
    case 'external':
      return target.href;
    case 'none':
      return undefined;
  }
}

/** The whole page for `content`; `body` is the rendered Markdown. Exported for tests. */
export function previewHtml(webview: Pick<vscode.Webview, 'cspSource' | 'asWebviewUri'>, extensionUri: vscode.Uri, content: PreviewContent): string {
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'review.css'));
  const body = renderMarkdown(splitEntry(content.markdown).body, { link: (href) => panelLink(content.basePath, href) });
  const banner = content.banner ? `<p class="banner" role="status">${escapeHtml(content.banner)}</p>\n` : '';
  return webviewPageHtml({
    title: content.title,
    csp: [`style-src ${webview.cspSource}`],
    styleUris: [style],
    body: `<main>\n${banner}${body}\n</main>`,
  });
}

export class PreviewPanels implements vscode.Disposable {
  private readonly panels = new Map<string, OpenPanel>();

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** Shows `content` in the panel for `key` (reusing it when open), beside the active editor. */
  show(key: string, content: PreviewContent): vscode.WebviewPanel {
    const open = this.panels.get(key) ?? this.create(key, content.title);
    this.render(open.panel, content);
    open.panel.reveal(vscode.ViewColumn.Beside, true);
    return open.panel;
  }

  /**
   * Shows the entry at `uri` (inside `folder`) rendered, and keeps the panel in step with the entry
   * while it is edited and saved.
   */
  async showDocument(uri: vscode.Uri, folder: vscode.Uri, title: string, banner?: string): Promise<vscode.WebviewPanel> {
    const key = `document:${uri.toString()}`;
    const basePath = relativeToFolder(folder, uri) ?? uri.path.split('/').pop() ?? '';
    const document = await vscode.workspace.openTextDocument(uri);
    const panel = this.show(key, { title, markdown: document.getText(), basePath, ...(banner ? { banner } : {}) });
    const open = this.panels.get(key);
    if (open && open.subscriptions.length === 0) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      open.subscriptions.push(
        vscode.workspace.onDidChangeTextDocument((event) => {
          if (event.document.uri.toString() !== uri.toString()) {
            return;
          }
          clearTimeout(timer);
          timer = setTimeout(() => this.render(panel, { title, markdown: event.document.getText(), basePath }), FOLLOW_DELAY_MS);
        }),
        { dispose: () => clearTimeout(timer) },
      );
    }
    return panel;
  }

  /**
   * Keeps the open panel for `key` in step with `changes` (the journal index, say): after each burst
   * of changes it is drawn again from `content()`, which returns undefined to leave it as it is.
   * Once per panel; the subscription ends with the panel.
   */
  follow(key: string, changes: vscode.Event<void>, content: () => Promise<PreviewContent | undefined>): void {
    const open = this.panels.get(key);
    if (!open || open.subscriptions.length > 0) {
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const redraw = async (): Promise<void> => {
      const next = await content();
      if (next && this.panels.get(key) === open) {
        this.render(open.panel, next);
      }
    };
    open.subscriptions.push(
      changes(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void redraw(), FOLLOW_DELAY_MS);
      }),
      { dispose: () => clearTimeout(timer) },
    );
  }

  private create(key: string, title: string): OpenPanel {
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: false,
      enableCommandUris: [OPEN_ENTRY_AT],
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
    });
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'journal.svg');
    const open: OpenPanel = { panel, subscriptions: [] };
    this.panels.set(key, open);
    panel.onDidDispose(() => {
      open.subscriptions.forEach((s) => s.dispose());
      this.panels.delete(key);
    });
    return open;
  }

  private render(panel: vscode.WebviewPanel, content: PreviewContent): void {
    panel.title = content.title;
    try {
      panel.webview.html = previewHtml(panel.webview, this.extensionUri, content);
    } catch (error) {
      const message = errorMessage(error);
      panel.webview.html = previewHtml(panel.webview, this.extensionUri, {
        ...content,
        markdown: '',
        banner: vscode.l10n.t('The preview could not be drawn ({0}). The entry itself is untouched.', message),
      });
    }
  }

  dispose(): void {
    for (const { panel } of [...this.panels.values()]) {
      panel.dispose();
    }
  }
}
