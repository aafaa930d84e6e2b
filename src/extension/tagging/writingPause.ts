// Tagging respects the person writing: an auto save while they type (VS Code for the Web saves a
// second after each pause by default) does not tag the entry — five lines of front matter appearing
// mid-sentence — and the journal index does not re-read it, so the trends do not move as they type.
// Such an entry is "being written" until it has gone untouched for `tagging.idleSeconds`; then it is
// tagged (the edit, then a save, as an explicit save would) and the index reads it once. Closing it
// is a pause too. An explicit save (Ctrl+S, or on leaving the editor) tags at once, as always.
import * as vscode from 'vscode';
import { errorMessage } from '../../core/text/errorMessage';
import type { Settings } from '../settingsService';
import type { Log } from '../output';
import { behindDiskMessage, isBehindDisk } from '../journal/documentOnDisk';
import type { JournalStore } from '../journal/journalStore';
import { applyToClosedFile, applyToOpenDocument } from './applyTags';
import type { TaggerService } from './taggerService';

export class WritingPause implements vscode.Disposable {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly settled = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [this.settled];
  /** Fires once an entry being written is left alone: tagged (when tagging is on) and saved. */
  readonly onDidSettle = this.settled.event;

  constructor(private readonly tagger: TaggerService, private readonly log: Log, private readonly settings: Settings, private readonly store: JournalStore) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.pending.has(event.document.uri.toString())) {
          this.wait(event.document.uri);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.pending.has(document.uri.toString())) {
          void this.settle(document.uri);
        }
      }),
    );
  }

  /** Whether the entry is being written: auto-saved since the last pause, and not left alone since. */
  isBeingWritten(uri: vscode.Uri): boolean {
    return this.pending.has(uri.toString());
  }

  /** An auto save of an entry while it is being written: tag it only once it is left alone. */
  autoSaved(document: vscode.TextDocument): void {
    this.wait(document.uri);
  }

  /** The entry was saved explicitly (and tagged with it): it is no longer being written. */
  explicitlySaved(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
  }

  private wait(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => void this.settle(uri), this.settings.of(uri).tagging.idleSeconds * 1000));
  }

  private async settle(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === key);
    if (document?.isDirty) {
      this.wait(uri); // Typed into since the last auto save: the next auto save starts the pause again.
      return;
    }
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    try {
      if (this.settings.of(uri).tagging.onSave) {
        if (document && !document.isClosed && await isBehindDisk(document)) {
          this.log.warn(behindDiskMessage(vscode.workspace.asRelativePath(uri)));
        } else if (document && !document.isClosed) {
          const write = await applyToOpenDocument(document, this.tagger.tagDocument(document));
          if (write.status === 'updated' && document.isDirty) {
            await document.save();
          }
        } else {
          await applyToClosedFile(uri, (text) => this.tagger.tagText(text), this.store);
        }
      }
    } catch (error) {
      this.log.warn(vscode.l10n.t('Not tagged: {0}: {1}', vscode.workspace.asRelativePath(uri), errorMessage(error)));
    }
    this.settled.fire(uri);
  }

  dispose(): void {
    this.pending.forEach((timer) => clearTimeout(timer));
    this.pending.clear();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
