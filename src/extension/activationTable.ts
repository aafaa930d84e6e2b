// The activation table: everything the extension contributes that VS Code calls into — its commands,
// its views and its providers — one line each, in three sections. A line's name gives its id
// (`leadershipJournal.<name>`: a command's, a view's, a webview panel's type) and, for a command or a
// view, its title key (`command.<name>.title`, `view.<name>.name`, in package.nls.json and
// package.nls.de.json); `by` is the file (under src/extension) whose handler runs it; `type` says
// what a view or provider is. A fourth section, `PANEL_TABLE`, lists the webview panels the features
// open that VS Code does not restore: nothing registers them, the table gives their webview type.
// Everything else is derived:
// - the ids the code and tests use (`Commands`, `ViewIds`, `PanelTypes`, `EXPLAIN_VIEW_TYPE` in
//   commandIds.ts; the encrypted journal's scheme in journal/journalMounts.ts),
// - activation's registrations, one per line, each handing its calls to the line's handler once the
//   features are loaded (shell/registerContributions.ts; the features load on the first call),
// - what the features must hand in: `CommandHandlers`, `ViewHandlers` and `ProviderHandlers` below
//   (TypeScript fails the build when a line has no handler, or a file hands in one the table does not
//   list; features.ts joins them),
// - package.json's `contributes.commands` (an `internal` command is registered but not contributed),
//   `contributes.views` and `activationEvents` (`npm run build` writes them before it bundles, and
//   stops on a missing title: scripts/commandManifest.ts; `npm run manifest` is that step alone; a
//   unit test fails when they are stale, when a title key has no English or German string, or a menu,
//   keybinding or welcome names a command or view not here),
// - what dist/extension.js may hold: nothing of a room whose files are named in `by`
//   (scripts/activationBundle.ts, checked by the build).
// Types only from `vscode`, no other import, so activation (dist/extension.js) pays a few hundred
// bytes for it and the scripts read it without VS Code.
import type * as vscode from 'vscode';

/** One contributed command, in the Command Palette under the "Leadership Journal" category. */
export interface CommandLine {
  /** The file under src/extension whose handlers run the command, without `.ts`. */
  readonly by: string;
  /** A codicon, `$(name)`, shown where the command is a view's title-bar button. */
  readonly icon?: string;
  /**
   * Run only by the extension's own tree items and command links, never by the person: registered at
   * activation like any other, but not contributed (no title, not in the Command Palette).
   */
  readonly internal?: true;
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
  openEntryAt: { by: 'entries/openEntryAt', internal: true },
} as const satisfies Record<string, CommandLine>;

/** One contributed view, in the extension's side bar (package.json `contributes.views`). */
export interface ViewLine {
  /** `tree`: rows from a TreeDataProvider; `webview`: a page from a WebviewViewProvider. */
  readonly type: 'tree' | 'webview';
  /** The file under src/extension that hands in its provider, without `.ts`. */
  readonly by: string;
}

export const VIEW_TABLE = {
  trends: { type: 'webview', by: 'trends/trendsViewProvider' },
  commitments: { type: 'tree', by: 'reflect/commitmentsView' },
  onThisDay: { type: 'tree', by: 'reflect/onThisDayView' },
  dueToRevisit: { type: 'tree', by: 'reflect/dueToRevisitView' },
} as const satisfies Record<string, ViewLine>;

/**
 * One provider that VS Code calls, and that activates the extension (package.json
 * `activationEvents`, derived from these lines; VS Code activates on a contributed command or view
 * by itself). By `type`:
 * - `codeLens`, `hover`, `documentLink`, `willSave` (an `onWillSaveTextDocument` listener): of a journal entry —
 *   registered for Markdown (`onLanguage:markdown`) and handed journal entries only
 *   (shell/journalEntryGate.ts asks, once per call);
 * - `webviewPanel`: restores the line's panels left open at a reload (`onWebviewPanel:<its id>`, the
 *   panels' webview type);
 * - `fileSystem`: serves `scheme` (`onFileSystem:<scheme>`). Activation registers it when a restored
 *   editor shows the scheme or the journal is encrypted (shell/encryptedAtStart.ts), or when the
 *   features attach theirs; the handler is asked for the provider the first time VS Code calls.
 */
