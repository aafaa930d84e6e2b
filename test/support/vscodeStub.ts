// The few parts of the `vscode` API the encrypted journal's file system provider and the index's
// reader of a journal folder use, for running them outside VS Code (bundled with esbuild, `vscode`
// aliased to this file): the unit tier and the encryption bench. `workspace.fs` calls the provider
// registered in `stub.providers` for the URI's scheme, as VS Code's extension host calls a provider
// registered in the same host (and its own Node disk provider for `file:`) directly; a scheme with no
// provider answers `stat` and `readDirectory` from `stub.disk`, an in-memory journal mounted at
// `/journal`, whose mtime is a hash of the file's bytes, so it changes when they do.
//
// For the encryption commands (test/unit/extension/encryption/identityJournal.test.ts): settings from
// `stub.settings`, `l10n.t` from `stub.bundle` (English when unset), and a window whose every
// question is answered by `stub.ui.answer` (a test's script) and whose every message is recorded in
// `stub.ui.said`. No workspace folder, no open editor.
//
// For activation's registrations (test/unit/extension/shell/registerContributions.test.ts): every
// command, view, provider and listener registered is kept in `registered`, by kind, as handed in.
import type { MemoryJournalFs } from './memoryJournalFs';

export class Uri {
  private constructor(readonly scheme: string, readonly authority: string, readonly path: string) {}

  static from(parts: { scheme: string; authority?: string; path?: string }): Uri {
    return new Uri(parts.scheme, parts.authority ?? '', parts.path ?? '/');
  }

  static file(path: string): Uri {
    return new Uri('file', '', path);
  }

  static joinPath(base: Uri, ...segments: string[]): Uri {
    return new Uri(base.scheme, base.authority, [base.path.replace(/\/+$/, ''), ...segments].join('/'));
  }

  /** The path as the local file system knows it (POSIX hosts). */
  get fsPath(): string {
    return this.path;
  }

  toString(): string {
    return `${this.scheme}://${this.authority}${this.path}`;
  }
}

export enum FileType { Unknown = 0, File = 1, Directory = 2, SymbolicLink = 64 }
export enum FileChangeType { Changed = 1, Created = 2, Deleted = 3 }

export class FileSystemError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
  }

  static FileNotFound(what?: Uri | string): FileSystemError {
    return new FileSystemError(String(what), 'FileNotFound');
  }

  static FileExists(what?: Uri | string): FileSystemError {
    return new FileSystemError(String(what), 'FileExists');
  }

  static FileNotADirectory(what?: Uri | string): FileSystemError {
    return new FileSystemError(String(what), 'FileNotADirectory');
  }

  static FileIsADirectory(what?: Uri | string): FileSystemError {
    return new FileSystemError(String(what), 'FileIsADirectory');
  }

  static NoPermissions(what?: Uri | string): FileSystemError {
    return new FileSystemError(String(what), 'NoPermissions');
  }

  static Unavailable(what?: Uri | string): FileSystemError {
    return new FileSystemError(String(what), 'Unavailable');
  }
}

export class Disposable {
  constructor(private readonly onDispose: () => void) {}

  dispose(): void {
    this.onDispose();
  }
}

export class EventEmitter<T> {
  private readonly listeners: ((value: T) => void)[] = [];

  readonly event = (listener: (value: T) => void): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => this.listeners.splice(this.listeners.indexOf(listener), 1));
  };

  fire(value: T): void {
    this.listeners.forEach((listener) => listener(value));
  }
}

export const l10n = {
  t: (message: string, ...args: unknown[]): string => (stub.bundle?.[message] ?? message).replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : whole)),
};

export interface FileStat {
  readonly type: FileType;
  readonly ctime: number;
  readonly mtime: number;
  readonly size: number;
}

/** The calls of a `vscode.FileSystemProvider` that `workspace.fs` makes. */
export interface StubProvider {
  stat(uri: Uri): Promise<FileStat>;
  readFile(uri: Uri): Promise<Uint8Array>;
  readDirectory(uri: Uri): Promise<[string, FileType][]>;
  writeFile(uri: Uri, content: Uint8Array, options: { readonly create: boolean; readonly overwrite: boolean }): Promise<void>;
  rename(from: Uri, to: Uri, options: { readonly overwrite: boolean }): Promise<void>;
  delete(uri: Uri, options: { readonly recursive: boolean }): Promise<void>;
  createDirectory(uri: Uri): Promise<void>;
}

