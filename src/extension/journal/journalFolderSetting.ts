// The one setting activation reads: where the journal is, the journal room's own. Kept apart from
// config.ts (which reads every setting and knows every entry kind, and reads this one from here) so
// that the activation bundle can tell a journal entry from any other Markdown file without loading
// the rest of the extension.
import * as vscode from 'vscode';

export const SECTION = 'leadershipJournal';

export const DEFAULT_JOURNAL_FOLDER = 'journal';

/** What the journal room reads of the settings to find the journal (config.ts's JournalSettings is one). */
export interface JournalFolderSettings {
  /** The journal folder: relative to the first workspace folder, or absolute. */
  readonly journalFolder: string;
}

/** `leadershipJournal.journalFolder`, trimmed; the default when it is unset, empty or not a string. */
export function journalFolderSetting(config: vscode.WorkspaceConfiguration = vscode.workspace.getConfiguration(SECTION)): string {
  const folder = config.get<unknown>('journalFolder');
  return typeof folder === 'string' && folder.trim() !== '' ? folder.trim() : DEFAULT_JOURNAL_FOLDER;
}