export type ProviderLine =
  | { readonly type: 'codeLens' | 'hover' | 'documentLink' | 'willSave' | 'webviewPanel'; readonly by: string }
  | { readonly type: 'fileSystem'; readonly scheme: string; readonly by: string };

export const PROVIDER_TABLE = {
  tagLens: { type: 'codeLens', by: 'tagging/tagLens' },
  tagHover: { type: 'hover', by: 'tagging/tagLens' },
  tagOnSave: { type: 'willSave', by: 'tagging/tagOnSave' },
  personLinks: { type: 'documentLink', by: 'people/personLinks' },
  explainTags: { type: 'webviewPanel', by: 'tagging/explainPanels' },
  encryptedJournal: { type: 'fileSystem', scheme: 'ljencrypted', by: 'encryption/encryptionGate' },
} as const satisfies Record<string, ProviderLine>;

/** A webview panel the features open and VS Code does not restore after a reload (no serializer, no activation event). */
export interface PanelLine {
  /** The file under src/extension that opens it, without `.ts`. */
  readonly by: string;
}

export const PANEL_TABLE = {
  trendsPanel: { by: 'trends/trendsViewProvider' },
  preview: { by: 'webviews/previewPanels' },
} as const satisfies Record<string, PanelLine>;

type Commands = typeof COMMAND_TABLE;
type Views = typeof VIEW_TABLE;
type Providers = typeof PROVIDER_TABLE;

/** A command line's name: `newEntry`, `openToday`… */
export type CommandName = keyof Commands;
/** A view line's name: `trends`, `commitments`… */
export type ViewName = keyof Views;
/** A provider line's name: `tagLens`, `encryptedJournal`… */
export type ProviderName = keyof Providers;
/** A panel line's name: `trendsPanel`, `preview`. */
export type PanelName = keyof typeof PANEL_TABLE;

/** A file that hands in a handler: `entries/navigate`, `reflect/commitmentsView`, `tagging/tagLens`… */
export type HandlerFile = Commands[CommandName]['by'] | Views[ViewName]['by'] | Providers[ProviderName]['by'];

/** The prefix of every id. */
export const COMMAND_PREFIX = 'leadershipJournal.';

/** A line's id: `leadershipJournal.<name>`. */
export type IdOf<N extends string> = `${typeof COMMAND_PREFIX}${N}`;

/** A command's id: `leadershipJournal.<name>`. */
export type CommandIdOf<N extends CommandName> = IdOf<N>;

/** Every command line's name, in table order (the order of the manifest and of the Command Palette's listing). */
export const COMMAND_NAMES = Object.keys(COMMAND_TABLE) as CommandName[];
/** Every view line's name, in table order (the side bar's order). */
export const VIEW_NAMES = Object.keys(VIEW_TABLE) as ViewName[];
/** Every provider line's name, in table order. */
export const PROVIDER_NAMES = Object.keys(PROVIDER_TABLE) as ProviderName[];
/** Every panel line's name, in table order. */
export const PANEL_NAMES = Object.keys(PANEL_TABLE) as PanelName[];

export function commandId<N extends CommandName>(name: N): CommandIdOf<N> {
  return `${COMMAND_PREFIX}${name}`;
}

/** A view's id, or a webview panel's (a `webviewPanel` provider line's or a panel line's) webview type: `leadershipJournal.<name>`. */
export function contributionId<N extends ViewName | ProviderName | PanelName>(name: N): IdOf<N> {
  return `${COMMAND_PREFIX}${name}`;
}