/** A question the window asks: its kind, its text (prompt, title or message) and what it offers. */
export interface Question {
  readonly kind: 'quickPick' | 'inputBox' | 'openDialog' | 'message';
  readonly text: string;
  readonly items: readonly string[];
  /** An input box's check of what is typed. */
  readonly validate?: (value: string) => string | undefined | Promise<string | undefined>;
}

export interface StubUi {
  /** The answer to a question: a label, typed text, a path; undefined cancels. */
  answer: (question: Question) => string | undefined;
  readonly said: string[];
}

export const stub: {
  disk: MemoryJournalFs | undefined;
  readonly providers: Map<string, StubProvider>;
  settings: Record<string, unknown>;
  readonly ui: StubUi;
  /** The display language's bundle (l10n/bundle.l10n.de.json, say) that `l10n.t` reads; English when unset. */
  bundle?: Readonly<Record<string, string>> | undefined;
} = { disk: undefined, providers: new Map(), settings: {}, ui: { answer: () => undefined, said: [] } };

function providerOf(uri: Uri): StubProvider {
  const provider = stub.providers.get(uri.scheme);
  if (provider === undefined) {
    throw FileSystemError.Unavailable(uri);
  }
  return provider;
}

function pathIn(uri: Uri): string {
  return uri.path.replace(/^\/journal\/?/, '');
}

function hash(bytes: Uint8Array): number {
  let value = 0x811c9dc5;
  for (const byte of bytes) {
    value = Math.imul(value ^ byte, 0x01000193) >>> 0;
  }
  return value;
}

/** A folder of `stub.disk` as VS Code's disk provider lists it: its files and folders, in no order. */
function diskChildren(uri: Uri): [string, FileType][] {
  const folder = pathIn(uri);
  if (stub.disk === undefined || (folder !== '' && !stub.disk.folders.has(folder))) {
    throw FileSystemError.FileNotFound(uri);
  }
  const prefix = folder === '' ? '' : `${folder}/`;
  const childOf = (path: string): string | undefined => (path.startsWith(prefix) && !path.slice(prefix.length).includes('/') ? path.slice(prefix.length) : undefined);
  const children: [string, FileType][] = [];
  stub.disk.folders.forEach((path) => { const name = childOf(path); if (name !== undefined) children.push([name, FileType.Directory]); });
  stub.disk.files.forEach((_, path) => { const name = childOf(path); if (name !== undefined) children.push([name, stub.disk?.links.has(path) === true ? FileType.File | FileType.SymbolicLink : FileType.File]); });
  return children;
}

/** What was registered with VS Code, by kind: each id (or a running number) with what was handed in. */
export const registered = {
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  treeViews: new Map<string, { readonly view: TreeViewStub; readonly provider: unknown }>(),
  webviewViews: new Map<string, unknown>(),
  panelSerializers: new Map<string, unknown>(),
  codeLenses: [] as { readonly selector: unknown; readonly provider: unknown }[],
  hovers: [] as { readonly selector: unknown; readonly provider: unknown }[],
  documentLinks: [] as { readonly selector: unknown; readonly provider: unknown }[],
  willSave: [] as ((event: unknown) => void)[],
  fileSystems: new Map<string, unknown>(),
};

/** A tree view as the stub makes it: its id, and the description a provider sets. */
export interface TreeViewStub {
  readonly id: string;
  description: string | undefined;
  onDidChangeVisibility: (listener: (event: { visible: boolean }) => void) => Disposable;
  dispose(): void;
}

/** Keeps `value` under `key` in `map` until the returned Disposable is disposed. */
function keep<T>(map: Map<string, T>, key: string, value: T): Disposable {
  if (map.has(key)) {
    throw new Error(`${key} is registered already`);
  }
  map.set(key, value);
  return new Disposable(() => map.delete(key));
}

export const commands = {
  registerCommand: (id: string, callback: (...args: unknown[]) => unknown): Disposable => keep(registered.commands, id, callback),
};

export const languages = {
  registerCodeLensProvider: (selector: unknown, provider: unknown): Disposable => {
    registered.codeLenses.push({ selector, provider });
    return new Disposable(() => undefined);
  },
  registerHoverProvider: (selector: unknown, provider: unknown): Disposable => {
    registered.hovers.push({ selector, provider });
    return new Disposable(() => undefined);
  },
  registerDocumentLinkProvider: (selector: unknown, provider: unknown): Disposable => {
    registered.documentLinks.push({ selector, provider });
    return new Disposable(() => undefined);
  },
};

export enum ProgressLocation { SourceControl = 1, Window = 10, Notification = 15 }
export class TabInputText {
  constructor(readonly uri: Uri) {}
}

