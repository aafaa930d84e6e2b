// A tree view created at activation whose data comes from a provider made later, when the rest of the
// extension loads (dist/features.js). VS Code asks a visible view for its children at once; the first
// ask starts the features, which attach the real provider here, and every later ask goes straight to it.
import * as vscode from 'vscode';
import type { DeferredTree } from '../featuresContract';

export class DeferredTreeProvider implements vscode.TreeDataProvider<unknown>, vscode.Disposable {
  private target: vscode.TreeDataProvider<unknown> | undefined;
  private readonly changed = new vscode.EventEmitter<unknown>();
  readonly onDidChangeTreeData = this.changed.event;

  /** `start` loads the features; they call {@link attach} before it returns. */
  constructor(private readonly start: () => void) {}

  attach<T>(provider: vscode.TreeDataProvider<T>): vscode.Disposable {
    // The view's elements are the provider's own: VS Code hands each back only to this provider.
    this.target = provider as vscode.TreeDataProvider<unknown>;
    const relay = provider.onDidChangeTreeData?.((element) => this.changed.fire(element));
    this.changed.fire(undefined); // Anything asked before the provider came is asked again.
    return new vscode.Disposable(() => {
      relay?.dispose();
      this.target = undefined;
    });
  }

  getChildren(element?: unknown): vscode.ProviderResult<unknown[]> {
    if (!this.target) {
      this.start();
    }
    return this.target?.getChildren(element) ?? [];
  }

  getTreeItem(element: unknown): vscode.TreeItem | Thenable<vscode.TreeItem> {
    if (!this.target) {
      throw new Error('A tree element was asked for before its provider was attached.');
    }
    return this.target.getTreeItem(element);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Creates the view with a {@link DeferredTreeProvider}; both are disposed with the extension. */
export function deferredTree(context: vscode.ExtensionContext, viewId: string, start: () => void): DeferredTree {
  const provider = new DeferredTreeProvider(start);
  const view = vscode.window.createTreeView<unknown>(viewId, { treeDataProvider: provider });
  context.subscriptions.push(provider, view);
  return { view, attach: (target) => provider.attach(target) };
}
