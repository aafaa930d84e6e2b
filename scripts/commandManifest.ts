// package.json's `contributes.commands`, `contributes.views` and `activationEvents` as the activation
// table (src/extension/activationTable.ts) makes them: one command per command line but the internal
// ones (registered, never contributed), in table order,
// with the line's id, title key, the shared category and its icon; one view per view line, in the
// extension's side-bar container, with its id, type and name key (each view's layout — its initial
// size, whether it starts collapsed — is kept as the manifest has it); and the events the provider
// lines activate on. `npm run build` writes them before it bundles (scripts/build.ts), and so does
// `npm run manifest` alone (scripts/manifest.ts); test/unit/manifest.test.ts fails when the file
// differs, so a line added to the table reaches the Command Palette or the side bar in the same
// change. Titles and view names are words written by hand in package.nls.json and package.nls.de.json:
// `missingTitles` names each one a line still lacks, and the build stops on it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  COMMAND_NAMES, COMMAND_TABLE, PROVIDER_NAMES, PROVIDER_TABLE, VIEW_NAMES, VIEW_TABLE, commandId, contributionId, type CommandLine, type CommandName,
} from '../src/extension/activationTable';

/** One `contributes.commands` entry, its `%key%` placeholders resolved by VS Code from package.nls*.json. */
export interface ManifestCommand {
  readonly command: string;
  readonly title: string;
  readonly category: string;
  readonly icon?: string;
}

/** One `contributes.views` entry: the table's part, then the layout the manifest keeps. */
export interface ManifestView {
  readonly type?: 'webview';
  readonly id: string;
  readonly name: string;
  readonly [layout: string]: unknown;
}

/** The nls key of a command's title. */
export function titleKey(name: string): string {
  return `command.${name}.title`;
}

/** The nls key of a view's name. */
export function viewNameKey(name: string): string {
  return `view.${name}.name`;
}

export const CATEGORY_KEY = 'command.category';

/** The side-bar container every view of the table is in (`contributes.viewsContainers.activitybar`). */
export const VIEW_CONTAINER = 'leadershipJournal';

/** The command lines package.json contributes: all but the `internal` ones, in table order. */
export function contributedCommandNames(): CommandName[] {
  return COMMAND_NAMES.filter((name) => (COMMAND_TABLE[name] as CommandLine).internal !== true);
}

export function manifestCommands(): ManifestCommand[] {
  return contributedCommandNames().map((name) => {
    const line: CommandLine = COMMAND_TABLE[name];
    return {
      command: commandId(name),
      title: `%${titleKey(name)}%`,
      category: `%${CATEGORY_KEY}%`,
      ...(line.icon === undefined ? {} : { icon: line.icon }),
    };
  });
}

/** What a view entry takes from the table; the rest of it is its layout. */
const TABLE_KEYS = new Set(['type', 'id', 'name']);

/** The table's views, each with the layout `current` (the manifest's views now) gives it. */
export function manifestViews(current: readonly ManifestView[] = []): ManifestView[] {
  return VIEW_NAMES.map((name) => {
    const id = contributionId(name);
    const layout = Object.fromEntries(Object.entries(current.find((view) => view.id === id) ?? {}).filter(([key]) => !TABLE_KEYS.has(key)));
    return {
      ...(VIEW_TABLE[name].type === 'webview' ? { type: 'webview' as const } : {}),
      id,
      name: `%${viewNameKey(name)}%`,
      ...layout,
    };
  });
}

/**
 * The events the provider lines activate on, in table order without repeats: Markdown for a
 * journal entry's CodeLens, hover, links and tag-on-save, a webview panel's type, a file system's scheme.
 * Commands and views need none: VS Code activates on a contributed one by itself.
 */
export function activationEvents(): string[] {
  const events = PROVIDER_NAMES.map((name): string => {
    const line = PROVIDER_TABLE[name];
    switch (line.type) {
      case 'codeLens':
      case 'hover':
      case 'documentLink':
      case 'willSave':
        return 'onLanguage:markdown';
      case 'webviewPanel':
        return `onWebviewPanel:${contributionId(name)}`;
      case 'fileSystem':
        return `onFileSystem:${line.scheme}`;
    }
  });
  return [...new Set(events)];
}

/** Writes the table's commands, views and activation events into the manifest at `path`, the rest as it was; true when it changed. */
export function writeManifestCommands(path: string): boolean {
  const text = readFileSync(path, 'utf8');
  const manifest = JSON.parse(text) as { activationEvents: unknown; contributes: { commands: unknown; views: Record<string, ManifestView[]> } };
  manifest.activationEvents = activationEvents();
  manifest.contributes.commands = manifestCommands();
  manifest.contributes.views = { ...manifest.contributes.views, [VIEW_CONTAINER]: manifestViews(manifest.contributes.views[VIEW_CONTAINER]) };
  const written = `${JSON.stringify(manifest, null, 2)}\n`;
  if (written === text) {
    return false;
  }
  writeFileSync(path, written);
  return true;
}

/** The files a contributed command's title and a view's name are written in: English, then German. */
export const NLS_FILES = ['package.nls.json', 'package.nls.de.json'] as const;

/**
 * `package.nls.de.json lacks "command.x.title" (the title of the command x)` for each of `names` whose
 * key (`keyOf`) has no string, or an empty one, in either of `root`'s package.nls files: the titles
 * are written by hand in both (a title is words, not data the table could hold), and this names the
 * one to write.
 */
export function missingStrings(root: string, names: readonly string[], keyOf: (name: string) => string, what: string): string[] {
  return NLS_FILES.flatMap((file) => {
    const strings = JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>;
    return names.filter((name) => !strings[keyOf(name)]?.trim()).map((name) => `${file} lacks "${keyOf(name)}" (${what} ${name})`);
  });
}

/** Every title of a contributed command and every view's name missing in `root`'s package.nls files. */
export function missingTitles(root: string): string[] {
  return [
    ...missingStrings(root, contributedCommandNames(), titleKey, 'the title of the command'),
    ...missingStrings(root, VIEW_NAMES, viewNameKey, 'the name of the view'),
  ];
}
