// One tagger for the window, built from the settings' extra terms and rebuilt when they change, with
// a small cache of results by document version so hovers and CodeLenses do not re-tag on each call.
// It is built soon after a journal entry is shown in an editor, not inside the first save: a save's
// will-save listeners share 1750 ms (VS Code aborts them after that, and the tags edit then lands
// after the write, leaving the editor dirty and the save reported as failed), and loading the
// tagger's bundle and compiling a language's classifier is the costliest thing tagging does (in
// Node on the shared 2-core test machine at work: 80–150 ms to load, about 90 ms for English;
// docs/figures.md), several times that in an extension host competing with the workbench for the CPU.
// Tagging an entry once they are built takes tens of milliseconds.
import * as vscode from 'vscode';
import type { createTagger } from '../../core/tagger/tagger';
import type { TagResult } from '../../core/tagger/types';
import { SECTION } from '../config';
import type { Settings } from '../settingsService';
import type { JournalEntryTest } from '../journal/journalDocuments';
import { heavyModule } from './heavyModule';

/** How long after a journal entry is shown the tagger is built: after the editor's own first requests. */
const WARM_DELAY_MS = 300;
/** One sentence in each language the tagger reads, to build both classifiers before a save needs them. */
const WARM_TEXTS = ['I decided to plan the next steps with the team.\n', 'Ich habe mit dem Team die nächsten Schritte geplant, weil es wichtig ist.\n'];

export class TaggerService implements vscode.Disposable {
  /** Built on first use, not at activation: compiling the lexicon is the costliest part of loading. */
  private built: ReturnType<typeof createTagger> | undefined;
  private readonly cache = new Map<string, { version: number; result: TagResult }>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private warming: ReturnType<typeof setTimeout> | undefined;
  /** The tagger as it is now has been built and has read both languages once. */
  private warmed = false;

  /** `isEntry` is the journal room's one test, bound to the features' mount (an unlocked encrypted journal's entries too; journal/journalDocuments.ts). */
  constructor(private readonly isEntry: JournalEntryTest, private readonly settings: Settings) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.tagging`)) {
          this.built = undefined;
          this.warmed = false;
          this.cache.clear();
          this.warmFor(vscode.window.visibleTextEditors);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.cache.delete(document.uri.toString())),
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.warmFor(editors)),
    );
    this.warmFor(vscode.window.visibleTextEditors);
  }

  /** Builds the tagger shortly, off any save, when one of `editors` shows a journal entry (it may be saved). */
  private warmFor(editors: readonly vscode.TextEditor[]): void {
    if (this.warmed || this.warming !== undefined || !editors.some((editor) => this.isEntry(editor.document))) {
      return;
    }
    this.warming = setTimeout(() => {
      this.warming = undefined;
      this.warmed = true;
      try {
        // A first tag in each language compiles its classifier (the lexicon), which is lazy too.
        WARM_TEXTS.forEach((text) => this.tagger.tag(text));
      } catch {
        // Left to the first real use, which reports it where it happens.
      }
    }, WARM_DELAY_MS);
  }

  private get tagger(): ReturnType<typeof createTagger> {
    if (!this.built) {
      const { tagging } = this.settings.current;
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
    clearTimeout(this.warming);
    this.subscriptions.forEach((s) => s.dispose());
    this.cache.clear();
  }
}
