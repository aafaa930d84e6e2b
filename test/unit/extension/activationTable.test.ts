import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Commands, EXPLAIN_VIEW_TYPE, ViewIds } from '../../../src/extension/commandIds';
import {
  COMMAND_NAMES, COMMAND_PREFIX, COMMAND_TABLE, commandId, contributionId, PROVIDER_NAMES, PROVIDER_TABLE, providersOfType, VIEW_NAMES, VIEW_TABLE, viewsOfType,
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
  });

  it('sorts the views and providers by type, each line under exactly one', () => {
    const views = [...viewsOfType('tree'), ...viewsOfType('webview')];
    assert.deepEqual([...views].sort(), [...VIEW_NAMES].sort());
    assert.deepEqual(viewsOfType('webview'), ['trends']);
    const providers = (['codeLens', 'hover', 'willSave', 'webviewPanel', 'fileSystem'] as const).flatMap((type) => providersOfType(type));
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
