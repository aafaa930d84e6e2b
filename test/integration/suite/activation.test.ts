// Runs first (files run in name order): nothing may have activated the extension before this.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../../src/extension/commandIds';
import { readText, reset } from './helpers';

const EXTENSION_ID = 'leadership-journal.leadership-journal';

describe('Activation (extension host)', () => {
  after(reset);

  it('is installed and activates on its first command, not at startup, and runs that command', async function () {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    assert.equal(extension.isActive, false, 'nothing activated it before a command ran');
    // Activation time as the extension host sees it (loading the bundle and running activate);
    // printed for the README's figures, not asserted: a timing is a measurement, not a test.
    const started = performance.now();
    await extension.activate();
    const ms = (performance.now() - started).toFixed(1);
    if (this.test) {
      this.test.title += ` (activation took ${ms} ms)`; // Reported by the launcher with the title.
    }
    // The first command runs through activation's registration (src/extension/shell/registerContributions.ts),
    // which starts the features and hands the line's handler the same arguments and its result back.
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.newEntry, { kind: 'daily' });
    assert.equal(extension.isActive, true);
    assert.ok(uri, 'New Entry returned the entry it opened');
    assert.match(uri.path, /\/journal\/\d{4}\/\d{2}\/\d{4}-\d{2}-\d{2}\.md$/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    assert.match(await readText(uri), /^---\ndate: \d{4}-\d{2}-\d{2}\nkind: daily\n/);
  });
});
