// The activation table: every command the extension contributes, one line each. A line's name gives
// the command id (`leadershipJournal.<name>`) and its title key (`command.<name>.title`, in
// package.nls.json and package.nls.de.json); `by` is the file (under src/extension) whose command
// handlers run it; `icon` is the manifest's, for the view title bars. Everything else is derived:
// - the ids the code and tests use (`Commands` in commandIds.ts),
// - activation's stand-ins (shell/featureLoader.ts registers one per line),
// - the real registrations (registerCommands.ts registers each line's handler; TypeScript fails the
//   build when a line has no handler, or a file hands in one the table does not list),
// - package.json's `contributes.commands` and `activationEvents` (`npm run manifest` writes both; a
//   unit test fails when they are stale, when a title key has no English or German string, or a menu
//   or keybinding names a command not here).
// No imports, so activation (dist/extension.js) pays a few hundred bytes for it.

/** One contributed command. */
export interface CommandLine {
  /** The file under src/extension whose handlers run the command, without `.ts`. */
  readonly by: string;
  /** A codicon, `$(name)`, shown where the command is a view's title-bar button. */
  readonly icon?: string;
}

export const COMMAND_TABLE = {
  newEntry: { by: 'entries/newEntry', icon: '$(new-file)' },
  openToday: { by: 'entries/navigate', icon: '$(calendar)' },
  openPrevious: { by: 'entries/navigate', icon: '$(arrow-left)' },
  openNext: { by: 'entries/navigate', icon: '$(arrow-right)' },
  openForDate: { by: 'entries/navigate' },
  openJournalFolder: { by: 'entries/navigate', icon: '$(folder-opened)' },
  insertPrompt: { by: 'entries/prompts', icon: '$(comment-discussion)' },
  insertPromptOfTheDay: { by: 'entries/prompts' },
  customizeTemplate: { by: 'entries/customizeTemplate' },
  tagEntry: { by: 'tagging/taggingCommands', icon: '$(tag)' },
  retagAll: { by: 'tagging/taggingCommands' },
  explainTags: { by: 'tagging/taggingCommands', icon: '$(question)' },
  unpinTags: { by: 'tagging/taggingCommands', icon: '$(pinned)' },
  showTrends: { by: 'trends/trendsViewProvider', icon: '$(graph)' },
  startWeeklyReview: { by: 'reflect/reviewCommands', icon: '$(notebook)' },
  startMonthlyReview: { by: 'reflect/reviewCommands' },
  showOpenCommitments: { by: 'reflect/commitmentsView', icon: '$(checklist)' },
  openPerson: { by: 'people/personCommand', icon: '$(person)' },
  newOneOnOne: { by: 'people/oneOnOneCommand', icon: '$(comment-discussion)' },
  revisitDecision: { by: 'reflect/revisitCommand', icon: '$(history)' },
  searchJournal: { by: 'search/searchCommand', icon: '$(search)' },
  exportMetrics: { by: 'export/exportCommands' },
  exportReport: { by: 'export/exportCommands' },
  refreshDraftedSection: { by: 'reflect/reviewCommands', icon: '$(refresh)' },
  mergePeople: { by: 'people/mergePeopleCommand' },
  importCalendar: { by: 'calendar/calendarCommands', icon: '$(calendar)' },
  editCalendarRules: { by: 'calendar/calendarCommands' },
  explainCalendarEvent: { by: 'calendar/calendarCommands' },
  encryptJournal: { by: 'encryption/encryptionGate' },
  decryptJournal: { by: 'encryption/encryptionGate' },
  changeJournalPassphrase: { by: 'encryption/encryptionGate' },
} as const satisfies Record<string, CommandLine>;

/**
 * What else activates the extension (package.json `activationEvents`): VS Code activates on a
 * contributed command or view by itself, so the table's lines need no event; what activation
 * registers besides them does (src/extension/extension.ts): the journal entry's CodeLens, hover and
 * tag-on-save; an Explain Tags panel restored after a reload (its webview type,
 * `leadershipJournal.explainTags`: EXPLAIN_VIEW_TYPE in commandIds.ts); and VS Code asking the
 * encrypted journal's file system for a file, an editor restored after a reload (ENCRYPTED_SCHEME in
 * journal/journalMounts.ts). A unit test holds both names equal to these.
 */
export const ACTIVATION_EVENTS: readonly string[] = [
  'onLanguage:markdown',
  'onWebviewPanel:leadershipJournal.explainTags',
  'onFileSystem:ljencrypted',
];

type Table = typeof COMMAND_TABLE;

/** A line's name: `newEntry`, `openToday`… */
export type CommandName = keyof Table;

/** A file that runs commands: `entries/navigate`, `reflect/reviewCommands`… */
export type CommandFile = Table[CommandName]['by'];

/** The prefix of every command id. */
export const COMMAND_PREFIX = 'leadershipJournal.';

/** A command's id: `leadershipJournal.<name>`. */
export type CommandIdOf<N extends CommandName> = `${typeof COMMAND_PREFIX}${N}`;

/** Every line's name, in table order (the order of the manifest and of the Command Palette's listing). */
export const COMMAND_NAMES = Object.keys(COMMAND_TABLE) as CommandName[];

export function commandId<N extends CommandName>(name: N): CommandIdOf<N> {
  return `${COMMAND_PREFIX}${name}`;
}

/** A command handler: VS Code passes it whatever its caller passed (a keybinding's args, a test's, a view item's). */
// `never[]` so a handler may type its own parameters; registerCommands.ts is the one place that calls it.
export type CommandHandler = (...args: never[]) => unknown;

/**
 * The handlers `files` hand in: exactly the lines whose `by` is one of them. A file's commands
 * function returns `CommandHandlers<'entries/navigate'>`; features.ts joins them into the whole
 * `CommandHandlers`, which has a handler for every line.
 */
export type CommandHandlers<F extends CommandFile = CommandFile> = {
  readonly [N in CommandName as Table[N]['by'] extends F ? N : never]: CommandHandler;
};
