import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Commands } from '../../../src/extension/commandIds';
import { COMMAND_NAMES, COMMAND_PREFIX, COMMAND_TABLE, commandId } from '../../../src/extension/activationTable';

const extensionRoot = join(__dirname, '..', '..', '..', 'src', 'extension');

describe('the activation table (activationTable.ts)', () => {
  it('gives every line its id under the prefix, and the code the same ids', () => {
    assert.deepEqual(Object.keys(Commands), COMMAND_NAMES);
    for (const name of COMMAND_NAMES) {
      assert.equal(commandId(name), `${COMMAND_PREFIX}${name}`);
      assert.equal(Commands[name], commandId(name));
    }
    assert.equal(new Set(COMMAND_NAMES.map(commandId)).size, COMMAND_NAMES.length);
  });

  it("names for each line the file that hands in its handler, typed as that file's (so a newcomer finds it there)", () => {
    for (const file of new Set(COMMAND_NAMES.map((name) => COMMAND_TABLE[name].by))) {
      const text = readFileSync(join(extensionRoot, `${file}.ts`), 'utf8');
      assert.ok(text.includes(`CommandHandlers<'${file}'>`), `${file}.ts returns CommandHandlers<'${file}'>`);
    }
  });
});