/** The names of the view lines of one type, typed so that their handlers are of that type. */
export type ViewNameOf<T extends ViewLine['type']> = { [N in ViewName]: Views[N]['type'] extends T ? N : never }[ViewName];
/** The names of the provider lines of one type. */
export type ProviderNameOf<T extends ProviderLine['type']> = { [N in ProviderName]: Providers[N]['type'] extends T ? N : never }[ProviderName];

export function viewsOfType<T extends ViewLine['type']>(type: T): ViewNameOf<T>[] {
  return VIEW_NAMES.filter((name): name is ViewNameOf<T> => VIEW_TABLE[name].type === type);
}

export function providersOfType<T extends ProviderLine['type']>(type: T): ProviderNameOf<T>[] {
  return PROVIDER_NAMES.filter((name): name is ProviderNameOf<T> => PROVIDER_TABLE[name].type === type);
}

/** A command handler: VS Code passes it whatever its caller passed (a keybinding's args, a test's, a view item's). */
// `never[]` so a handler may type its own parameters; shell/registerContributions.ts is the one place that calls it.
export type CommandHandler = (...args: never[]) => unknown;

/** What a view line's file hands in, by the line's type. */
export interface ViewHandlerOf {
  /** Given the tree view activation created, the provider of its rows: asked for the first time VS Code asks for rows. */
  readonly tree: (view: vscode.TreeView<unknown>) => vscode.TreeDataProvider<unknown>;
  readonly webview: vscode.WebviewViewProvider;
}

/** What a provider line's file hands in, by the line's type. */
export interface ProviderHandlerOf {
  /** Asked for a journal entry's lenses (`provideCodeLenses` only: activation's gate passes on nothing else). */
  readonly codeLens: Pick<vscode.CodeLensProvider, 'provideCodeLenses'>;
  readonly hover: vscode.HoverProvider;
  /** Asked for a journal entry's links (`provideDocumentLinks` only, as for `codeLens`). */
  readonly documentLink: Pick<vscode.DocumentLinkProvider, 'provideDocumentLinks'>;
  readonly willSave: (event: vscode.TextDocumentWillSaveEvent) => void;
  readonly webviewPanel: vscode.WebviewPanelSerializer;
  /** The file system's provider, asked for the first time VS Code calls it (it may load code). */
  readonly fileSystem: () => vscode.FileSystemProvider;
}

/**
 * The handlers the files `F` hand in: exactly the command lines whose `by` is one of them. A file's
 * commands function returns `CommandHandlers<'entries/navigate'>`; features.ts joins them into the
 * whole `CommandHandlers`, which has a handler for every line.
 */
export type CommandHandlers<F extends string = HandlerFile> = {
  readonly [N in CommandName as Commands[N]['by'] extends F ? N : never]: CommandHandler;
};

/** The providers of the view lines whose `by` is one of `F`, each of its line's type: `ViewHandlers<'reflect/commitmentsView'>`. */
export type ViewHandlers<F extends string = HandlerFile> = {
  readonly [N in ViewName as Views[N]['by'] extends F ? N : never]: ViewHandlerOf[Views[N]['type']];
};

/** The handlers of the provider lines whose `by` is one of `F`, each of its line's type: `ProviderHandlers<'tagging/tagLens'>`. */
export type ProviderHandlers<F extends string = HandlerFile> = {
  readonly [N in ProviderName as Providers[N]['by'] extends F ? N : never]: ProviderHandlerOf[Providers[N]['type']];
};

/**
 * What a room's registration hands back to the composition root (features.ts): the handlers of the
 * lines its files `F` run, by section. A room returns the sections it has lines in:
 * `Pick<RoomHandlers<ReflectFile>, 'commands' | 'views'>`.
 */
export interface RoomHandlers<F extends string> {
  readonly commands: CommandHandlers<F>;
  readonly views: ViewHandlers<F>;
  readonly providers: ProviderHandlers<F>;
}
