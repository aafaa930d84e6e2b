// What the reflect room's tree views share (Commitments, On This Day, Due to Revisit): their rows are
// read from the journal index, so each redraws 50 ms after the index last changed (changes come in
// bursts while files are saved or created) and whenever it is shown again (the day, and with it ages
// and what is due, may have moved on since); a view that counts something shows the count as its
// description. A view supplies only its rows and how one looks.
import * as vscode from 'vscode';
import type { ReflectSource } from '../index/reflectSource';

export abstract class IndexTreeProvider<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscription: vscode.Disposable;
  /** Told what the view counts (open commitments, decisions due) each time its rows are read. */
  onDidCount: ((count: number) => void) | undefined;

  constructor(source: Pick<ReflectSource, 'onDidChange'>) {
    this.subscription = source.onDidChange(() => this.refresh());
  }

  /** The view's rows, read now from the index. */
  protected abstract rows(): Promise<T[]>;

  abstract getTreeItem(element: T): vscode.TreeItem;

  /** Redraws soon. */
  refresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), 50);
  }

  /** The rows; no row has children. */
  async getChildren(element?: T): Promise<T[]> {
    return element ? [] : this.rows();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/**
 * Readies `provider` to fill `view`, the one activation created (shell/deferredTree.ts, which
 * attaches what this returns): redrawn whenever the view is shown again; with `describe`, the view's
 * description says the provider's count (nothing when it is 0). Everything is disposed with the
 * extension.
 */
export function showIndexTree<T>(context: vscode.ExtensionContext, view: vscode.TreeView<unknown>, provider: IndexTreeProvider<T>, describe?: (count: number) => string): IndexTreeProvider<T> {
  if (describe) {
    provider.onDidCount = (count) => {
      view.description = count === 0 ? undefined : describe(count);
    };
  }
  context.subscriptions.push(provider, view.onDidChangeVisibility((event) => {
    if (event.visible) {
      provider.refresh();
    }
  }));
  return provider;
}
