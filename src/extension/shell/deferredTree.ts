// A tree view created at activation (the activation table's `tree` lines) whose rows come from a
// provider the features make: the first time VS Code asks the view for rows (a view is asked only when
// it is shown), the line's handler is called with the view — which loads the features — and every ask
// from then on goes straight to the provider it returned, whose change events are relayed.
import * as vscode from 'vscode';
import type { ViewHandlerOf } from '../activationTable';

export class DeferredTreeProvider implements vscode.TreeDataProvider<unknown>, vscode.Disposable {
  private target: vscode.TreeDataProvider<unknown> | undefined;
  private relay: vscode.Disposable | undefined;
  private readonly changed = new vscode.EventEmitter<unknown>();
  readonly onDidChangeTreeData = this.changed.event;

  /** `provide` loads the features and returns the view's provider; called once. */
  constructor(private readonly provide: () => vscode.TreeDataProvider<unknown>) {}

  private get real(): vscode.TreeDataProvider<unknown> {
    if (this.target === undefined) {
      // The view's elements are the provider's own: VS Code hands each back only to this provider.
      const target = this.provide();
      this.target = target;
      this.relay = target.onDidChangeTreeData?.((element) => this.changed.fire(element));
    }
    return this.target;
  }

  getChildren(element?: unknown): vscode.ProviderResult<unknown[]> {
    return this.real.getChildren(element);
  }

  getTreeItem(element: unknown): vscode.TreeItem | Thenable<vscode.TreeItem> {
    // Only the provider's own rows come back here, so it is there already.
    return this.real.getTreeItem(element);
  }

  dispose(): void {
    this.relay?.dispose();
    this.changed.dispose();
  }
}

/** Creates the view `viewId` with a {@link DeferredTreeProvider} for `handler`, the line's; both are disposed with the extension. */
export function deferredTree(context: vscode.ExtensionContext, viewId: string, handler: () => ViewHandlerOf['tree']): void {
  // VS Code asks the new view for rows later, never inside createTreeView, so `view` is there by then.
  const provider: DeferredTreeProvider = new DeferredTreeProvider(() => handler()(view));
  const view: vscode.TreeView<unknown> = vscode.window.createTreeView<unknown>(viewId, { treeDataProvider: provider });
  context.subscriptions.push(provider, view);
}
