import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_KINDS } from '../../src/core/entries/kinds';
import { EXPLAIN_VIEW_TYPE } from '../../src/extension/commandIds';
import {
  COMMAND_NAMES, COMMAND_TABLE, commandId, contributionId, PROVIDER_NAMES, PROVIDER_TABLE, VIEW_NAMES, VIEW_TABLE,
} from '../../src/extension/activationTable';
import {
  activationEvents, contributedCommandNames, manifestCommands, manifestViews, missingStrings, titleKey, VIEW_CONTAINER, viewNameKey, type ManifestView,
} from '../../scripts/commandManifest';
import { WALKTHROUGH_KEYS } from '../../src/extension/walkthroughKeys';

interface Manifest {
  name: string;
  displayName: string;
  activationEvents?: string[];
  contributes: {
    commands: { command: string; category?: string }[];
    views: Record<string, ManifestView[]>;
    viewsWelcome: { view: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    keybindings: { command: string }[];
    configuration: { properties: Record<string, { enum?: string[]; enumDescriptions?: string[]; propertyNames?: { enum?: string[] } }> };
    walkthroughs: { steps: { id: string; description: string; completionEvents: string[] }[] }[];
  };
}

const root = join(__dirname, '..', '..');
const rawManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
/** The manifest with its `%key%` placeholders replaced by the English strings, as VS Code shows them. */
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'), (_key, value: unknown) =>
  typeof value === 'string' ? value.replace(/^%([^%]+)%$/, (whole, key: string) => nls[key] ?? whole) : value) as Manifest;

describe('package.json manifest', () => {
  it('contributes exactly the commands of the activation table, as npm run build writes them', () => {
    assert.deepEqual(rawManifest.contributes.commands, manifestCommands(), 'package.json is stale: run npm run build (or npm run manifest), which writes it');
  });

  it('has an English and a German title for every command of the activation table but the internal ones, which it does not contribute', () => {
    assert.deepEqual(COMMAND_NAMES.filter((name) => !contributedCommandNames().includes(name)), ['openEntryAt']);
    assert.deepEqual(missingStrings(root, contributedCommandNames(), titleKey, 'the title of the command'), [], 'a command line has no title: add each key named (npm run build stops on it too)');
  });

  it('names in its menus and keybindings only commands of the activation table', () => {
    const ids = new Set<string>(COMMAND_NAMES.map(commandId));
    const named = [...Object.values(manifest.contributes.menus).flat(), ...manifest.contributes.keybindings].map((item) => item.command);
    assert.ok(named.length > 0);
    for (const command of named) {
      assert.ok(ids.has(command), command);
    }
  });

  it('runs each line of the activation table by a file that exists', () => {
    const files = [
      ...COMMAND_NAMES.map((name) => [name, COMMAND_TABLE[name].by]),
      ...VIEW_NAMES.map((name) => [name, VIEW_TABLE[name].by]),
      ...PROVIDER_NAMES.map((name) => [name, PROVIDER_TABLE[name].by]),
    ];
    for (const [name, by] of files) {
      const file = join(root, 'src', 'extension', `${by}.ts`);
      assert.ok(existsSync(file), `${name}: ${file}`);
    }
  });

  it('contributes exactly the views of the activation table, in its order and of its types, as npm run build writes them', () => {
    assert.deepEqual(Object.keys(rawManifest.contributes.views), [VIEW_CONTAINER], 'every view is in the one side-bar container');
    const views = rawManifest.contributes.views[VIEW_CONTAINER] ?? [];
    assert.deepEqual(views, manifestViews(views), 'package.json is stale: run npm run build (or npm run manifest), which writes it');
    assert.deepEqual(views.map((view) => view.id), VIEW_NAMES.map(contributionId));
    assert.deepEqual(views.map((view) => view.type ?? 'tree'), VIEW_NAMES.map((name) => VIEW_TABLE[name].type));
  });

  it('has an English and a German name for every view of the activation table', () => {
    assert.deepEqual(missingStrings(root, VIEW_NAMES, viewNameKey, 'the name of the view'), [], 'a view line has no name: add each key named (npm run build stops on it too)');
  });

  it('names in its welcome texts and menus only views of the activation table', () => {
    const ids = new Set<string>(VIEW_NAMES.map(contributionId));
    const welcomed = manifest.contributes.viewsWelcome.map((welcome) => welcome.view);
    const inMenus = Object.values(manifest.contributes.menus).flat().flatMap((item) => [...(item.when ?? '').matchAll(/\bview == ([\w.]+)/g)].map((match) => match[1] ?? ''));
    assert.ok(welcomed.length > 0 && inMenus.length > 0);
    for (const view of [...welcomed, ...inMenus]) {
      assert.ok(ids.has(view), view);
    }
  });

  it("activates on the provider lines' events and nothing else, by the names the code uses", () => {
    assert.deepEqual(rawManifest.activationEvents, activationEvents(), 'package.json is stale: run npm run build (or npm run manifest), which writes it');
    assert.deepEqual(activationEvents(), ['onLanguage:markdown', `onWebviewPanel:${EXPLAIN_VIEW_TYPE}`, 'onFileSystem:ljencrypted']);
    // journalMounts.ts imports vscode, so it is read from the source: its scheme is the table line's.
    const mounts = readFileSync(join(root, 'src', 'extension', 'journal', 'journalMounts.ts'), 'utf8');
    assert.match(mounts, /export const ENCRYPTED_SCHEME = PROVIDER_TABLE\.encryptedJournal\.scheme;/);
  });

  it('puts every command in the "Leadership Journal" category under the leadershipJournal. prefix', () => {
    for (const command of manifest.contributes.commands) {
      assert.equal(command.category, 'Leadership Journal', command.command);
      assert.match(command.command, /^leadershipJournal\./);
    }
  });

  it('offers every kind New Entry offers in the default kind and file pattern settings, each described', () => {
    const kinds = ENTRY_KINDS.map((kind) => kind.id);
    const properties = manifest.contributes.configuration.properties;
    assert.deepEqual(properties['leadershipJournal.defaultKind']?.enum, kinds);
    assert.equal(properties['leadershipJournal.defaultKind']?.enumDescriptions?.filter((text) => text.trim() !== '' && !text.startsWith('%')).length, kinds.length);
    assert.deepEqual(properties['leadershipJournal.filePatterns']?.propertyNames?.enum, kinds);
  });

  it('never activates on "*" or at startup', () => {
    for (const event of manifest.activationEvents ?? []) {
      assert.notEqual(event, '*');
      assert.notEqual(event, 'onStartupFinished');
    }
  });

  it('is named as the product', () => {
    assert.equal(manifest.name, 'leadership-journal');
    assert.equal(manifest.displayName, 'Leadership Journal');
  });

  it('ticks off each walkthrough step when what it asks for is done, on a context key the extension sets', () => {
    const steps = manifest.contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps);
    assert.deepEqual(steps.map((step) => step.id).sort(), Object.keys(WALKTHROUGH_KEYS).sort());
    for (const step of steps) {
      assert.ok(step.completionEvents.includes(`onContext:${WALKTHROUGH_KEYS[step.id as keyof typeof WALKTHROUGH_KEYS]}`), step.id);
    }
  });

  it('shows no literal backticks in the walkthrough (its descriptions render links, not code), in either language', () => {
    const german = JSON.parse(readFileSync(join(root, 'package.nls.de.json'), 'utf8')) as Record<string, string>;
    for (const [key, text] of [...Object.entries(nls), ...Object.entries(german)]) {
      if (key.startsWith('walkthrough.')) {
        assert.doesNotMatch(text, /`/, key);
      }
    }
  });
});
