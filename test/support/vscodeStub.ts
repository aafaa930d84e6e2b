// The few parts of the `vscode` API the encrypted journal's file system provider uses, for running
// it in the unit tier (bundled with esbuild, `vscode` aliased to this file). `workspace.fs.stat`
// answers from `stubDisk`, an in-memory journal mounted at `/journal`; a file's mtime is a hash of
// its bytes, so it changes when they do.
import type { MemoryJournalFs } from './memoryJournalFs';

export class Uri {
  private constructor(readonly scheme: string, readonly authority: string, readonly path: string) {}

  static from(parts: { scheme: string; authority?: string; path?: string }): Uri {
    return new Uri(parts.scheme, parts.authority ?? '', parts.path ?? '/');
  }

  static joinPath(base: Uri, ...segments: string[]): Uri {
    return new Uri(base.scheme, base.authority, [base.path.replace(/\/+$/, ''), ...segments].join('/'));
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
  t: (message: string, ...args: unknown[]): string => message.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)])),
};

export const stub: { disk: MemoryJournalFs | undefined } = { disk: undefined };

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

export const workspace = {
  fs: {
    stat: async (uri: Uri): Promise<{ type: FileType; ctime: number; mtime: number; size: number }> => {
      const bytes = stub.disk?.files.get(pathIn(uri));
      if (bytes === undefined) {
        throw FileSystemError.FileNotFound(uri);
      }
      return { type: FileType.File, ctime: 0, mtime: hash(bytes), size: bytes.length };
    },
    createDirectory: async (): Promise<void> => undefined,
  },
};
