// The read-only "Explain Tags" document: a virtual Markdown file rendered from the entry's current
// text, so it always explains what is in the editor, saved or not.
import * as vscode from 'vscode';
import { explainMarkdown } from '../../core/tagger/explain';
import { EXPLAIN_SCHEME } from '../commands/commandIds';
import type { TaggerService } from './taggerService';

export { EXPLAIN_SCHEME };

export class ExplainProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly tagger: TaggerService) {}

  /** The explanation's URI for an entry: same path, our scheme, the entry's URI in the query. */
  static uriFor(entry: vscode.Uri): vscode.Uri {
    const name = entry.path.slice(entry.path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
    return vscode.Uri.from({ scheme: EXPLAIN_SCHEME, path: `/${vscode.l10n.t('Tags of {0}', name)}.md`, query: entry.toString() });
  }

  refresh(entry: vscode.Uri): void {
    this.changed.fire(ExplainProvider.uriFor(entry));
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const entry = vscode.Uri.parse(uri.query);
    const document = await vscode.workspace.openTextDocument(entry);
    const name = entry.path.slice(entry.path.lastIndexOf('/') + 1);
    // The explanation itself comes from the tagger, in English; a language it does not read is said
    // in the display language too.
    const result = this.tagger.tagDocument(document);
    const language = result.language === 'other'
      ? `> ${vscode.l10n.t('This entry is in a language the tagger does not read (it reads English and German), so it is unclear rather than guessed.')}\n\n`
      : '';
    return `# ${vscode.l10n.t('Why these tags? — {0}', name)}\n\n${language}${explainMarkdown(result, 20)}`;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
