// Settings, read in one place into one typed object. Handlers receive plain data, never the
// configuration API, so the core stays free of `vscode` and the defaults live here only.
import * as vscode from 'vscode';

export interface JournalSettings {
  /** The journal folder: relative to the first workspace folder, or absolute. */
  readonly journalFolder: string;
}

export const defaultSettings: JournalSettings = {
  journalFolder: 'journal',
};

export function readSettings(scope?: vscode.ConfigurationScope): JournalSettings {
  const config = vscode.workspace.getConfiguration('leadershipJournal', scope);
  const folder = config.get<string>('journalFolder');
  return {
    journalFolder: typeof folder === 'string' && folder.trim() !== '' ? folder.trim() : defaultSettings.journalFolder,
  };
}
