import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Commands, EXPLAIN_VIEW_TYPE, PanelTypes, ViewIds } from '../../../src/extension/commandIds';
import {
  COMMAND_NAMES, COMMAND_PREFIX, COMMAND_TABLE, commandId, contributionId, PANEL_NAMES, PANEL_TABLE, PROVIDER_NAMES, PROVIDER_TABLE, providersOfType, VIEW_NAMES, VIEW_TABLE, viewsOfType,
} from '../../../src/extension/activationTable';

const extensionRoot = join(__dirname, '..', '..', '..', 'src', 'extension');

describe('the activation table (activationTable.ts)', () => {
  it('gives every line its id under the prefix, and the code the same ids', () => {
    assert.deepEqual(Object.keys(Commands), COMMAND_NAMES);
    for (const name of COMMAND_NAMES) {
      assert.equal(commandId(name), `${COMMAND_PREFIX}${name}`);
      assert.equal(Commands[name], commandId(name));
    }
    assert.equal(new Set(COMMAND_NAMES.map(commandId)).size, COMMAND_NAMES.length);
    assert.deepEqual(Object.keys(ViewIds), VIEW_NAMES);
    for (const name of VIEW_NAMES) {
      assert.equal(ViewIds[name], `${COMMAND_PREFIX}${name}`);
    }
    assert.equal(EXPLAIN_VIEW_TYPE, contributionId('explainTags'));
    assert.equal(PROVIDER_TABLE.explainTags.type, 'webviewPanel');
    assert.deepEqual(Object.keys(PanelTypes), PANEL_NAMES);
    assert.deepEqual(Object.values(PanelTypes), ['leadershipJournal.trendsPanel', 'leadershipJournal.preview']);
    assert.equal(Commands.openEntryAt, 'leadershipJournal.openEntryAt');
  });

  it('leaves no id of a command, view or panel written by hand in the code of src/extension: each is read from the table', () => {
    const ids = new Set<string>([
      ...COMMAND_NAMES.map(commandId), ...VIEW_NAMES.map(contributionId), ...PROVIDER_NAMES.map(contributionId), ...PANEL_NAMES.map(contributionId),
    ]);
    const written: string[] = [];
    for (const file of readdirSync(extensionRoot, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.ts'))) {
      // Code only: comments may name an id to say what it is.
      const text = readFileSync(join(extensionRoot, file), 'utf8').split('\n').filter((line) => !/^\s*(\/\/|\/?\*)/.test(line)).join('\n');
      for (const match of text.matchAll(/['"`](leadershipJournal\.\w+)['"`]/g)) {
        if (ids.has(match[1] ?? '')) {
          written.push(`${file}: ${match[1]}`);
        }
      }
    }
    assert.deepEqual(written, []);
  });

  it("names for each panel line a file that opens a panel of the line's type", () => {
    for (const name of PANEL_NAMES) {
      const text = readFileSync(join(extensionRoot, `${PANEL_TABLE[name].by}.ts`), 'utf8');
      assert.match(text, new RegExp(`PanelTypes\\.${name}\\b`), `${PANEL_TABLE[name].by}.ts`);
    }
  });

  it('sorts the views and providers by type, each line under exactly one', () => {
    const views = [...viewsOfType('tree'), ...viewsOfType('webview')];
    assert.deepEqual([...views].sort(), [...VIEW_NAMES].sort());
    assert.deepEqual(viewsOfType('webview'), ['trends']);
    const providers = (['codeLens', 'hover', 'documentLink', 'willSave', 'webviewPanel', 'fileSystem'] as const).flatMap((type) => providersOfType(type));
    assert.deepEqual([...providers].sort(), [...PROVIDER_NAMES].sort());
    assert.deepEqual(providersOfType('fileSystem'), ['encryptedJournal']);
  });

  it("names for each line the file that hands in its handler, typed as that file's (so a newcomer finds it there)", () => {
    const files = new Set([
      ...COMMAND_NAMES.map((name) => COMMAND_TABLE[name].by),
      ...VIEW_NAMES.map((name) => VIEW_TABLE[name].by),
      ...PROVIDER_NAMES.map((name) => PROVIDER_TABLE[name].by),
    ]);
    for (const file of files) {
      const text = readFileSync(join(extensionRoot, `${file}.ts`), 'utf8');
      assert.match(text, new RegExp(`(Command|View|Provider|Room)Handlers<'${file}'>`), `${file}.ts returns its handlers typed as CommandHandlers<'${file}'> (or View…, Provider…, Room…)`);
    }
  });
});
