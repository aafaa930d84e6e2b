// The settings as a service, built once by the composition root (features.ts) and handed to every
// registration that reads them: `current` is the settings now — read once (config.ts's
// `readSettings`), read again after a change of any `leadershipJournal.*` setting, so a change
// applies at once without each handler asking the configuration API. A resource's own scope (a
// folder's settings in a multi-root workspace) is read fresh by `of(scope)`.
import * as vscode from 'vscode';
import { readSettings, SECTION, type JournalSettings } from './config';

export interface Settings {
  /** The settings now (the window's scope). */
  readonly current: JournalSettings;
  /** The settings as they apply to `scope` (a document's URI). */
  of(scope: vscode.ConfigurationScope): JournalSettings;
}

/** The settings over `vscode.workspace.getConfiguration`, dropped from its cache on each change of the section. */
export class WorkspaceSettings implements Settings, vscode.Disposable {
  private cached: JournalSettings | undefined;
  // VS Code fires this before a `ConfigurationTarget` update resolves, so a command run after an
  // awaited update reads the new value.
  private readonly listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(SECTION)) {
      this.cached = undefined;
    }
  });

  get current(): JournalSettings {
    this.cached ??= readSettings();
    return this.cached;
  }

  of(scope: vscode.ConfigurationScope): JournalSettings {
    return readSettings(scope);
  }

  dispose(): void {
    this.listener.dispose();
  }
}
