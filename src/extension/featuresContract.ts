// The seam between activation (dist/extension.js: registers every line of the activation table, loads
// nothing else) and the features (dist/features.js: everything the extension does, loaded on first
// use). Types only: importing this file adds no code to either bundle. On a floor below both:
// activation (shell/) and the features (features.ts) import it, it imports neither.
import type * as vscode from 'vscode';
import type { IndexedEntry } from '../core/records/entryRecord';
import type { CommandHandlers, ProviderHandlers, ProviderNameOf, ViewHandlers } from './activationTable';
import type { MountedRoots } from './journal/journalMounts';

/** Where the features put a file system provider they make on their own (shell/deferredFileSystem.ts registers it then). */
export interface FileSystemSlot {
  attach(provider: vscode.FileSystemProvider): void;
}

/** What activation made that the features use. */
export interface Shell {
  /** Fired by the features after each change to the index; the API's `onDidChangeIndex`. */
  readonly indexChanged: vscode.EventEmitter<void>;
  /** One slot per `fileSystem` line of the activation table. */
  readonly fileSystems: { readonly [N in ProviderNameOf<'fileSystem'>]: FileSystemSlot };
}

/** What the features hand back: a handler for every line of the activation table, and what the API and the journal-entry test read. */
export interface Features {
  readonly commands: CommandHandlers;
  readonly views: ViewHandlers;
  readonly providers: ProviderHandlers;
  /** Which journal is unlocked in this window: activation tells a journal entry by it once the features are loaded. */
  readonly mount: MountedRoots;
  /** Builds the index if needed and returns its records. */
  indexedEntries(): Promise<readonly IndexedEntry[]>;
}