function message(text: string, ...rest: unknown[]): Promise<string | undefined> {
  stub.ui.said.push(text);
  const items = rest.filter((item): item is string => typeof item === 'string');
  return Promise.resolve(stub.ui.answer({ kind: 'message', text, items }));
}

export const env = { language: 'en' };

export const window = {
  showInformationMessage: message,
  showWarningMessage: message,
  showErrorMessage: message,
  showQuickPick: async <T extends { label: string }>(items: readonly T[], options?: { title?: string; placeHolder?: string }): Promise<T | undefined> => {
    const label = stub.ui.answer({ kind: 'quickPick', text: options?.placeHolder ?? options?.title ?? '', items: items.map((item) => item.label) });
    return items.find((item) => item.label === label);
  },
  showInputBox: async (options?: { prompt?: string; title?: string; validateInput?: (value: string) => string | undefined }): Promise<string | undefined> =>
    stub.ui.answer({ kind: 'inputBox', text: options?.prompt ?? options?.title ?? '', items: [], ...(options?.validateInput ? { validate: options.validateInput } : {}) }),
  showOpenDialog: async (options?: { title?: string }): Promise<Uri[] | undefined> => {
    const path = stub.ui.answer({ kind: 'openDialog', text: options?.title ?? '', items: [] });
    return path === undefined ? undefined : [Uri.file(path)];
  },
  withProgress: <T>(_options: unknown, task: (progress: { report: (value: unknown) => void }) => Promise<T>): Promise<T> => task({ report: () => undefined }),
  showTextDocument: async (): Promise<void> => undefined,
  tabGroups: { all: [] as { tabs: unknown[] }[], close: async (): Promise<boolean> => true },
  createTreeView: (id: string, options: { treeDataProvider: unknown }): TreeViewStub => {
    const view: TreeViewStub = { id, description: undefined, onDidChangeVisibility: () => new Disposable(() => undefined), dispose: () => registered.treeViews.delete(id) };
    keep(registered.treeViews, id, { view, provider: options.treeDataProvider });
    return view;
  },
  registerWebviewViewProvider: (id: string, provider: unknown): Disposable => keep(registered.webviewViews, id, provider),
  registerWebviewPanelSerializer: (viewType: string, serializer: unknown): Disposable => keep(registered.panelSerializers, viewType, serializer),
};

export const workspace = {
  workspaceFolders: undefined,
  onWillSaveTextDocument: (listener: (event: unknown) => void): Disposable => {
    registered.willSave.push(listener);
    return new Disposable(() => undefined);
  },
  registerFileSystemProvider: (scheme: string, provider: unknown): Disposable => keep(registered.fileSystems, scheme, provider),
  textDocuments: [] as { isDirty: boolean; uri: Uri }[],
  getConfiguration: (section: string) => ({
    get: <T>(key: string): T | undefined => stub.settings[`${section}.${key}`] as T | undefined,
    update: async (): Promise<void> => undefined,
  }),
  fs: {
    stat: async (uri: Uri): Promise<FileStat> => {
      if (stub.providers.has(uri.scheme)) {
        return providerOf(uri).stat(uri);
      }
      const bytes = stub.disk?.files.get(pathIn(uri));
      if (bytes === undefined) {
        if (stub.disk !== undefined && (pathIn(uri) === '' || stub.disk.folders.has(pathIn(uri)))) {
          return { type: FileType.Directory, ctime: 0, mtime: 0, size: 0 };
        }
        throw FileSystemError.FileNotFound(uri);
      }
      return { type: FileType.File, ctime: 0, mtime: hash(bytes), size: bytes.length };
    },
    readFile: (uri: Uri): Promise<Uint8Array> => providerOf(uri).readFile(uri),
    readDirectory: async (uri: Uri): Promise<[string, FileType][]> => (stub.providers.has(uri.scheme) ? providerOf(uri).readDirectory(uri) : diskChildren(uri)),
    writeFile: (uri: Uri, content: Uint8Array): Promise<void> => providerOf(uri).writeFile(uri, content, { create: true, overwrite: true }),
    rename: (from: Uri, to: Uri, options?: { overwrite?: boolean }): Promise<void> => providerOf(from).rename(from, to, { overwrite: options?.overwrite ?? false }),
    delete: (uri: Uri, options?: { recursive?: boolean }): Promise<void> => providerOf(uri).delete(uri, { recursive: options?.recursive ?? false }),
    createDirectory: async (uri: Uri): Promise<void> => (stub.providers.has(uri.scheme) ? providerOf(uri).createDirectory(uri) : undefined),
  },
};
