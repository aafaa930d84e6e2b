// The encrypted journal's file system provider, registered at activation for its scheme (an editor of
// an encrypted entry is restored after a reload before any command runs) but made by the features:
// the first call starts them, and every call goes to the provider they return. Its change events are
// relayed from the moment the features are up.
import * as vscode from 'vscode';

export class DeferredFileSystem implements vscode.FileSystemProvider, vscode.Disposable {
  private target: vscode.FileSystemProvider | undefined;
  private relay: vscode.Disposable | undefined;
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;

  /** `start` loads the features and returns their provider. */
  constructor(private readonly start: () => vscode.FileSystemProvider) {}

  private get real(): vscode.FileSystemProvider {
    if (this.target === undefined) {
      const started = this.start(); // The features attach their provider as they start.
      this.attach(started);
    }
    return this.target ?? this.start();
  }

  /** Called by the features once their provider exists, so its events are relayed even before any call here. */
  attach(provider: vscode.FileSystemProvider): void {
    if (this.target === undefined) {
      this.target = provider;
      this.relay = provider.onDidChangeFile((events) => this.changes.fire(events));
    }
  }

  watch(uri: vscode.Uri, options: { readonly recursive: boolean; readonly excludes: readonly string[] }): vscode.Disposable {
    return this.real.watch(uri, options);
  }

  stat(uri: vscode.Uri): vscode.FileStat | Thenable<vscode.FileStat> {
    return this.real.stat(uri);
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] | Thenable<[string, vscode.FileType][]> {
    return this.real.readDirectory(uri);
  }

  createDirectory(uri: vscode.Uri): void | Thenable<void> {
    return this.real.createDirectory(uri);
  }

  readFile(uri: vscode.Uri): Uint8Array | Thenable<Uint8Array> {
    return this.real.readFile(uri);
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { readonly create: boolean; readonly overwrite: boolean }): void | Thenable<void> {
    return this.real.writeFile(uri, content, options);
  }

  delete(uri: vscode.Uri, options: { readonly recursive: boolean }): void | Thenable<void> {
    return this.real.delete(uri, options);
  }

  rename(oldUri: vscode.Uri, newUri: vscode.Uri, options: { readonly overwrite: boolean }): void | Thenable<void> {
    return this.real.rename(oldUri, newUri, options);
  }

  dispose(): void {
    this.relay?.dispose();
    this.changes.dispose();
  }
}
