// package.json's `contributes.commands` and `activationEvents` as the activation table
// (src/extension/activationTable.ts) makes them: one command per line, in table order, with the line's
// id, title key, the shared category and its icon; the table's ACTIVATION_EVENTS. `npm run manifest`
// writes them (scripts/manifest.ts); test/unit/manifest.test.ts fails when the file differs, so a
// command added to the table reaches the Command Palette in the same change.
import { readFileSync, writeFileSync } from 'node:fs';
import { ACTIVATION_EVENTS, COMMAND_NAMES, COMMAND_TABLE, commandId, type CommandLine } from '../src/extension/activationTable';

/** One `contributes.commands` entry, its `%key%` placeholders resolved by VS Code from package.nls*.json. */
export interface ManifestCommand {
  readonly command: string;
  readonly title: string;
  readonly category: string;
  readonly icon?: string;
}

/** The nls key of a command's title. */
export function titleKey(name: string): string {
  return `command.${name}.title`;
}

export const CATEGORY_KEY = 'command.category';

export function manifestCommands(): ManifestCommand[] {
  return COMMAND_NAMES.map((name) => {
    const line: CommandLine = COMMAND_TABLE[name];
    return {
      command: commandId(name),
      title: `%${titleKey(name)}%`,
      category: `%${CATEGORY_KEY}%`,
      ...(line.icon === undefined ? {} : { icon: line.icon }),
    };
  });
}

/** Writes the table's commands and activation events into the manifest at `path`, the rest as it was; true when it changed. */
export function writeManifestCommands(path: string): boolean {
  const text = readFileSync(path, 'utf8');
  const manifest = JSON.parse(text) as { activationEvents: unknown; contributes: { commands: unknown } };
  manifest.activationEvents = [...ACTIVATION_EVENTS];
  manifest.contributes.commands = manifestCommands();
  const written = `${JSON.stringify(manifest, null, 2)}\n`;
  if (written === text) {
    return false;
  }
  writeFileSync(path, written);
  return true;
}
