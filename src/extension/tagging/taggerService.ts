// One tagger for the window, built from the settings' extra terms and rebuilt when they change, with
// a small cache of results by document version so hovers and CodeLenses do not re-tag on each call.
import * as vscode from 'vscode';
import type { createTagger } from '../../core/tagger/tagger';
import type { TagResult } from '../../core/tagger/types';
import { readSettings, SECTION } from '../config';
import { heavyModule } from './heavyModule';


export class TaggerService implements vscode.Disposable {
  /** Built on first use, not at activation: compiling the lexicon is the costliest part of loading. */
  private built: ReturnType<typeof createTagger> | undefined;
  private readonly cache = new Map<string, { version: number; result: TagResult }>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.tagging`)) {
          this.built = undefined;
          this.cache.clear();
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.cache.delete(document.uri.toString())),
    );
  }

  private get tagger(): ReturnType<typeof createTagger> {
    if (!this.built) {
      const { tagging } = readSettings();
      this.built = heavyModule().createTagger({ whyTerms: tagging.whyTerms, howTerms: tagging.howTerms });
    }
    return this.built;
  }

  tagText(text: string): TagResult {
    return this.tagger.tag(text);
  }

  /** The result for an open document, cached by its version. */
  tagDocument(document: vscode.TextDocument): TagResult {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) {
      return cached.result;
    }
    const result = this.tagger.tag(document.getText());
    this.cache.set(key, { version: document.version, result });
    return result;
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.cache.clear();
  }
}
