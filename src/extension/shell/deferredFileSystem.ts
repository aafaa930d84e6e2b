// A `fileSystem` line of the activation table as activation holds it — today the encrypted journal's:
// a stand-in for the provider the encryption code makes (encryption/encryptionGate.ts), registered for
// its scheme only when it is needed — an encrypted journal in the workspace, an editor of an
// encrypted entry restored after a reload (shell/encryptedAtStart.ts), or the encryption code loaded
// — so a plain journal's window has no provider of ours at all. The first call asks the line's
// handler for the provider (which starts the features), and every call goes to it. Its change events
// are relayed from the moment that provider exists.
import * as vscode from 'vscode';

export class DeferredFileSystem implements vscode.FileSystemProvider, vscode.Disposable {
  private target: vscode.FileSystemProvider | undefined;
  private relay: vscode.Disposable | undefined;
  private registration: vscode.Disposable | undefined;
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;

  /** `start` loads the features and returns their provider (loading the encryption code). */
  constructor(private readonly scheme: string, private readonly start: () => vscode.FileSystemProvider) {}

  private get real(): vscode.FileSystemProvider {
    if (this.target === undefined) {
      const started = this.start(); // The features attach their provider as they make it.
      this.attach(started);
    }
    return this.target ?? this.start();
  }

  /** Registers this provider for its scheme, once. */
  register(): void {
    this.registration ??= vscode.workspace.registerFileSystemProvider(this.scheme, this, { isCaseSensitive: true });
  }

  /** Called by the features once their provider exists: registered from then on, its events relayed. */
  attach(provider: vscode.FileSystemProvider): void {
    if (this.target === undefined) {
      this.target = provider;
      this.relay = provider.onDidChangeFile((events) => this.changes.fire(events));
    }
    this.register();
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
    this.registration?.dispose();
    this.relay?.dispose();
    this.changes.dispose();
  }
}
