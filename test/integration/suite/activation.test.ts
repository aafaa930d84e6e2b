// Runs first (files run in name order): nothing may have activated the extension before this.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../../src/extension/commands/commandIds';
import { reset } from './helpers';

const EXTENSION_ID = 'leadership-journal.leadership-journal';

describe('Activation (extension host)', () => {
  after(reset);

  it('is installed and activates on its first command, not at startup', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    assert.equal(extension.isActive, false, 'nothing activated it before a command ran');
    await vscode.commands.executeCommand(Commands.newEntry, { kind: 'daily' });
    assert.equal(extension.isActive, true);
  });
});
